import TemplateEngine
import Testing

/// Templates with non-ASCII text, identifiers and whitespace: the lexers read UTF-8 bytes and only
/// decode a scalar where the syntax needs one, so these pin that doing so changes nothing.
@Suite struct UnicodeSourceTests {
    @Test func nonASCIITextAroundTags() throws {
        let template = "é{{ x }}ü\n🙂{% if true %}ß{% endif %}∑\n{# ∂ #}ö"
        #expect(try render(template, ["x": "ñ"]) == "éñü\n🙂ß∑\nö")
    }

    @Test func trimMarkersRemoveUnicodeWhitespace() throws {
        // U+3000, U+00A0, U+2028 and U+0085 are all Unicode whitespace.
        #expect(try render("a\u{3000}\u{A0} {{- x -}} \u{2028}\u{85}b", ["x": "X"]) == "aXb")
        #expect(try render("é \u{2003}{{- x }}", ["x": "X"]) == "éX")
        #expect(try render("{{ x -}} \u{A0}ü", ["x": "X"]) == "Xü")
        #expect(try render("{{ x -}}\u{A0}\n\u{3000}", ["x": "X"]) == "X")
    }

    @Test func unicodeWhitespaceSeparatesTokens() throws {
        #expect(try render("{{\u{A0}x\u{3000}|\u{2003}upper\u{A0}}}", ["x": "a"]) == "A")
        #expect(try render("{%\u{A0}include \"P.tmpl\"\u{3000}%}", partials: ["P.tmpl": "p"]) == "p")
    }

    @Test func nonASCIIIdentifiers() throws {
        let context: TemplateValue = ["größe": 1, "straße": ["länge": 2], "é1": 3, "größen": [4]]
        #expect(try render("{{ größe }} {{ straße.länge }} {{ é1 }}", context) == "1 2 3")
        #expect(try render("{% for ü in größen %}{{ ü }}{% endfor %}{% set ñ = größe %}{{ ñ }}", context) == "41")
    }

    @Test func columnsAfterMultiByteCharacters() {
        #expect(renderError("{{ café | nope }}") == "main.tmpl:1:11: error: unknown filter 'nope'")
        #expect(
            renderError("ü {{ größe.x }}", ["größe": 1])
                == "main.tmpl:1:12: error: cannot access key 'x' on 'größe', which is an integer")
        #expect(renderError("éé\n  ü{{ nope }}") == "main.tmpl:2:7: error: unknown variable 'nope'")
        #expect(renderError("∑∑∑{{ x ü }}") == "main.tmpl:1:9: error: expected '}}', found 'ü'")
    }

    @Test func unexpectedNonASCIICharacters() {
        #expect(renderError("{{ x § }}") == "main.tmpl:1:6: error: unexpected character '§'")
        #expect(renderError("é{{ 🙂 }}") == "main.tmpl:1:5: error: unexpected character '🙂'")
    }

    @Test func stringLiteralsWithMultiByteScalars() throws {
        #expect(try render(#"{{ "héllo 🙂" }}"#) == "héllo 🙂")
        #expect(try render(#"{{ 'ü\'s\tß' }}"#) == "ü's\tß")
        #expect(
            renderError(#"{{ "a\é" }}"#) == #"main.tmpl:1:6: error: invalid escape sequence '\é' in string literal"#)
        // The closing delimiter inside the literal does not end the tag, even after an escaped `é`.
        #expect(
            renderError(#"{{ "\é}}" }}"#) == #"main.tmpl:1:5: error: invalid escape sequence '\é' in string literal"#)
        #expect(renderError("{{ \"🙂\n\" }}") == "main.tmpl:1:4: error: unterminated string literal")
    }

    @Test func windowsLineEndingsAroundUnicode() throws {
        #expect(try render("é\r\n  {{ x }}\r\nü\r\n", ["x": "a\nb"]) == "é\n  a\n  b\nü\n")
        #expect(renderError("é\r\nü\r\n  🙂{{ nope }}\r\n") == "main.tmpl:3:7: error: unknown variable 'nope'")
    }

    @Test func loneCarriageReturnsAreText() throws {
        #expect(try render("a\r{{ x }}\r", ["x": "X"]) == "a\rX\r")
        #expect(try render("\r\r\n") == "\r\n")
        #expect(try render("é\r") == "é\r")
    }
}
