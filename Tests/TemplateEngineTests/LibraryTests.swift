import Testing
import TemplateEngine

@Suite struct LibraryTests {
    private let library: TemplateLibrary

    init() throws {
        library = try TemplateLibrary(
            templates: [
                "Models/Model.swift.tmpl": "struct {{ name | upper }} {}\n",
                "Partial.tmpl": "[{{ name }}]",
                "A.tmpl": "",
            ],
            filters: ["shout": { value, _ in .string((value.stringValue ?? "") + "!") }])
    }

    @Test func templateNamesAreSorted() {
        #expect(library.templateNames == ["A.tmpl", "Models/Model.swift.tmpl", "Partial.tmpl"])
    }

    @Test func rendersByName() throws {
        #expect(try library.render("Models/Model.swift.tmpl", context: ["name": "user"]) == "struct USER {}\n")
        #expect(try library.render("A.tmpl", context: [:]) == "")
    }

    @Test func renderingAnUnknownTemplateIsAnError() {
        #expect(throws: TemplateError(file: "Partail.tmpl", line: 1, column: 1, message: "unknown template 'Partail.tmpl' (did you mean 'Partial.tmpl'?)")) {
            try library.render("Partail.tmpl", context: [:])
        }
    }

    @Test func contextMustBeAnObjectOrNull() throws {
        #expect(throws: TemplateError(file: "A.tmpl", line: 1, column: 1, message: "the context must be an object, not an array")) {
            try library.render("A.tmpl", context: [1])
        }
        #expect(try library.renderString("static", named: "path", context: nil) == "static")
    }

    @Test func renderStringUsesTheLibrarysFiltersAndTemplates() throws {
        let context: TemplateValue = ["group": ["name": "users"], "name": "x"]
        #expect(try library.renderString("Models/{{ group.name | shout }}.swift", named: "output.path", context: context) == "Models/users!.swift")
        #expect(try library.renderString(#"{% include "Partial.tmpl" %}"#, named: "inline", context: context) == "[x]")
    }

    @Test func extraVariableShadowsTheRootAndReachesIncludes() throws {
        let context: TemplateValue = ["name": "root", "other": "kept"]
        #expect(try library.render("Models/Model.swift.tmpl", context: context, variable: ("name", "item")) == "struct ITEM {}\n")
        #expect(try library.render("Models/Model.swift.tmpl", context: context) == "struct ROOT {}\n")
        let parsed = try library.parseString(
            #"{{ other }} {% include "Partial.tmpl" %} {% set name = "set" %}{{ name }}"#, named: "inline")
        #expect(try library.render(parsed, context: context, variable: ("name", "item")) == "kept [item] set")
        #expect(try library.render(parsed, context: context) == "kept [root] set")
    }

    @Test func parsedStringRendersLikeRenderString() throws {
        let source = "Models/{{ group.name | shout }}.swift"
        let parsed = try library.parseString(source, named: "output.path")
        for name in ["a", "users", "é"] {
            let context: TemplateValue = ["group": ["name": .string(name)]]
            #expect(try library.render(parsed, context: context) == library.renderString(source, named: "output.path", context: context))
        }
        #expect(throws: TemplateError(file: "p", line: 1, column: 8, message: "unknown filter 'shuot' (did you mean 'shout'?)")) {
            try library.parseString("{{ x | shuot }}", named: "p")
        }
    }

    @Test func renderStringReportsErrorsUnderItsName() {
        #expect(throws: TemplateError(file: "apigen.yaml outputs[0].path", line: 1, column: 19, message: "unknown filter 'shuot' (did you mean 'shout'?)")) {
            try library.renderString("Models/{{ group | shuot }}.swift {% fro %}", named: "apigen.yaml outputs[0].path", context: [:])
        }
        #expect(throws: TemplateError(file: "p", line: 1, column: 10, message: "unknown key 'nme' in 'group' (did you mean 'name'?)")) {
            try library.renderString("{{ group.nme }}", named: "p", context: ["group": ["name": "g"]])
        }
    }

    @Test func renderingIsDeterministic() throws {
        let template = #"{% for x in xs %}{{ x | json }} {{ x.b }}{{ x.a }}{% endfor %}"#
        var members: [String: TemplateValue] = [:]
        for index in 0..<50 { members["k\(index)"] = .int(index) }
        var reversed: [String: TemplateValue] = [:]
        for index in (0..<50).reversed() { reversed["k\(index)"] = .int(index) }
        let first = try render(template, ["xs": [["a": 1, "b": 2, "m": .object(TemplateDictionary(members))]]])
        let second = try render(template, ["xs": [["b": 2, "m": .object(TemplateDictionary(reversed)), "a": 1]]])
        #expect(first == second)
        #expect(first.hasPrefix(#"{"a":1,"b":2,"m":{"k0":0,"k1":1,"k10":10,"#))
    }

    @Test func libraryIsUsableFromManyTasks() async throws {
        let library = self.library
        let outputs = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<20 {
                group.addTask { try library.render("Models/Model.swift.tmpl", context: ["name": .string("n\(index % 2)")]) }
            }
            var outputs: [String] = []
            for try await output in group { outputs.append(output) }
            return outputs
        }
        #expect(Set(outputs) == ["struct N0 {}\n", "struct N1 {}\n"])
    }

    /// A quadratic renderer would take minutes here; the time limit makes that a failure, not a hang.
    @Test(.timeLimit(.minutes(1))) func renderingALargeLoopGivesEveryItem() throws {
        let template = #"""
            {% for item in items %}
            {% if item.enabled %}
                case {{ item.name }} = {{ item.index }}{% if not loop.last %},{% endif %}
            {% else %}
                // {{ item.name | upper }} ({{ loop.index }} of {{ loop.length }})
            {% endif %}
            {% endfor %}

            """#
        let items: [TemplateValue] = (0..<10_000).map { index in
            ["name": .string("item\(index)"), "index": .int(index), "enabled": .bool(index % 3 != 0)]
        }
        let library = try TemplateLibrary(templates: ["Big.tmpl": template])
        let output = try library.render("Big.tmpl", context: ["items": .array(items)])
        // Checked outside `#expect`, so a failure does not print 300 kB of output.
        let hasExpectedStart = output.hasPrefix("    // ITEM0 (1 of 10000)\n    case item1 = 1,\n")
        let hasExpectedEnd = output.hasSuffix("    case item9998 = 9998,\n    // ITEM9999 (10000 of 10000)\n")
        #expect(hasExpectedStart)
        #expect(hasExpectedEnd)
    }
}
