import Testing
import TemplateEngine

/// Rule 1: standalone block-tag lines vanish; rule 2: lone `{{ }}` lines are whole lines;
/// rule 3: indentation of multi-line output; rule 4: `-` trim markers.
@Suite struct WhitespaceTests {
    // MARK: Rule 1

    @Test func standaloneBlockLinesDisappear() throws {
        let template = #"""
            struct A {
                {% for p in ps %}
                {% if p.on %}
                let {{ p.name }} = true
                {% else %}
                let {{ p.name }} = false
                {% endif %}
                {% endfor %}
            }

            """#
        let context: TemplateValue = ["ps": [["name": "a", "on": true], ["name": "b", "on": false]]]
        #expect(
            try render(template, context) == """
                struct A {
                    let a = true
                    let b = false
                }

                """)
    }

    @Test func standaloneCommentsAndSetsDisappear() throws {
        let template = "a\n  {# note #}\n{% set x = 1 %}\n\t{# one #} {# two #}  \nb{{ x }}\n"
        #expect(try render(template) == "a\nb1\n")
    }

    @Test func multiLineCommentOnItsOwnLinesDisappears() throws {
        #expect(try render("Begin.\n{#\n  Something's going on here\n#}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    @Test func severalBlockTagsOnOneLine() throws {
        let template = "{% if a %}{% if b %}\nboth\n{% endif %}{% endif %}\ndone"
        #expect(try render(template, ["a": true, "b": true]) == "both\ndone")
        #expect(try render(template, ["a": true, "b": false]) == "done")
    }

    @Test func standaloneLinesAtStartAndEndWithoutFinalNewline() throws {
        #expect(try render("{% if true %}\nx\n{% endif %}") == "x\n")
        #expect(try render("  {% set x = 1 %}  ") == "")
    }

    @Test func blankLinesInTheTemplateAreKept() throws {
        #expect(try render("a\n\n{% if true %}\n\nb\n{% endif %}\n\nc\n") == "a\n\n\nb\n\nc\n")
    }

    @Test func blockTagsSharingALineWithTextAreInline() throws {
        let template = "a {% if x %}b{% endif %} c\n  {% if x %}d{% endif %}\n"
        #expect(try render(template, ["x": true]) == "a b c\n  d\n")
        #expect(try render(template, ["x": false]) == "a  c\n  \n")
    }

    // MARK: Rule 2

    @Test func loneOutputTagIndentsAllLines() throws {
        let template = #"""
            struct A {
                {{ doc }}
                var a: Int
            }
            """#
        #expect(
            try render(template, ["doc": "/// One.\n///\n/// Two."]) == """
                struct A {
                    /// One.
                    ///
                    /// Two.
                    var a: Int
                }
                """)
    }

    @Test func loneOutputTagWithEmptyOutputRemovesItsLine() throws {
        let template = "struct A {\n    {{ doc }}\n    var a: Int\n}\n"
        #expect(try render(template, ["doc": ""]) == "struct A {\n    var a: Int\n}\n")
    }

    @Test func loneOutputEndingWithANewlineDoesNotAddABlankLine() throws {
        #expect(try render("  {{ v }}\nnext", ["v": "a\nb\n"]) == "  a\n  b\nnext")
        #expect(try render("  {{ v }}\nnext", ["v": "a\nb"]) == "  a\n  b\nnext")
    }

    @Test func loneOutputOnTheLastLineAddsNoNewline() throws {
        #expect(try render("x\n  {{ v }}", ["v": "a\nb"]) == "x\n  a\n  b")
    }

    @Test func loneOutputDropsTrailingSpaces() throws {
        #expect(try render("  {{ v }}   \n", ["v": "a"]) == "  a\n")
    }

    // MARK: Rule 3

    @Test func outputAfterIndentationIndentsLaterLines() throws {
        #expect(try render("    {{ v }} // note\n", ["v": "a\nb\n\nc"]) == "    a\n    b\n\n    c // note\n")
    }

    @Test func outputAfterTextIsNotIndented() throws {
        #expect(try render("    x = {{ v }}\n", ["v": "a\nb"]) == "    x = a\nb\n")
    }

    @Test func indentationIsTakenFromTheOutputLine() throws {
        // The `if` tag is on the same line, but only whitespace precedes the value in the output.
        #expect(try render("  {% if true %}{{ v }}{% endif %}!", ["v": "a\nb"]) == "  a\n  b!")
    }

    // MARK: Rule 4

    @Test func trimMarkersRemoveWhitespaceIncludingNewlines() throws {
        #expect(try render("a  \n  {{- v -}}  \n  b", ["v": "X"]) == "aXb")
        #expect(try render("a \n{%- if true -%}\n b {%- endif %}", [:]) == "ab")
        #expect(try render("a\n\n  {#- gone -#}\n\nb") == "ab")
    }

    @Test func trimMarkerOnOneSideOnly() throws {
        #expect(try render("a  {{- v }}  b", ["v": "X"]) == "aX  b")
        #expect(try render("a  {{ v -}}  b", ["v": "X"]) == "a  Xb")
    }

    @Test func trimStopsAtTags() throws {
        #expect(try render("{{ a }}  {{- b }}", ["a": "1", "b": "2"]) == "12")
        #expect(try render("{{ a }} {# c #} {{- b }}", ["a": "1", "b": "2"]) == "1 2")
    }

    @Test func trimMarkersJoinLoopOutputOnOneLine() throws {
        let template = """
            [
              {%- for x in xs -%}
                {{ x }}{% if not loop.last %}, {% endif %}
              {%- endfor -%}
            ]
            """
        #expect(try render(template, ["xs": [1, 2, 3]]) == "[1, 2, 3]")
    }

    @Test func outputTagWithTrimMarkerIsNotALoneLine() throws {
        // With a marker, the author controls whitespace: an empty value leaves its newline.
        #expect(try render("a\n  {{ v -}}\nb", ["v": ""]) == "a\n  b")
    }

    // MARK: Output hygiene

    @Test func noTrailingSpacesOrBlankLinesFromOptionalParts() throws {
        let template = #"""
            public struct {{ name }} {
                {% for p in properties %}
                {{ p.doc }}
                public var {{ p.name }}: {{ p.type }}{% if p.optional %}?{% endif %}
                {% endfor %}
            }

            """#
        let context: TemplateValue = [
            "name": "User",
            "properties": [
                ["name": "id", "type": "Int", "optional": false, "doc": "/// The id."],
                ["name": "email", "type": "String", "optional": true, "doc": ""],
            ],
        ]
        let output = try render(template, context)
        #expect(
            output == """
                public struct User {
                    /// The id.
                    public var id: Int
                    public var email: String?
                }

                """)
        #expect(!output.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.last == " " })
    }
}
