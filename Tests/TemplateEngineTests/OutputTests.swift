import Testing
import TemplateEngine

@Suite struct OutputTests {
    @Test func textWithoutTagsIsCopied() throws {
        #expect(try render("plain { text } with } braces\n") == "plain { text } with } braces\n")
        #expect(try render("") == "")
    }

    @Test func outputsStringsIntegersAndBooleans() throws {
        let context: TemplateValue = ["name": "User", "count": 42, "negative": -3, "yes": true, "no": false]
        #expect(
            try render("{{ name }} {{ count }} {{ negative }} {{ yes }} {{ no }}", context)
                == "User 42 -3 true false")
    }

    @Test func outputsLiterals() throws {
        #expect(try render(#"{{ "a\"b\\c" }}|{{ 'it\'s' }}|{{ 42 }}|{{ true }}|{{ false }}"#) == #"a"b\c|it's|42|true|false"#)
        #expect(try render(#"{{ "tab\there\nnext" }}"#) == "tab\there\nnext")
        #expect(try render("{{ -7 }} {{ n == -1 }}", ["n": -1]) == "-7 true")
    }

    @Test func followsDottedPaths() throws {
        let context: TemplateValue = ["endpoint": ["body": ["type": ["swiftName": "CreateUser"]]]]
        #expect(try render("{{ endpoint.body.type.swiftName }}", context) == "CreateUser")
    }

    @Test func indexesArraysAndObjects() throws {
        let context: TemplateValue = [
            "items": [["name": "a"], ["name": "b"]],
            "headers": ["Content-Type": "application/json"],
            "i": 1,
            "key": "Content-Type",
        ]
        #expect(try render("{{ items[0].name }} {{ items[i].name }}", context) == "a b")
        #expect(try render(#"{{ headers["Content-Type"] }} {{ headers[key] }}"#, context) == "application/json application/json")
    }

    @Test func commentsProduceNothing() throws {
        #expect(try render("a{# note #}b") == "ab")
        #expect(try render("a{# a comment {{ with }} {% tags %}\nover lines #}b") == "ab")
    }

    @Test func literalDelimitersCanBeOutputAsStrings() throws {
        #expect(try render(#"{{ "{{" }} x {{ "}}" }} {{ "{%" }}"#) == "{{ x }} {%")
        #expect(try render(#"{{ v | replace("}}", ")") }}"#, ["v": "a}}b"]) == "a)b")
    }

    @Test func windowsLineEndingsBecomeNewlines() throws {
        let template = "a\r\n{% if true %}\r\n  b {{ x }}\r\n{% endif %}\r\nc\r\n"
        #expect(try render(template, ["x": 1]) == "a\n  b 1\nc\n")
    }

    @Test func loneCarriageReturnIsKept() throws {
        #expect(try render("a\rb") == "a\rb")
    }

    @Test func unicodeTextAndValues() throws {
        #expect(try render("héllo {{ name }} 🙂", ["name": "wörld"]) == "héllo wörld 🙂")
    }

    @Test func tagsMaySpanLines() throws {
        #expect(try render("{{\n  name\n  | upper\n}}", ["name": "x"]) == "X")
    }
}
