import Testing
import TemplateEngine

/// Errors found while rendering, with their full `file:line:column: error: message` text.
@Suite struct RenderErrorTests {
    private let context: TemplateValue = [
        "model": ["name": "User", "title": "t", "owner": nil, "properties": [["name": "id"]]],
        "items": ["a", "b"],
        "count": 2,
    ]

    @Test(arguments: [
        ("{{ modle.name }}", "main.tmpl:1:4: error: unknown variable 'modle' (did you mean 'model'?)"),
        ("{{ unrelated }}", "main.tmpl:1:4: error: unknown variable 'unrelated'"),
        ("line\n  {{ model.nmae }}", "main.tmpl:2:12: error: unknown key 'nmae' in 'model' (did you mean 'name'?)"),
        ("{{ model.properties[0].nam }}", "main.tmpl:1:24: error: unknown key 'nam' in 'model.properties[0]' (did you mean 'name'?)"),
        ("{{ model.title.count }}", "main.tmpl:1:16: error: cannot access key 'count' on 'model.title', which is a string"),
        ("{{ model.owner.name }}", "main.tmpl:1:16: error: cannot access key 'name' on 'model.owner', which is null"),
        ("{{ (items | first).name }}", "main.tmpl:1:20: error: cannot access key 'name' on 'items | first', which is a string"),
        ("{{ model.owner }}", "main.tmpl:1:4: error: cannot output null value 'model.owner'"),
        ("{{ items }}", "main.tmpl:1:4: error: cannot output array value 'items'"),
        ("{{ model }}", "main.tmpl:1:4: error: cannot output object value 'model'"),
        ("{{ model.properties | first }}", "main.tmpl:1:4: error: cannot output object value 'model.properties | first'"),
        ("{{ model.properties[0] }}", "main.tmpl:1:4: error: cannot output object value 'model.properties[0]'"),
        ("{{ null }}", "main.tmpl:1:4: error: cannot output null value 'null'"),
        ("{{ [] }}", "main.tmpl:1:4: error: expected an expression, found '['"),
        ("{{ items[2] }}", "main.tmpl:1:10: error: index 2 is out of range for 'items', which has 2 elements"),
        ("{{ items[-1] }}", "main.tmpl:1:10: error: index -1 is out of range for 'items', which has 2 elements"),
        (#"{{ items["a"] }}"#, "main.tmpl:1:10: error: an array index must be an integer, not a string"),
        ("{{ model[0] }}", "main.tmpl:1:10: error: an object key must be a string, not an integer"),
        (#"{{ model["nmae"] }}"#, "main.tmpl:1:10: error: unknown key 'nmae' in 'model' (did you mean 'name'?)"),
        ("{{ count[0] }}", "main.tmpl:1:10: error: cannot index 'count', which is an integer"),
        ("{% for x in model %}{% endfor %}", "main.tmpl:1:13: error: cannot loop over 'model', which is an object, not an array"),
        ("{% for x in model.owner %}{% endfor %}", "main.tmpl:1:13: error: cannot loop over 'model.owner', which is null, not an array"),
        ("{{ loop.index }}", "main.tmpl:1:4: error: unknown variable 'loop'"),
        ("{% for x in items %}{{ loop.indx }}{% endfor %}", "main.tmpl:1:29: error: unknown key 'indx' in 'loop' (did you mean 'index'?)"),
        ("{% for item in items %}{{ iten }}{% endfor %}", "main.tmpl:1:27: error: unknown variable 'iten' (did you mean 'item'?)"),
        ("{% set total = count %}{{ totl }}", "main.tmpl:1:27: error: unknown variable 'totl' (did you mean 'total'?)"),
    ])
    func renderError(template: String, expected: String) {
        #expect(TemplateEngineTests.renderError(template, context) == expected)
    }

    /// A missing variable must never render as empty output, wherever it is used.
    @Test(arguments: [
        ("a{{ missing }}b", "main.tmpl:1:5"),
        ("{% if missing %}x{% endif %}", "main.tmpl:1:7"),
        ("{% if count == 2 and missing %}x{% endif %}", "main.tmpl:1:22"),
        ("{% if model.missing %}x{% endif %}", "main.tmpl:1:13"),
        ("{% if false %}{% elif missing %}x{% endif %}", "main.tmpl:1:23"),
        ("{% if not missing %}x{% endif %}", "main.tmpl:1:11"),
        ("{% for x in missing %}{% endfor %}", "main.tmpl:1:13"),
        ("{{ items | join(missing) }}", "main.tmpl:1:17"),
        ("{{ missing | default(\"x\") }}", "main.tmpl:1:4"),
        ("{{ items[missing] }}", "main.tmpl:1:10"),
        ("{% set x = missing %}", "main.tmpl:1:12"),
        (#"{% include "P.tmpl" with missing as x %}"#, "main.tmpl:1:26"),
        (#"{% include "P.tmpl" %}"#, "P.tmpl:1:4"),
    ])
    func missingVariablesAreErrorsEverywhere(template: String, location: String) {
        let description = TemplateEngineTests.renderError(template, context, partials: ["P.tmpl": "{{ missing }}"])
        #expect(description.hasPrefix(location + ": error: unknown "), "\(description)")
    }

    @Test func conditionsAreCheckedEvenWhenAnEarlierBranchIsTaken() {
        // Branches after the taken one are not evaluated; this is the one place a typo can hide,
        // the same as in any language with short-circuiting.
        #expect((try? render("{% if true %}a{% elif missing %}b{% endif %}")) == "a")
    }
}
