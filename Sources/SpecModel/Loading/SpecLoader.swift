import YAMLLite

/// One spec file's path (as diagnostics should name it) and text.
public struct SpecFile: Sendable, Hashable {
    /// The path diagnostics name the file by.
    public var path: String
    /// The file's text.
    public var text: String

    /// Creates a spec file from its path and text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Parses spec files and merges them into one `APISpec`: stage 1 of the pipeline.
///
/// Files are read in the order given (callers pass them sorted by name). One file says what the
/// API is (`api`, `servers`, `security`, `groups`); any file may add `models` and `endpoints`.
/// A name defined twice is an error that cites both places.
public enum SpecLoader {
    /// Loads the files into one spec, or fails with every error found (warnings alone do not fail).
    public static func load(_ files: [SpecFile]) -> Result<APISpec, DiagnosticsError> {
        let (spec, diagnostics) = loadPartially(files)
        if let spec, !diagnostics.contains(where: { $0.severity == .error }) { return .success(spec) }
        return .failure(DiagnosticsError(diagnostics))
    }

    /// Loads as much as can be read, with every problem found on the way, so that validation can
    /// still run on the rest and one run reports every error. `nil` when no `api` section was read.
    public static func loadPartially(_ files: [SpecFile]) -> (APISpec?, [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        var contents: [SpecFileContents] = []
        var unreadableFiles = false
        // Name order, whatever order the caller lists them in: merging must not depend on it.
        for file in files.sorted(by: { $0.path < $1.path }) {
            let document = YAMLLite.parse(file.text)
            for error in document.errors {
                diagnostics.error(error.message, at: SourceRef(file: file.path, location: error.location))
            }
            guard document.errors.isEmpty else {
                unreadableFiles = true
                continue
            }
            guard let root = document.root else { continue }  // an empty file adds nothing
            var reader = NodeReader(file: file.path, text: file.text)
            contents.append(reader.specFile(root))
            diagnostics.append(contentsOf: reader.diagnostics.diagnostics)
        }
        var spec = merge(&contents, files: files, diagnostics: &diagnostics)
        spec?.unreadable = contents.reduce(into: unreadableFiles ? ["files"] : []) { $0.formUnion($1.unreadable) }
        return (spec, diagnostics.sorted)
    }

    /// Merges the files' contents, moving their models and endpoints out of `contents`.
    private static func merge(
        _ contents: inout [SpecFileContents], files: [SpecFile], diagnostics: inout DiagnosticCollector
    ) -> APISpec? {
        // Sections that only one file may hold.
        func single<T>(_ section: String, _ pick: (SpecFileContents) -> (T, SourceRef)?) -> T? {
            var first: (T, SourceRef)?
            for content in contents {
                guard let (value, source) = pick(content) else { continue }
                if let (_, firstSource) = first {
                    diagnostics.error("'\(section)' is defined twice (first at \(firstSource))", at: source)
                } else {
                    first = (value, source)
                }
            }
            return first?.0
        }
        let info = single("api") { content in content.info.flatMap { info in content.infoSource.map { (info, $0) } } }
        let servers = single("servers") { $0.servers.map { ($0.value, $0.source) } }
        let security = single("security") { $0.security.map { ($0.value, $0.source) } }
        let tokenFlow = contents.compactMap(\.tokenFlow).first
        let groups = single("groups") { $0.groups.map { ($0.value, $0.source) } }

        var fileModels = [[ModelSpec]](repeating: [], count: contents.count)
        var fileEndpoints = [[EndpointSpec]](repeating: [], count: contents.count)
        for index in contents.indices {
            swap(&fileModels[index], &contents[index].models)
            swap(&fileEndpoints[index], &contents[index].endpoints)
        }
        let models = firstOfEachName(&fileModels, name: \.name, source: \.source) { model, first in
            diagnostics.error("model '\(model.name)' is defined twice (first at \(first))", at: model.source)
        }
        let endpoints = firstOfEachName(&fileEndpoints, name: \.operationId, source: \.source) { endpoint, first in
            diagnostics.error(
                "endpoint '\(endpoint.operationId)' is defined twice (first at \(first))", at: endpoint.source)
        }

        guard let info else {
            if !diagnostics.hasErrors {
                let source = SourceRef(file: files.first?.path ?? "Specs", location: SourceLocation(line: 1, column: 1))
                diagnostics.error("no spec file has an 'api' section naming the API", at: source)
            }
            return nil
        }
        var spec = APISpec(info: info)
        spec.servers = servers ?? []
        spec.security = security ?? .none
        spec.tokenFlow = tokenFlow
        spec.groups = groups ?? []
        spec.models = models
        spec.endpoints = endpoints
        return spec
    }

    /// The items of all lists in order, less each whose name an earlier item has, which is
    /// reported with where that name was first used.
    ///
    /// Models and endpoints are large structs of strings: they are moved from list to list
    /// (emptied lists, reversed in place, popped from the end), never copied.
    private static func firstOfEachName<Item>(
        _ lists: inout [[Item]], name: (Item) -> String, source: (Item) -> SourceRef,
        duplicate: (Item, SourceRef) -> Void
    ) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var firstSources: [String: SourceRef] = [:]
        firstSources.reserveCapacity(items.capacity)
        for index in lists.indices {
            var list: [Item] = []
            swap(&list, &lists[index])
            list.reverse()
            while let item = list.popLast() {
                let itemName = name(item)
                // One hash for the common case, a name not seen before.
                if let first = firstSources.updateValue(source(item), forKey: itemName) {
                    firstSources[itemName] = first
                    duplicate(item, first)
                    continue
                }
                items.append(item)
            }
        }
        return items
    }
}
