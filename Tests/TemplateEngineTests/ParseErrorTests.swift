import Testing
import TemplateEngine

/// Every parse error, with its full `file:line:column: error: message` text.
@Suite struct ParseErrorTests {
    @Test(arguments: [
        // Unclosed tags point at the opening delimiter.
        ("a\n  {{ name", "main.tmpl:2:3: error: unclosed '{{' (missing '}}')"),
        ("a {% if x }}", "main.tmpl:1:3: error: unclosed '{%' (missing '%}')"),
        ("{# note", "main.tmpl:1:1: error: unclosed '{#' (missing '#}')"),
        ("{% if x %}{% for y in x %}{{ y\n{% endfor %}{% endif %}", "main.tmpl:1:27: error: unclosed '{{' (missing '}}')"),
        (#"{{ "}}" "#, "main.tmpl:1:1: error: unclosed '{{' (missing '}}')"),
        // Block structure errors point at the tag name.
        ("{% if x %}\nbody", "main.tmpl:1:4: error: unclosed 'if' (missing '{% endif %}')"),
        ("{% for x in xs %}\n  {% if x %}\n{% endfor %}",
         "main.tmpl:3:4: error: unexpected 'endfor' (expected 'endif' to close 'if' at line 2, column 6)"),
        ("{% if a %}{% endfor %}{% endif %}", "main.tmpl:1:14: error: unexpected 'endfor' (expected 'endif' to close 'if' at line 1, column 4)"),
        ("text\n{% endfor %}", "main.tmpl:2:4: error: unexpected 'endfor' without matching 'for'"),
        ("{% endif %}", "main.tmpl:1:4: error: unexpected 'endif' without matching 'if'"),
        ("{% else %}", "main.tmpl:1:4: error: unexpected 'else' outside 'if' or 'for'"),
        ("{% elif x %}", "main.tmpl:1:4: error: unexpected 'elif' outside 'if'"),
        ("{% for x in xs %}{% elif x %}{% endfor %}", "main.tmpl:1:21: error: unexpected 'elif' in 'for'"),
        ("{% if a %}{% else %}{% elif b %}{% endif %}", "main.tmpl:1:24: error: unexpected 'elif' after 'else'"),
        ("{% if a %}{% else %}{% else %}{% endif %}", "main.tmpl:1:24: error: unexpected second 'else' in 'if'"),
        // Unknown names, with suggestions when close.
        ("{% fro x in xs %}", "main.tmpl:1:4: error: unknown tag 'fro' (did you mean 'for'?)"),
        ("{% endfi %}", "main.tmpl:1:4: error: unknown tag 'endfi' (did you mean 'endif'?)"),
        ("{% macro m %}", "main.tmpl:1:4: error: unknown tag 'macro'"),
        ("{{ name | uper }}", "main.tmpl:1:11: error: unknown filter 'uper' (did you mean 'upper'?)"),
        ("{{ name | swiftify }}", "main.tmpl:1:11: error: unknown filter 'swiftify'"),
        (#"{% include "Partail.tmpl" %}"#, "main.tmpl:1:12: error: unknown template 'Partail.tmpl' (did you mean 'Partial.tmpl'?)"),
        (#"{% include "Other.tmpl" %}"#, "main.tmpl:1:12: error: unknown template 'Other.tmpl'"),
        // Malformed expressions point at the offending token.
        ("{{ }}", "main.tmpl:1:4: error: expected an expression, found '}}'"),
        ("{{ a == -}}", "main.tmpl:1:9: error: expected an expression, found '-}}'"),
        ("{{ a b }}", "main.tmpl:1:6: error: expected '}}', found 'b'"),
        ("{{ (a }}", "main.tmpl:1:7: error: expected ')', found '}}'"),
        ("{{ a. }}", "main.tmpl:1:7: error: expected a key name after '.', found '}}'"),
        ("{{ a[0 }}", "main.tmpl:1:8: error: expected ']', found '}}'"),
        ("{{ a | }}", "main.tmpl:1:8: error: expected a filter name after '|', found '}}'"),
        (#"{{ a | join(", " }}"#, "main.tmpl:1:18: error: expected ')', found '}}'"),
        ("{{ a and }}", "main.tmpl:1:10: error: expected an expression, found '}}'"),
        ("{{ a == b == c }}", "main.tmpl:1:11: error: expected '}}', found '=='"),
        ("{{ and }}", "main.tmpl:1:4: error: expected an expression, found 'and'"),
        ("{{ a = b }}", "main.tmpl:1:6: error: expected '}}', found '='"),
        ("{{ a & b }}", "main.tmpl:1:6: error: unexpected character '&'"),
        ("{{ a ! b }}", "main.tmpl:1:6: error: unexpected character '!'"),
        (#"{{ "abc }}"#, "main.tmpl:1:4: error: unterminated string literal"),
        (#"{{ 'ab\q' }}"#, #"main.tmpl:1:7: error: invalid escape sequence '\q' in string literal"#),
        ("{{ 99999999999999999999 }}", "main.tmpl:1:4: error: integer literal '99999999999999999999' is too large"),
        // Malformed tags.
        ("{% %}", "main.tmpl:1:4: error: expected a tag name, found '%}'"),
        ("{% 1 %}", "main.tmpl:1:4: error: expected a tag name, found '1'"),
        ("{% if %}{% endif %}", "main.tmpl:1:7: error: expected an expression, found '%}'"),
        ("{% for in xs %}{% endfor %}", "main.tmpl:1:11: error: expected 'in', found 'xs'"),
        ("{% for x of xs %}{% endfor %}", "main.tmpl:1:10: error: expected 'in', found 'of'"),
        ("{% for not in xs %}{% endfor %}", "main.tmpl:1:8: error: expected a loop variable name, found 'not'"),
        ("{% for x in %}{% endfor %}", "main.tmpl:1:13: error: expected an expression, found '%}'"),
        ("{% endif x %}", "main.tmpl:1:10: error: expected '%}', found 'x'"),
        ("{% else if %}", "main.tmpl:1:9: error: expected '%}', found 'if'"),
        ("{% include Partial %}", "main.tmpl:1:12: error: expected a template name in quotes, found 'Partial'"),
        (#"{% include "Partial.tmpl" with x %}"#, "main.tmpl:1:34: error: expected 'as', found '%}'"),
        (#"{% include "Partial.tmpl" with x as %}"#, "main.tmpl:1:37: error: expected a variable name, found '%}'"),
        (#"{% include "Partial.tmpl" x %}"#, "main.tmpl:1:27: error: expected '%}', found 'x'"),
        ("{% set x %}", "main.tmpl:1:10: error: expected '=', found '%}'"),
        ("{% set = 1 %}", "main.tmpl:1:8: error: expected a variable name, found '='"),
    ])
    func parseError(template: String, expected: String) {
        #expect(renderError(template, partials: ["Partial.tmpl": "p"]) == expected)
    }

    @Test func badConditionsDoNotCauseFollowOnErrors() {
        // The `if` still opens a block, so its `endif` matches and only the real problem is reported.
        #expect(renderError("{% if a == %}x{% endif %}") == "main.tmpl:1:12: error: expected an expression, found '%}'")
        #expect(renderError(#"{% if "a %}x{% endif %}"#) == "main.tmpl:1:7: error: unterminated string literal")
        #expect(renderError("{% for x in xs xs %}x{% endfor %}") == "main.tmpl:1:16: error: expected '%}', found 'xs'")
    }

    @Test func allErrorsOfATemplateAreReportedInOrder() {
        let template = """
            {{ a | uper }}
            {% endfor %}
            {% fro %}
            {{ b. }}
            """
        #expect(
            renderError(template) == """
                main.tmpl:1:8: error: unknown filter 'uper' (did you mean 'upper'?)
                main.tmpl:2:4: error: unexpected 'endfor' without matching 'for'
                main.tmpl:3:4: error: unknown tag 'fro' (did you mean 'for'?)
                main.tmpl:4:7: error: expected a key name after '.', found '}}'
                """)
    }

    @Test func errorsAcrossTemplatesAreSortedByFile() {
        #expect(throws: TemplateErrors.self) {
            _ = try TemplateLibrary(templates: ["b.tmpl": "{{ x | nope }}", "a.tmpl": "{% if %}", "c.tmpl": "fine"])
        }
        do {
            _ = try TemplateLibrary(templates: ["b.tmpl": "{{ x | nope }}", "a.tmpl": "{% if %}", "c.tmpl": "fine"])
        } catch {
            #expect(
                error.description == """
                    a.tmpl:1:4: error: unclosed 'if' (missing '{% endif %}')
                    a.tmpl:1:7: error: expected an expression, found '%}'
                    b.tmpl:1:8: error: unknown filter 'nope'
                    """)
            #expect(error.errors.map(\.file) == ["a.tmpl", "a.tmpl", "b.tmpl"])
            #expect(error.errors[2] == TemplateError(file: "b.tmpl", line: 1, column: 8, message: "unknown filter 'nope'"))
        }
    }

    @Test func columnsCountUnicodeScalars() {
        // "🙂" is one scalar; "e\u{301}" (e + combining acute) is two; "\u{E9}" (é) is one.
        #expect(renderError("🙂 {{ modle }}", ["model": 1]) == "main.tmpl:1:6: error: unknown variable 'modle' (did you mean 'model'?)")
        #expect(renderError("e\u{301} \u{E9} {% fro %}") == "main.tmpl:1:9: error: unknown tag 'fro' (did you mean 'for'?)")
    }

    @Test func linesAreCountedWithWindowsLineEndings() {
        #expect(renderError("a\r\nb\r\n  {{ c | nope }}\r\n") == "main.tmpl:3:10: error: unknown filter 'nope'")
    }

    @Test func locationsAreExactWhenLinesRepeat() {
        let template = "{{ x | nope }}\n{{ x | nope }}\n"
        #expect(renderError(template) == "main.tmpl:1:8: error: unknown filter 'nope'\nmain.tmpl:2:8: error: unknown filter 'nope'")
    }

    @Test func locationsAfterTrimMarkersAndMultiLineTags() {
        #expect(renderError("a\n  {{- x | nope -}}") == "main.tmpl:2:11: error: unknown filter 'nope'")
        #expect(renderError("{#\n\n#}{{\n  x\n  | nope\n}}") == "main.tmpl:5:5: error: unknown filter 'nope'")
    }

    @Test func deeplyNestedExpressionsAreRejected() {
        let depth = 70
        let template = "{{ " + String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth) + " }}"
        #expect(renderError(template) == "main.tmpl:1:68: error: expression is nested too deeply")
        let nots = "{{ " + String(repeating: "not ", count: 100) + "x }}"
        #expect(renderError(nots) == "main.tmpl:1:260: error: expression is nested too deeply")
        let path = "\n  {{ x" + String(repeating: ".a", count: 70) + " }}"
        #expect(renderError(path) == "main.tmpl:2:6: error: expression is nested too deeply")
        let filters = "{{ x" + String(repeating: " | upper", count: 70) + " }}"
        #expect(renderError(filters) == "main.tmpl:1:4: error: expression is nested too deeply")
        let conjunction = "{% if x" + String(repeating: " and x", count: 70) + " %}{% endif %}"
        #expect(renderError(conjunction) == "main.tmpl:1:7: error: expression is nested too deeply")
        // Sixty-three steps are fine.
        let long = "{{ x" + String(repeating: ".a", count: 63) + " }}"
        #expect(renderError(long, ["x": ["a": "leaf"]]) == "main.tmpl:1:8: error: cannot access key 'a' on 'x.a', which is a string")
    }

    @Test func deeplyNestedBlocksAreRejected() {
        let template = String(repeating: "{% if x %}", count: 101) + String(repeating: "{% endif %}", count: 101)
        #expect(renderError(template) == "main.tmpl:1:1004: error: blocks are nested too deeply (more than 100 levels)")
    }
}
