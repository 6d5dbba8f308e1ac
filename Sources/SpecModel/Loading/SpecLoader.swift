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
/// API is (`api`, `servers`, `securitySchemes`, `security`, `groups`); any file may add `models`
/// and `endpoints`.
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
        merge(files.map(read))
    }

    /// Reads one file on its own: its syntax, its sections, its models and endpoints. Files do
    /// not depend on each other until they are merged, so a caller may read them all at once,
    /// on several threads, and merge the readings after.
    public static func read(_ file: SpecFile) -> FileReading {
        var reading = FileReading(path: file.path)
        let document = YAMLLite.parse(file.text)
        guard document.errors.isEmpty else {
            reading.diagnostics = document.errors.map {
                Diagnostic(.error, at: SourceRef(file: file.path, location: $0.location), $0.message)
            }
            reading.isUnreadable = true
            return reading
        }
        guard let root = document.root else { return reading }  // an empty file adds nothing
        var reader = NodeReader(file: file.path, text: file.text)
        reading.contents = reader.specFile(root, items: &reading.items)
        reading.diagnostics = reader.diagnostics.diagnostics
        return reading
    }

    /// Merges readings of files into one spec, with every problem found in them or in merging.
    public static func merge(_ readings: [FileReading]) -> (APISpec?, [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        var contents: [SpecFileContents] = []
        var items = SpecItems()
        var unreadable: Set<String> = []
        // Name order, whatever order the caller lists them in: merging must not depend on it.
        // The readings are read in place, in that order, rather than sorted into copies.
        let order = readings.indices.sorted { readings[$0].path < readings[$1].path }
        items.models.reserveCapacity(readings.reduce(0) { $0 + $1.items.models.count })
        items.endpoints.reserveCapacity(readings.reduce(0) { $0 + $1.items.endpoints.count })
        for index in order {
            diagnostics.append(contentsOf: readings[index].diagnostics)
            if readings[index].isUnreadable { unreadable.insert("files") }
            guard let content = readings[index].contents else { continue }
            contents.append(content)
            unreadable.formUnion(content.unreadable)
            items.models += readings[index].items.models
            items.endpoints += readings[index].items.endpoints
        }
        let spec = merge(
            contents, items: items, unreadable: unreadable, firstFile: readings.first?.path, diagnostics: &diagnostics)
        return (spec, diagnostics.sorted)
    }

    /// Merges the files' contents and their models and endpoints into one spec; nil when no
    /// file names the API.
    private static func merge(
        _ contents: [SpecFileContents], items: SpecItems, unreadable: Set<String>, firstFile: String?,
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
        let securitySchemes = single("securitySchemes") { $0.securitySchemes.map { ($0.value, $0.source) } }
        let security = single("security") { $0.security.map { ($0.value, $0.source) } }
        let tokenFlow = contents.compactMap(\.tokenFlow).first
        let groups = single("groups") { $0.groups.map { ($0.value, $0.source) } }

        let models = withoutLaterDuplicates(items.models, kind: "model", diagnostics: &diagnostics)
        let endpoints = withoutLaterDuplicates(items.endpoints, kind: "endpoint", diagnostics: &diagnostics)

        guard let info else {
            if !diagnostics.hasErrors {
                let source = SourceRef(file: firstFile ?? "Specs", location: SourceLocation(line: 1, column: 1))
                diagnostics.error("no spec file has an 'api' section naming the API", at: source)
            }
            return nil
        }
        return APISpec(
            info: info, servers: servers ?? [], securitySchemes: securitySchemes ?? [], security: security ?? .none,
            tokenFlow: tokenFlow,
            groups: groups ?? [], models: models, endpoints: endpoints, unreadable: unreadable)
    }

    /// The items without those whose name an earlier item has, with an error for each one
    /// dropped (`kind` names what they are) citing where that name was first used.
    private static func withoutLaterDuplicates<Item: NamedOnce>(
        _ items: [Item], kind: String, diagnostics: inout DiagnosticCollector
    ) -> [Item] {
        // Each name's first index; items are read in place, and only a list with a repeated
        // name is copied without them.
        var firstIndexes: [String: Int] = [:]
        firstIndexes.reserveCapacity(items.count)
        var repeated: Set<Int> = []
        for index in items.indices {
            let name = items[index].uniqueName
            // One lookup for a name not seen before, nearly every one; a repeat puts the first back.
            guard let first = firstIndexes.updateValue(index, forKey: name) else { continue }
            firstIndexes[name] = first
            diagnostics.error(
                "\(kind) '\(name)' is defined twice (first at \(items[first].source))", at: items[index].source)
            repeated.insert(index)
        }
        guard !repeated.isEmpty else { return items }
        return items.indices.filter { !repeated.contains($0) }.map { items[$0] }
    }
}

/// One spec file as `SpecLoader.read` found it, for `SpecLoader.merge`.
public struct FileReading: Sendable {
    let path: String
    /// The file's sections; nil for an empty or unreadable file.
    var contents: SpecFileContents?
    var items = SpecItems()
    var diagnostics: [Diagnostic] = []
    /// The file has syntax errors, so what it would declare is unknown.
    var isUnreadable = false

    init(path: String) {
        self.path = path
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
