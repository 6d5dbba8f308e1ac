import Testing
import TemplateEngine

@Suite struct BuiltinFilterTests {
    @Test func upperAndLower() throws {
        #expect(try render("{{ s | upper }} {{ s | lower }}", ["s": "Héllo World"]) == "HÉLLO WORLD héllo world")
    }

    @Test func defaultReplacesNullAndEmptyValues() throws {
        let context: TemplateValue = ["none": nil, "empty": "", "noItems": [], "noObject": [:], "zero": 0, "no": false, "s": "x"]
        let template = #"{{ none | default("a") }} {{ empty | default("b") }} {{ noItems | default("c") }} {{ noObject | default("d") }}"#
        #expect(try render(template, context) == "a b c d")
        #expect(try render(#"{{ zero | default(9) }} {{ no | default(true) }} {{ s | default("y") }}"#, context) == "0 false x")
    }

    @Test func join() throws {
        let context: TemplateValue = ["names": ["a", "b", "c"], "numbers": [1, 2], "flags": [true, false], "none": []]
        #expect(try render(#"{{ names | join(", ") }}|{{ numbers | join("+") }}|{{ names | join }}|{{ flags | join(" ") }}|{{ none | join(",") }}"#, context) == "a, b, c|1+2|abc|true false|")
    }

    @Test func count() throws {
        let context: TemplateValue = ["xs": [1, 2, 3], "o": ["a": 1], "s": "héllo"]
        #expect(try render("{{ xs | count }} {{ o | count }} {{ s | count }}", context) == "3 1 5")
    }

    @Test func firstAndLast() throws {
        let context: TemplateValue = ["xs": ["a", "b"], "s": "xyz", "none": [], "nothing": ""]
        #expect(try render("{{ xs | first }}{{ xs | last }} {{ s | first }}{{ s | last }}", context) == "ab xz")
        #expect(try render(#"{{ none | first | default("-") }} {{ nothing | last | default("-") }}"#, context) == "- -")
    }

    @Test func indent() throws {
        let context: TemplateValue = ["s": "a\nb\n\nc"]
        #expect(try render("{{ s | indent(2) }}", context) == "a\n  b\n\n  c")
        #expect(try render("{{ s | indent(2, true) }}", context) == "  a\n  b\n\n  c")
        #expect(try render(#"{{ s | indent("\t") }}"#, context) == "a\n\tb\n\n\tc")
        #expect(try render("{{ s | indent(0) }}", context) == "a\nb\n\nc")
    }

    @Test func trim() throws {
        #expect(try render("[{{ s | trim }}]", ["s": " \n\t a b \n "]) == "[a b]")
        #expect(try render("[{{ s | trim }}]", ["s": "  "]) == "[]")
    }

    @Test func replace() throws {
        #expect(try render(#"{{ s | replace("-", "_") }}"#, ["s": "a-b-c"]) == "a_b_c")
        #expect(try render(#"{{ s | replace("ab", "") }}"#, ["s": "abcab"]) == "c")
    }

    @Test func jsonIsCompactSortedAndEscaped() throws {
        let context: TemplateValue = ["v": ["b": [1, nil], "a": "q\"\n", "c": true]]
        #expect(try render("{{ v | json }}", context) == #"{"a":"q\"\n","b":[1,null],"c":true}"#)
        #expect(try render("{{ s | json }}", ["s": "x"]) == #""x""#)
    }

    @Test func filtersChainAndTakeVariableArguments() throws {
        let context: TemplateValue = ["name": "user-id", "from": "-", "to": "_"]
        #expect(try render("{{ name | replace(from, to) | upper }}", context) == "USER_ID")
        #expect(try render(#"{{ (name | replace("-", " ")) | upper }}"#, context) == "USER ID")
    }

    @Test(arguments: [
        ("{{ 1 | upper }}", "main.tmpl:1:8: error: filter 'upper': expects a string, got an integer"),
        (#"{{ s | replace("a") }}"#, "main.tmpl:1:8: error: filter 'replace': expects 2 arguments, got 1"),
        (#"{{ s | replace("", "b") }}"#, "main.tmpl:1:8: error: filter 'replace': cannot replace an empty string"),
        (#"{{ s | replace(1, "b") }}"#, "main.tmpl:1:8: error: filter 'replace': expects string arguments, got an integer and a string"),
        ("{{ s | default }}", "main.tmpl:1:8: error: filter 'default': expects 1 argument, got 0"),
        ("{{ s | count(1) }}", "main.tmpl:1:8: error: filter 'count': expects 0 arguments, got 1"),
        ("{{ s | join }}", "main.tmpl:1:8: error: filter 'join': expects an array, got a string"),
        ("{{ xs | join(1) }}", "main.tmpl:1:9: error: filter 'join': expects a string separator, got an integer"),
        ("{{ mixed | join }}", "main.tmpl:1:12: error: filter 'join': expects an array of strings or integers, but the element at index 1 is null"),
        ("{{ s | indent }}", "main.tmpl:1:8: error: filter 'indent': expects 1 to 2 arguments, got 0"),
        ("{{ s | indent(-1) }}", "main.tmpl:1:8: error: filter 'indent': expects a number of spaces or a string, got -1"),
        ("{{ s | indent(null) }}", "main.tmpl:1:8: error: filter 'indent': expects a number of spaces or a string, got null"),
        ("{{ s | indent(2, 1) }}", "main.tmpl:1:8: error: filter 'indent': expects true or false as second argument, got an integer"),
        ("{{ null | count }}", "main.tmpl:1:11: error: filter 'count': expects an array, an object or a string, got null"),
        ("{{ 5 | first }}", "main.tmpl:1:8: error: filter 'first': expects an array or a string, got an integer"),
    ])
    func filterErrorsPointAtTheFilter(template: String, expected: String) {
        #expect(renderError(template, ["s": "x", "xs": ["a"], "mixed": ["a", nil]]) == expected)
    }
}

@Suite struct CustomFilterTests {
    private static let lowerCamelCase: TemplateFilter = { value, arguments in
        guard case .string(let text) = value else {
            throw FilterError("expects a string, got \(value.kindDescription)")
        }
        guard let first = text.first else { return .string("") }
        return .string(first.lowercased() + text.dropFirst())
    }

    @Test func customFiltersAreAvailable() throws {
        let output = try render("{{ name | lowerCamelCase }}", ["name": "UserID"], filters: ["lowerCamelCase": Self.lowerCamelCase])
        #expect(output == "userID")
    }

    @Test func customFiltersGetArguments() throws {
        let wrap: TemplateFilter = { value, arguments in
            .string(arguments.map { $0.stringValue ?? "?" }.joined() + (value.stringValue ?? "") + "!")
        }
        #expect(try render(#"{{ x | wrap("<", y) }}"#, ["x": "a", "y": 1], filters: ["wrap": wrap]) == "<?a!")
    }

    @Test func customFiltersOverrideBuiltins() throws {
        let upper: TemplateFilter = { _, _ in "custom" }
        #expect(try render("{{ x | upper }}", ["x": "a"], filters: ["upper": upper]) == "custom")
    }

    @Test func filterErrorBecomesATemplateErrorAtTheFilter() {
        let template = "struct A {\n    let a = {{ model.count | lowerCamelCase }}\n}"
        #expect(
            renderError(template, ["model": ["count": 3]], filters: ["lowerCamelCase": Self.lowerCamelCase])
                == "main.tmpl:2:30: error: filter 'lowerCamelCase': expects a string, got an integer")
    }

    @Test func otherErrorsFromFiltersAreWrapped() {
        struct Oops: Error, CustomStringConvertible {
            var description: String { "oops" }
        }
        let failing: TemplateFilter = { _, _ in throw Oops() }
        #expect(renderError("{{ 1 | failing }}", filters: ["failing": failing]) == "main.tmpl:1:8: error: filter 'failing' failed: oops")
    }

    @Test func templateErrorsFromFiltersPassThrough() {
        let failing: TemplateFilter = { _, _ in
            throw TemplateError(file: "inner.tmpl", line: 3, column: 4, message: "from inside")
        }
        #expect(renderError("{{ 1 | failing }}", filters: ["failing": failing]) == "inner.tmpl:3:4: error: from inside")
    }

    @Test func unknownFilterSuggestsCustomOnes() {
        #expect(
            renderError("{{ x | lowerCamelcase }}", filters: ["lowerCamelCase": Self.lowerCamelCase])
                == "main.tmpl:1:8: error: unknown filter 'lowerCamelcase' (did you mean 'lowerCamelCase'?)")
    }
}
