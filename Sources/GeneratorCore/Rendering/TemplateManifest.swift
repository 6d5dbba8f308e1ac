import SpecModel
import YAMLLite

/// `Templates/manifest.yaml`: which template makes which output file.
///
/// ```yaml
/// files:
///   - template: Client.swift.tmpl
///     output: "{{ api.name }}/{{ api.clientName }}.swift"
///   - template: Models.swift.tmpl
///     each: modelFiles       # a list in the context: one file per item,
///     as: file               # with the item bound to this name
///     output: "{{ api.name }}/Models/{{ file.name }}.swift"
/// ```
public struct TemplateManifest: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var template: String
        public var output: String
        public var each: String?
        public var bindingName: String
        public var source: SourceRef
    }

    public var entries: [Entry]

    public static let fileName = "manifest.yaml"

    /// Reads the manifest; problems are diagnostics at their line in the manifest.
    public static func parse(_ text: String, path: String) -> Result<TemplateManifest, DiagnosticsError> {
        var diagnostics = DiagnosticCollector()
        let document = YAMLLite.parse(text)
        for error in document.errors {
            diagnostics.error(error.message, at: SourceRef(file: path, location: error.location))
        }
        var entries: [Entry] = []
        func ref(_ location: SourceLocation) -> SourceRef { SourceRef(file: path, location: location) }
        if document.errors.isEmpty {
            let files = document.root?.mapping?.first { $0.key.text == "files" }?.value.sequence
            if files == nil {
                diagnostics.error("the manifest needs a 'files:' list", at: ref(document.root?.location ?? .init(line: 1, column: 1)))
            }
            for item in files ?? [] {
                guard let fields = item.mapping else {
                    diagnostics.error("expected a mapping with 'template' and 'output'", at: ref(item.location))
                    continue
                }
                func text(_ key: String) -> String? {
                    fields.first { $0.key.text == key }?.value.scalar.flatMap { $0.isNull ? nil : $0.text }
                }
                for field in fields where !["template", "output", "each", "as"].contains(field.key.text) {
                    diagnostics.error("unknown key '\(field.key.text)' in a manifest entry", at: ref(field.keyLocation))
                }
                guard let template = text("template"), let output = text("output") else {
                    diagnostics.error("a manifest entry needs 'template' and 'output'", at: ref(item.location))
                    continue
                }
                entries.append(Entry(
                    template: template, output: output, each: text("each"), bindingName: text("as") ?? "item",
                    source: ref(item.location)))
            }
        }
        if diagnostics.hasErrors { return .failure(DiagnosticsError(diagnostics.sorted)) }
        return .success(TemplateManifest(entries: entries))
    }
}
