import SpecModel
import TemplateEngine

/// A template set read and parsed, ready to render any context: its manifest, and its templates
/// parsed into one library.
struct PreparedTemplates: Sendable {
    let templates: TemplateSet
    let manifest: TemplateManifest
    let library: TemplateLibrary

    /// Reads the manifest and parses every template; every problem found is a diagnostic.
    static func prepare(_ templates: TemplateSet) -> Result<PreparedTemplates, DiagnosticsError> {
        let manifestPath = templates.path(of: TemplateManifest.fileName)
        guard let manifestText = templates.files[TemplateManifest.fileName] else {
            return .failure(DiagnosticsError([Diagnostic(
                at: SourceRef(file: manifestPath, location: .init(line: 1, column: 1)),
                "the templates folder has no \(TemplateManifest.fileName) listing the files to generate")]))
        }
        let manifest: TemplateManifest
        switch TemplateManifest.parse(manifestText, path: manifestPath) {
        case .success(let parsed): manifest = parsed
        case .failure(let error): return .failure(error)
        }
        var sources = templates.files
        sources[TemplateManifest.fileName] = nil
        do {
            let library = try TemplateLibrary(templates: sources, filters: SwiftFilters.all)
            return .success(PreparedTemplates(templates: templates, manifest: manifest, library: library))
        } catch {
            return .failure(DiagnosticsError(error.errors.map { GeneratorPipeline.diagnostic($0, templates: templates) }))
        }
    }
}
