import Testing
import TemplateEngine

@Suite struct IncludeTests {
    @Test func includesAnotherTemplateWithTheCurrentScope() throws {
        let partials = ["Item.tmpl": "<{{ x }}:{{ title }}>"]
        let template = #"{% for x in xs %}{% include "Item.tmpl" %}{% endfor %}"#
        #expect(try render(template, ["xs": [1, 2], "title": "t"], partials: partials) == "<1:t><2:t>")
    }

    @Test func includeWithBindsAName() throws {
        let partials = ["Property.tmpl": "var {{ property.name }}: {{ property.type }}"]
        let template = #"{% include "Property.tmpl" with model.properties[0] as property %};"#
        let context: TemplateValue = ["model": ["properties": [["name": "id", "type": "Int"]]]]
        #expect(try render(template, context, partials: partials) == "var id: Int;")
    }

    @Test func bindingsAndSetsInAPartialDoNotLeak() throws {
        let partials = ["P.tmpl": "{% set inner = 1 %}{{ bound }}"]
        let template = #"{% include "P.tmpl" with 5 as bound %}{% if true %}{{ inner }}{% endif %}"#
        #expect(renderError(template, partials: partials) == "main.tmpl:1:55: error: unknown variable 'inner'")
        let template2 = #"{% include "P.tmpl" with 5 as bound %}{{ bound }}"#
        #expect(renderError(template2, partials: partials) == "main.tmpl:1:42: error: unknown variable 'bound'")
    }

    @Test func standaloneIncludeIndentsEveryLineOfThePartial() throws {
        let partials = [
            // Saved by an editor, so it ends with a newline; that must not add a blank line.
            "Property.tmpl": """
                /// {{ property.doc }}
                var {{ property.name }}: Int

                """
        ]
        let template = #"""
            struct User {
                {% for property in properties %}
                {% include "Property.tmpl" %}
                {% endfor %}
            }

            """#
        let context: TemplateValue = ["properties": [["name": "id", "doc": "The id."], ["name": "age", "doc": "Years."]]]
        #expect(
            try render(template, context, partials: partials) == """
                struct User {
                    /// The id.
                    var id: Int
                    /// Years.
                    var age: Int
                }

                """)
    }

    @Test func standaloneIncludeOfAPartialWithoutFinalNewline() throws {
        let partials = ["P.tmpl": "a\n\nb"]
        let template = "{\n  {% include \"P.tmpl\" %}\n}\n"
        #expect(try render(template, partials: partials) == "{\n  a\n\n  b\n}\n")
    }

    @Test func standaloneIncludeWithEmptyOutputRemovesTheLine() throws {
        let partials = ["Doc.tmpl": "{% if doc %}/// {{ doc }}\n{% endif %}"]
        let template = #"""
            {% for p in ps %}
                {% include "Doc.tmpl" with p.doc as doc %}
                var {{ p.name }}
            {% endfor %}

            """#
        let context: TemplateValue = ["ps": [["name": "a", "doc": "A."], ["name": "b", "doc": nil]]]
        #expect(
            try render(template, context, partials: partials) == """
                    /// A.
                    var a
                    var b

                """)
    }

    @Test func inlineIncludeAfterIndentationIndentsLaterLines() throws {
        let partials = ["P.tmpl": "first\nsecond\n\nfourth"]
        #expect(try render(#"    {% include "P.tmpl" %} // end"#, partials: partials) == "    first\n    second\n\n    fourth // end")
        // After other text on the line, nothing is indented.
        #expect(try render(#"x = {% include "P.tmpl" %}"#, partials: partials) == "x = first\nsecond\n\nfourth")
    }

    @Test func nestedIncludesComposeIndentation() throws {
        let partials = [
            "Type.tmpl": """
                struct {{ name }} {
                    {% include "Body.tmpl" %}
                }

                """,
            "Body.tmpl": """
                let a = 1
                let b = 2

                """,
        ]
        let template = #"""
            enum Namespace {
                {% include "Type.tmpl" %}
            }

            """#
        #expect(
            try render(template, ["name": "Inner"], partials: partials) == """
                enum Namespace {
                    struct Inner {
                        let a = 1
                        let b = 2
                    }
                }

                """)
    }

    @Test func recursiveIncludesRenderTrees() throws {
        let partials = [
            "Node.tmpl": """
                - {{ node.name }}
                {% for child in node.children %}
                  {% include "Node.tmpl" with child as node %}
                {% endfor %}

                """
        ]
        let tree: TemplateValue = [
            "name": "root",
            "children": [["name": "a", "children": [["name": "a1", "children": []]]], ["name": "b", "children": []]],
        ]
        #expect(
            try render(#"{% include "Node.tmpl" with tree as node %}"#, ["tree": tree], partials: partials) == """
                - root
                  - a
                    - a1
                  - b

                """)
    }

    @Test func endlessRecursionIsAnErrorNotACrash() {
        let partials = ["Loop.tmpl": "x{% include \"Loop.tmpl\" %}"]
        #expect(
            renderError(#"{% include "Loop.tmpl" %}"#, partials: partials)
                == "Loop.tmpl:1:5: error: includes are nested too deeply (more than 64 levels) while including 'Loop.tmpl'")
    }

    @Test func includeDepthOf64IsAllowed() throws {
        let partials = ["Down.tmpl": "{% if n %}{% include \"Down.tmpl\" with n | rest as n %}{% endif %}."]
        let rest: TemplateFilter = { value, _ in
            guard case .array(let elements) = value else { throw FilterError("expects an array") }
            return .array(Array(elements.dropFirst()))
        }
        let context: TemplateValue = ["n": .array(Array(repeating: 1, count: 63))]
        let output = try render(#"{% include "Down.tmpl" %}"#, context, partials: partials, filters: ["rest": rest])
        #expect(output == String(repeating: ".", count: 64))
        let deeper: TemplateValue = ["n": .array(Array(repeating: 1, count: 64))]
        #expect(
            renderError(#"{% include "Down.tmpl" %}"#, deeper, partials: partials, filters: ["rest": rest])
                == "Down.tmpl:1:14: error: includes are nested too deeply (more than 64 levels) while including 'Down.tmpl'")
    }

    @Test func errorsInAPartialPointIntoThePartial() {
        let partials = ["Partial.tmpl": "line one\n  {{ item.nmae }}"]
        #expect(
            renderError(#"{% include "Partial.tmpl" with x as item %}"#, ["x": ["name": "a"]], partials: partials)
                == "Partial.tmpl:2:11: error: unknown key 'nmae' in 'item' (did you mean 'name'?)")
    }
}
