import Foundation
import GeneratorCore
import SpecModel
import Testing

/// Template mistakes are errors at the template's `file:line:col`, never silent empty output.
@Suite struct TemplateDiagnosticsTests {
    static let spec = [SpecFile(path: "Specs/a.yaml", text: "api: { name: Tiny }\nendpoints:\n  ping: { method: GET, path: /ping, responses: { 200: {} } }\n")]

    func run(_ templates: [String: String]) -> [String] {
        switch GeneratorPipeline.run(specs: Self.spec, templates: TemplateSet(displayPath: "Templates", files: templates)) {
        case .success: return []
        case .failure(let error): return error.diagnostics.map(\.description)
        }
    }

    let manifest = "files:\n  - template: A.swift.tmpl\n    output: \"A.swift\"\n"

    @Test func missingVariablePointsIntoTheTemplate() {
        #expect(run(["manifest.yaml": manifest, "A.swift.tmpl": "// {{ api.name }}\nlet x = {{ api.nmae }}\n"]) == [
            "Templates/A.swift.tmpl:2:16: error: unknown key 'nmae' in 'api' (did you mean 'name'?)",
        ])
    }

    @Test func unknownFilterAndUnclosedTagAreReportedTogether() {
        let result = run([
            "manifest.yaml": manifest,
            "A.swift.tmpl": "{{ api.name | upperCamel }}\n",
            "B.swift.tmpl": "{% if api.name %}\nopen\n",
        ])
        #expect(result.count == 2)
        #expect(result.first?.hasPrefix("Templates/A.swift.tmpl:1:15: error: unknown filter 'upperCamel'") == true)
        #expect(result.last?.hasPrefix("Templates/B.swift.tmpl:1:") == true)
    }

    /// The output pattern is parsed once per entry, before its items: a mistake in it shows even
    /// when the list is empty for this spec (the tiny spec has no token flow).
    @Test func brokenOutputPatternIsAnErrorEvenForAnEmptyList() {
        let manifest = "files:\n  - template: A.swift.tmpl\n    each: tokenFlows\n    as: flow\n    output: \"{{ flow.name \"\n"
        let result = run(["manifest.yaml": manifest, "A.swift.tmpl": "x"])
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("Templates/manifest.yaml:1:") == true)
        #expect(result.first?.contains("error: ") == true)
    }

    @Test func manifestProblemsPointIntoTheManifest() {
        #expect(run(["manifest.yaml": "files:\n  - template: Missing.tmpl\n    output: x.swift\n", "A.swift.tmpl": "x"]) == [
            "Templates/manifest.yaml:2:5: error: no template named 'Missing.tmpl' in Templates",
        ])
        #expect(run(["manifest.yaml": "files:\n  - template: A.swift.tmpl\n    output: ../escape.swift\n", "A.swift.tmpl": "x"]) == [
            "Templates/manifest.yaml:2:5: error: output path '../escape.swift' must be relative and stay inside the output folder",
        ])
        #expect(run(["A.swift.tmpl": "x"]) == [
            "Templates/manifest.yaml:1:1: error: the templates folder has no manifest.yaml listing the files to generate",
        ])
    }

    @Test func swiftFiltersRejectWrongInput() {
        #expect(run(["manifest.yaml": manifest, "A.swift.tmpl": "{{ servers | docComment }}\n"]) == [
            "Templates/A.swift.tmpl:1:14: error: filter 'docComment': needs a string, not an array",
        ])
    }
}
