import TemplateEngine
import Testing

/// Templates rendered against shaped objects, which the renderer reads through key numbers
/// rather than a dictionary: every way of reading a member must give what a dictionary gives.
@Suite struct ShapedObjectRenderingTests {
    static let owner = TemplateShape(["name", "id"])

    /// The same data twice: with shaped objects (the root too), and with dictionaries only.
    static let contexts: [TemplateValue] = [
        shapedObject([
            "model": shapedObject(["name": "User", "owner": shapedObject(owner, ["Ann", 7]), "empty": [:]]),
            "key": "owner",
        ]),
        ["model": ["name": "User", "owner": ["name": "Ann", "id": 7], "empty": [:]], "key": "owner"],
    ]

    @Test(arguments: contexts) func dottedPaths(context: TemplateValue) throws {
        let template = "{{ model.name }} {{ model.owner.name }} {{ model.owner.id }}"
        #expect(try render(template, context) == "User Ann 7")
    }

    @Test(arguments: contexts) func subscriptsWithAString(context: TemplateValue) throws {
        let template =
            #"{{ model["name"] }} {{ model[key].name }} {{ model["owner"]["id"] }} "#
            + #"{{ model.owner["name"] }}"#
        #expect(try render(template, context) == "User Ann 7 Ann")
    }

    @Test(arguments: contexts) func countAndJSONFilters(context: TemplateValue) throws {
        let counts = "{{ model | count }} {{ model.owner | count }} {{ model.empty | count }}"
        #expect(try render(counts, context) == "3 2 0")
        #expect(
            try render("{{ model | json }}", context)
                == #"{"empty":{},"name":"User","owner":{"id":7,"name":"Ann"}}"#)
    }

    @Test func emptyShapedObjectIsFalseAndTakesTheDefault() throws {
        let context: TemplateValue = ["empty": shapedObject(TemplateShape([]), [])]
        let template = #"{% if empty %}yes{% else %}no{% endif %} {{ empty | default("none") }}"#
        #expect(try render(template, context) == "no none")
    }

    @Test func loopOverShapedObjectsOfSeveralShapes() throws {
        // Objects of one shape, then of another shape with the keys elsewhere, then a dictionary:
        // a lookup that remembered where the first object held a key would read the wrong member.
        let field = TemplateShape(["name", "type"])
        let fields: TemplateValue = [
            shapedObject(field, ["id", "Int"]),
            shapedObject(field, ["email", "String"]),
            shapedObject(["extra": true, "type": "Bool", "name": "admin"]),
            ["type": "Date", "name": "born"],
            shapedObject(field, ["tags", "[String]"]),
        ]
        let template = "{% for f in fields %}{{ loop.index }}.{{ f.name }}: {{ f.type }}; {% endfor %}"
        #expect(
            try render(template, ["fields": fields])
                == "1.id: Int; 2.email: String; 3.admin: Bool; 4.born: Date; 5.tags: [String]; ")
    }

    @Test func shapedAndDictionaryObjectsAreEqualInTemplates() throws {
        let context: TemplateValue = [
            "shaped": shapedObject(["b": 2, "a": 1]), "dictionary": ["a": 1, "b": 2], "other": ["a": 1, "b": 3],
        ]
        let template = "{% if shaped == dictionary %}same{% endif %} {% if shaped != other %}differs{% endif %}"
        #expect(try render(template, context) == "same differs")
    }

    @Test(arguments: contexts) func unknownKeyNamesTheKeyAndSuggestsAnother(context: TemplateValue) {
        #expect(
            renderError("{{ model.nmae }}", context)
                == "main.tmpl:1:10: error: unknown key 'nmae' in 'model' (did you mean 'name'?)")
        #expect(
            renderError("{{ model.owner.nmae }}", context)
                == "main.tmpl:1:16: error: unknown key 'nmae' in 'model.owner' (did you mean 'name'?)")
        #expect(
            renderError(#"{{ model["nmae"] }}"#, context)
                == "main.tmpl:1:10: error: unknown key 'nmae' in 'model' (did you mean 'name'?)")
        #expect(renderError("{{ model.zzz }}", context) == "main.tmpl:1:10: error: unknown key 'zzz' in 'model'")
    }

    /// Root variables of a shaped root: found, shadowed by `set`, and an unknown one suggested
    /// from them.
    @Test(arguments: contexts) func rootVariables(context: TemplateValue) throws {
        #expect(try render("{{ key }}{% set key = 1 %}{{ key }}", context) == "owner1")
        #expect(renderError("{{ kye }}", context) == "main.tmpl:1:4: error: unknown variable 'kye' (did you mean 'key'?)")
    }

    /// A path through shaped objects is read where it is stored instead of copied: it must test,
    /// compare and print as a copy does, and fall back to the general lookup (and its errors)
    /// where a step is not a shaped member.
    @Test func pathsReadInPlaceAgreeWithCopies() throws {
        let shaped = shapedObject([
            "flag": true, "count": 0, "text": "", "name": "A", "child": shapedObject(["name": "B"]),
            "plain": ["name": "C"],
        ])
        let plain: TemplateValue = [
            "flag": true, "count": 0, "text": "", "name": "A", "child": ["name": "B"], "plain": ["name": "C"],
        ]
        let template = """
            {{ item.flag }} {{ item.count }} {% if item.count %}x{% else %}zero{% endif %} \
            {% if item.text %}x{% else %}blank{% endif %} {% if item.name == "A" %}{{ item.name }}{% endif %} \
            {{ item.child.name }} {{ item.plain.name }} {% if not item.child.name %}x{% endif %}
            """
        for item in [shaped, plain] {
            for root in [shapedObject(["item": item]), ["item": item] as TemplateValue] {
                #expect(try render(template, root) == "true 0 zero blank A B C ")
                // Inside a loop, the loop variable is the root of the path.
                #expect(try render("{% for i in items %}{{ i.child.name }}{% endfor %}", ["items": [item, item]]) == "BB")
                #expect(renderError("{{ item.child }}", root) == "main.tmpl:1:4: error: cannot output object value 'item.child'")
                // A binding that is not an object shadows the object of the same name.
                #expect(
                    renderError(#"{% set item = "s" %}{{ item.name }}"#, root)
                        == "main.tmpl:1:29: error: cannot access key 'name' on 'item', which is a string")
            }
        }
    }

    /// A loop binds each element where the list holds it: nested loops over the same list see
    /// their own elements, `set` replaces the loop variable for the rest of its iteration only,
    /// and the variable is gone after the loop.
    @Test func loopElementsAreReadWhereTheListHoldsThem() throws {
        for items: TemplateValue in [
            [shapedObject(["n": 1]), shapedObject(["n": 2])], [["n": 1], ["n": 2]],
        ] {
            let template = "{% for a in items %}{% for b in items %}{{ a.n }}{{ b.n }} {% endfor %}{% set a = 9 %}{{ a }}|{% endfor %}"
            #expect(try render(template, ["items": items]) == "11 12 9|21 22 9|")
            #expect(try render("{% for a in items %}{% if a.n == 2 %}{{ loop.index }}{% endif %}{% endfor %}", ["items": items]) == "2")
            #expect(
                renderError("{% for a in items %}{{ a.n }}{% endfor %}{{ a.n }}", ["items": items])
                    .hasSuffix("error: unknown variable 'a'"))
        }
    }

    @Test func suggestionDoesNotDependOnTheShapesOrder() {
        // 'cot' and 'bat' are both one edit from 'cat'; the one that sorts first wins, in any order.
        for keys in [["cot", "bat"], ["bat", "cot"]] {
            let context: TemplateValue = ["x": shapedObject(TemplateShape(keys), [1, 2])]
            #expect(
                renderError("{{ x.cat }}", context)
                    == "main.tmpl:1:6: error: unknown key 'cat' in 'x' (did you mean 'bat'?)")
        }
    }
}
