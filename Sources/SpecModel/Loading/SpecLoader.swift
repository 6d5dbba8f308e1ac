import YAMLLite

/// One spec file's path (as diagnostics should name it) and text.
public struct SpecFile: Sendable, Hashable {
    public var path: String
    public var text: String

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
        var spec = merge(contents, files: files, diagnostics: &diagnostics)
        spec?.unreadable = contents.reduce(into: unreadableFiles ? ["files"] : []) { $0.formUnion($1.unreadable) }
        return (spec, diagnostics.sorted)
    }

    private static func merge(
        _ contents: [SpecFileContents], files: [SpecFile], diagnostics: inout DiagnosticCollector
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

        var modelSources: [String: SourceRef] = [:]
        var models: [ModelSpec] = []
        for model in contents.flatMap(\.models) {
            if let first = modelSources[model.name] {
                diagnostics.error("model '\(model.name)' is defined twice (first at \(first))", at: model.source)
                continue
            }
            modelSources[model.name] = model.source
            models.append(model)
        }
        var endpointSources: [String: SourceRef] = [:]
        var endpoints: [EndpointSpec] = []
        for endpoint in contents.flatMap(\.endpoints) {
            if let first = endpointSources[endpoint.operationId] {
                diagnostics.error(
                    "endpoint '\(endpoint.operationId)' is defined twice (first at \(first))", at: endpoint.source)
                continue
            }
            endpointSources[endpoint.operationId] = endpoint.source
            endpoints.append(endpoint)
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
}
