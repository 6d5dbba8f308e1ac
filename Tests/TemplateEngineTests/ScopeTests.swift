import TemplateEngine
import Testing

/// Which binding a name means when loops, includes and `set` bind the same names, and the errors
/// for dotted paths: the corners of how variables are looked up.
@Suite struct ScopeTests {
    /// Root variables are found by comparing keys when there are few and by hashing when there
    /// are many; either way every one is found, bindings shadow them, and a missing one is an error.
    @Test(arguments: [3, 16, 17, 40])
    func rootVariablesAreFoundHoweverManyThereAre(count: Int) throws {
        var context: [String: TemplateValue] = [:]
        for number in 0..<count { context["v\(number)"] = .int(number) }
        let names = (0..<count).map { "{{ v\($0) }}" }.joined(separator: ",")
        #expect(try render(names, .object(TemplateDictionary(context))) == (0..<count).map(String.init).joined(separator: ","))
        let shadowed = "{% for v0 in xs %}{{ v0 }}{% endfor %}{% set v1 = 9 %}{{ v1 }}{{ v0 }}"
        #expect(try render(shadowed, .object(TemplateDictionary(context.merging(["xs": ["a"]]) { $1 }))) == "a90")
        #expect(renderError("{{ w }}", .object(TemplateDictionary(context))).contains("unknown variable 'w'"))
    }

    @Test func aLoopVariableNamedLoopWins() throws {
        #expect(try render("{% for loop in xs %}{{ loop }}{% endfor %}", ["xs": [1, 2]]) == "12")
    }

    @Test func setShadowsTheLoopVariableForTheRestOfTheIteration() throws {
        let template = "{% for x in xs %}{{ x }}{% set x = 0 %}{{ x }},{% endfor %}"
        #expect(try render(template, ["xs": [1, 2]]) == "10,20,")
    }

    @Test func setShadowsLoopForTheRestOfTheIteration() throws {
        let template = "{% for x in xs %}{{ loop.index }}{% set loop = 9 %}{{ loop }}{% endfor %}"
        #expect(try render(template, ["xs": ["a", "b"]]) == "1929")
    }

    @Test func innerLoopsShadowOuterLoopsOnlyInside() throws {
        let template =
            "{% for x in xs %}{% for x in ys %}{{ x }}{{ loop.length }}{% endfor %}{{ x }}{{ loop.length }}{% endfor %}"
        #expect(try render(template, ["xs": [1, 2], "ys": ["a"]]) == "a112a122")
    }

    @Test func setInALoopDoesNotChangeTheOuterBinding() throws {
        let template = "{% set a = 1 %}{% for x in xs %}{{ a }}{% set a = 2 %}{{ a }}{% endfor %}{{ a }}"
        #expect(try render(template, ["xs": [0, 0]]) == "12121")
    }

    @Test func setInAPartialReplacesItsBinding() throws {
        let partials = ["P.tmpl": "{{ v }}{% set v = 2 %}{{ v }}"]
        let template = #"{% include "P.tmpl" with 1 as v %}{{ v }}"#
        #expect(try render(template, ["v": 0], partials: partials) == "120")
    }

    @Test func partialsSeeTheLoopsAroundTheirInclude() throws {
        let partials = ["P.tmpl": "{{ x }}{{ loop.index }}{% if loop.last %}.{% endif %}"]
        let template = #"{% for x in xs %}{% include "P.tmpl" %}{% endfor %}"#
        #expect(try render(template, ["xs": ["a", "b"]], partials: partials) == "a1b2.")
    }

    @Test func suggestionsComeFromEveryScope() {
        let partials = ["P.tmpl": "{% set local = 1 %}{{ outr }}"]
        let template = #"{% set top = 1 %}{% for outer in xs %}{% include "P.tmpl" with 1 as bound %}{% endfor %}"#
        #expect(
            renderError(template, ["xs": [1]], partials: partials)
                == "P.tmpl:1:23: error: unknown variable 'outr' (did you mean 'outer'?)")
        #expect(
            renderError("{% for x in xs %}{{ lop }}{% endfor %}", ["xs": [1]])
                == "main.tmpl:1:21: error: unknown variable 'lop' (did you mean 'loop'?)")
    }

    @Test func dottedPathsReportTheKeyThatFails() {
        let context: TemplateValue = ["a": ["b": 1, "c": ["d": "x"]]]
        #expect(
            renderError("{{ a.c.e }}", context) == "main.tmpl:1:8: error: unknown key 'e' in 'a.c' (did you mean 'd'?)")
        #expect(
            renderError("{{ a.b.c }}", context)
                == "main.tmpl:1:8: error: cannot access key 'c' on 'a.b', which is an integer")
        #expect(
            renderError("{{ a.x.d }}", context) == "main.tmpl:1:6: error: unknown key 'x' in 'a' (did you mean 'b'?)")
        #expect(
            renderError("{% for x in xs %}{{ loop.index.x }}{% endfor %}", ["xs": [1]])
                == "main.tmpl:1:32: error: cannot access key 'x' on 'loop.index', which is an integer")
    }

    @Test func parenthesesAroundPaths() throws {
        let context: TemplateValue = ["a": ["b": ["c": "x"]]]
        #expect(try render("{{ (a.b).c }}{{ (a).b.c }}", context) == "xx")
        #expect(try render("{% for x in xs %}{{ (loop).first }}{% endfor %}", ["xs": [1]]) == "true")
        // An unknown variable is reported where it is written, or at the parenthesis around it.
        #expect(renderError("{{ (q.b).c }}") == "main.tmpl:1:5: error: unknown variable 'q'")
        #expect(renderError("{{ (q).b }}") == "main.tmpl:1:4: error: unknown variable 'q'")
        #expect(
            renderError("{% for x in (a.b).c %}{% endfor %}", context)
                == "main.tmpl:1:13: error: cannot loop over 'a.b.c', which is a string, not an array")
    }

    @Test func pathsInConditions() throws {
        let context: TemplateValue = ["a": ["b": true, "c": nil, "d": ""]]
        #expect(try render("{% if a.b and not a.c %}y{% endif %}", context) == "y")
        #expect(try render("{% if a.c or a.d %}y{% else %}n{% endif %}", context) == "n")
        #expect(try render("{% if a.d == \"\" %}y{% endif %}", context) == "y")
    }
}
