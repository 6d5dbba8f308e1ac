import Testing
import TemplateEngine

@Suite struct ExpressionTests {
    private let context: TemplateValue = [
        "yes": true, "no": false, "zero": 0, "one": 1, "empty": "", "text": "a", "none": nil,
        "items": [1, 2], "noItems": [], "object": ["k": 1], "noObject": [:],
    ]

    @Test(arguments: [
        ("yes", "T"), ("no", "F"), ("zero", "F"), ("one", "T"), ("empty", "F"), ("text", "T"),
        ("none", "F"), ("items", "T"), ("noItems", "F"), ("object", "T"), ("noObject", "F"),
    ])
    func truthinessInConditions(name: String, expected: String) throws {
        #expect(try render("{% if \(name) %}T{% else %}F{% endif %}", context) == expected)
    }

    @Test func booleanOperatorsGiveBooleans() throws {
        #expect(try render("{{ yes and one }} {{ yes and zero }} {{ no or text }} {{ no or empty }}", context) == "true false true false")
        #expect(try render("{{ not yes }} {{ not none }} {{ not not text }}", context) == "false true true")
    }

    @Test func equality() throws {
        #expect(try render(#"{{ text == "a" }} {{ text != "a" }} {{ one == 1 }} {{ one == "1" }}"#, context) == "true false true false")
        #expect(try render("{{ none == null }} {{ items == items }} {{ object != noObject }}", context) == "true true true")
    }

    @Test func precedenceAndParentheses() throws {
        // `not` binds looser than `==`, `and` tighter than `or`.
        #expect(try render(#"{{ not text == "b" }}"#, context) == "true")
        #expect(try render("{{ yes or no and no }} {{ (yes or no) and no }}", context) == "true false")
        // Filters bind tighter than comparisons.
        #expect(try render("{{ items | count == 2 }}", context) == "true")
    }

    @Test func andShortCircuitsSoGuardedPathsAreSafe() throws {
        let context: TemplateValue = ["owner": nil]
        #expect(try render("{% if owner and owner.name %}x{% else %}none{% endif %}", context) == "none")
        #expect(try render("{% if not owner or owner.name %}ok{% endif %}", context) == "ok")
    }

    @Test func nullKeyIsFalsyInConditions() throws {
        let context: TemplateValue = ["model": ["summary": nil]]
        #expect(try render("{% if model.summary %}has{% else %}no{% endif %} summary", context) == "no summary")
    }

    @Test func keywordsCanBeKeys() throws {
        #expect(try render("{{ x.not }} {{ x.in }}", ["x": ["not": 1, "in": 2]]) == "1 2")
    }
}
