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
        var items = SpecItems()
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
            contents.append(reader.specFile(root, items: &items))
            diagnostics.append(contentsOf: reader.diagnostics.diagnostics)
        }
        var spec = merge(contents, items: &items, files: files, diagnostics: &diagnostics)
        spec?.unreadable = contents.reduce(into: unreadableFiles ? ["files"] : []) { $0.formUnion($1.unreadable) }
        return (spec, diagnostics.sorted)
    }

    /// Merges the files' contents and their models and endpoints, which are moved out of `items`.
    private static func merge(
        _ contents: [SpecFileContents], items: inout SpecItems, files: [SpecFile],
        diagnostics: inout DiagnosticCollector
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

        dropLaterDuplicates(&items.models) { model, first in
            diagnostics.error("model '\(model.name)' is defined twice (first at \(first))", at: model.source)
        }
        dropLaterDuplicates(&items.endpoints) { endpoint, first in
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
        swap(&spec.models, &items.models)
        swap(&spec.endpoints, &items.endpoints)
        return spec
    }

    /// Drops every item whose name an earlier item has, reporting it with where that name was
    /// first used. Items are read in place: only a list that has duplicates is rebuilt.
    private static func dropLaterDuplicates<Item: NamedOnce>(
        _ items: inout [Item], duplicate: (Item, SourceRef) -> Void
    ) {
        var firstSources: [String: SourceRef] = [:]
        firstSources.reserveCapacity(items.count)
        var dropped: [Bool] = []
        for index in items.indices {
            let name = items[index].uniqueName
            // One hash for the common case, a name not seen before.
            guard let first = firstSources.updateValue(items[index].source, forKey: name) else { continue }
            firstSources[name] = first
            duplicate(items[index], first)
            if dropped.isEmpty { dropped = Array(repeating: false, count: items.count) }
            dropped[index] = true
        }
        guard !dropped.isEmpty else { return }
        items = items.indices.filter { !dropped[$0] }.map { items[$0] }
    }
}

/// What must be unique across all spec files, and where it is defined.
protocol NamedOnce {
    var uniqueName: String { get }
    var source: SourceRef { get }
}

extension ModelSpec: NamedOnce {
    var uniqueName: String { name }
}

extension EndpointSpec: NamedOnce {
    var uniqueName: String { operationId }
}
