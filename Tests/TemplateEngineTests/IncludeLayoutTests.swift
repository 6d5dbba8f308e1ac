import TemplateEngine
import Testing

/// Includes render into buffers of their own, which the renderer reuses: these check that what one
/// include wrote never shows up in another, and how indentation composes across those buffers.
@Suite struct IncludeLayoutTests {
    @Test func reusedIncludeBuffersStartEmpty() throws {
        let partials = ["P.tmpl": "{% if long %}a long line\nand more{% else %}x{% endif %}"]
        let template = "{% for long in flags %}\n  {% include \"P.tmpl\" %}\n{% endfor %}"
        #expect(
            try render(template, ["flags": [true, false, true, false]], partials: partials)
                == "  a long line\n  and more\n  x\n  a long line\n  and more\n  x\n")
    }

    @Test func indentationAtTheStartOfAPartialComesFromThePartial() throws {
        // In the partial, `{{ x }}` follows only spaces, counted from the partial's own start.
        let partials = ["P.tmpl": "  {{ x }}!"]
        let context: TemplateValue = ["x": "a\nb"]
        #expect(
            try render("{\n    {% include \"P.tmpl\" %}\n}", context, partials: partials) == "{\n      a\n      b!\n}")
        #expect(try render("text {% include \"P.tmpl\" %}", context, partials: partials) == "text   a\n  b!")
    }

    @Test func nestedIncludesInLoopsComposeIndentation() throws {
        let partials = [
            "Outer.tmpl": "outer {{ n }}\n{% for m in ms %}\n\t{% include \"Inner.tmpl\" %}\n{% endfor %}",
            "Inner.tmpl": "inner {{ n }}.{{ m }}\n\n{{ text }}",
        ]
        let template = "{% for n in ns %}\n  {% include \"Outer.tmpl\" %}\n{% endfor %}\nend\n"
        let context: TemplateValue = ["ns": [1, 2], "ms": ["a"], "text": "t1\n t2"]
        #expect(
            try render(template, context, partials: partials) == """
                  outer 1
                  \tinner 1.a

                  \tt1
                  \t t2
                  outer 2
                  \tinner 2.a

                  \tt1
                  \t t2
                end

                """)
    }
}
