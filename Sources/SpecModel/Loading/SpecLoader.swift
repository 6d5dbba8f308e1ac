import ConcurrentMap
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
        var unreadableFiles = false
        // Name order, whatever order the caller lists them in: merging must not depend on it.
        let order = readings.indices.sorted { readings[$0].path < readings[$1].path }
        var itemOrder: [Int] = []
        itemOrder.reserveCapacity(order.count)
        for index in order {
            diagnostics.append(contentsOf: readings[index].diagnostics)
            unreadableFiles = unreadableFiles || readings[index].isUnreadable
            guard let content = readings[index].contents else { continue }
            contents.append(content)
            itemOrder.append(index)
        }
        // Copying an item retains its box, memory another thread made and so slow to reach:
        // the two lists are copied at once, each into room made for all of it.
        let sources = itemOrder
        let concatenateModels = { @Sendable in Self.concatenated(sources.map { readings[$0].items.models }) }
        let concatenateEndpoints = { @Sendable in Self.concatenated(sources.map { readings[$0].items.endpoints }) }
        let (models, endpoints) =
            sources.count >= 64 ? inParallel(concatenateModels, concatenateEndpoints) : (concatenateModels(), concatenateEndpoints())
        var items = SpecItems(models: models, endpoints: endpoints)
        var spec = merge(contents, items: &items, firstFile: readings.first?.path, diagnostics: &diagnostics)
        spec?.unreadable = contents.reduce(into: unreadableFiles ? ["files"] : []) { $0.formUnion($1.unreadable) }
        return (spec, diagnostics.sorted)
    }

    /// Merges the files' contents and their models and endpoints, which are moved out of `items`.
    private static func merge(
        _ contents: [SpecFileContents], items: inout SpecItems, firstFile: String?,
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

        // Models and endpoints at once when there are many: two independent passes of a hash
        // per item, each worth a core only beyond a thousand or so items.
        let (models, endpoints) = (items.models, items.endpoints)
        let dropModels = { @Sendable in withoutLaterDuplicates(models, kind: "model") }
        let dropEndpoints = { @Sendable in withoutLaterDuplicates(endpoints, kind: "endpoint") }
        let (keptModels, keptEndpoints) =
            models.count + endpoints.count >= 1_000 ? inParallel(dropModels, dropEndpoints) : (dropModels(), dropEndpoints())
        items = SpecItems(models: keptModels.kept, endpoints: keptEndpoints.kept)
        diagnostics.append(contentsOf: keptModels.problems)
        diagnostics.append(contentsOf: keptEndpoints.problems)

        guard let info else {
            if !diagnostics.hasErrors {
                let source = SourceRef(file: firstFile ?? "Specs", location: SourceLocation(line: 1, column: 1))
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

    /// The lists one after another, in one array allocated once.
    private static func concatenated<Item>(_ lists: [[Item]]) -> [Item] {
        var all: [Item] = []
        all.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists { all += list }
        return all
    }

    /// The items without those whose name an earlier item has, and an error for each one
    /// dropped (`kind` names what they are), citing where that name was first used. Items are
    /// read in place: only a list that has duplicates is rebuilt.
    private static func withoutLaterDuplicates<Item: NamedOnce>(
        _ items: [Item], kind: String
    ) -> (kept: [Item], problems: [Diagnostic]) {
        var problems = DiagnosticCollector()
        // The first index of each name rather than its source: an integer to store, where a
        // source is a file name to retain, for every model and endpoint of the spec.
        var firstIndexes: [String: Int] = [:]
        firstIndexes.reserveCapacity(items.count)
        var dropped: [Bool] = []
        for index in items.indices {
            let name = items[index].uniqueName
            // One hash for the common case, a name not seen before.
            guard let first = firstIndexes.updateValue(index, forKey: name) else { continue }
            firstIndexes[name] = first
            problems.error(
                "\(kind) '\(name)' is defined twice (first at \(items[first].source))", at: items[index].source)
            if dropped.isEmpty { dropped = Array(repeating: false, count: items.count) }
            dropped[index] = true
        }
        guard !dropped.isEmpty else { return (items, problems.diagnostics) }
        return (items.indices.filter { !dropped[$0] }.map { items[$0] }, problems.diagnostics)
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
