import Testing
import TemplateEngine

@Suite struct TemplateValueTests {
    @Test func literalsBuildTheMatchingCases() {
        let value: TemplateValue = ["name": "User", "count": 3, "flag": true, "summary": nil, "tags": ["a", 1]]
        #expect(
            value
                == .object(
                    TemplateDictionary([
                        "name": .string("User"), "count": .int(3), "flag": .bool(true), "summary": .null,
                        "tags": .array([.string("a"), .int(1)]),
                    ])))
    }

    @Test func repeatedKeyInDictionaryLiteralKeepsTheLastValue() {
        let value: TemplateValue = ["a": 1, "a": 2]
        #expect(value == .object(TemplateDictionary(["a": .int(2)])))
    }

    @Test(arguments: [
        (TemplateValue.null, false), (false, false), (true, true), (0, false), (-1, true), (7, true),
        ("", false), (" ", true), ([], false), ([nil], true), ([:], false), (["a": nil], true),
    ] as [(TemplateValue, Bool)])
    func truthiness(value: TemplateValue, expected: Bool) {
        #expect(value.isTruthy == expected)
    }

    @Test func accessors() {
        let value: TemplateValue = ["s": "x", "i": 2, "b": false, "a": [1], "o": ["k": nil]]
        #expect(value["s"]?.stringValue == "x")
        #expect(value["i"]?.intValue == 2)
        #expect(value["b"]?.boolValue == false)
        #expect(value["a"]?.arrayValue == [1])
        #expect(value["o"]?.objectValue.map { TemplateValue.object($0) } == ["k": .null])
        #expect(value["missing"] == nil)
        #expect(TemplateValue.string("x")["s"] == nil)
        #expect(TemplateValue.int(1).stringValue == nil)
    }

    @Test func compactJSONSortsKeys() {
        let value: TemplateValue = ["b": 1, "a": ["x", nil, true, -5], "c": [:], "d": []]
        #expect(value.jsonString(pretty: false) == #"{"a":["x",null,true,-5],"b":1,"c":{},"d":[]}"#)
        #expect(value.description == #"{"a":["x",null,true,-5],"b":1,"c":{},"d":[]}"#)
    }

    @Test func prettyJSONUsesTwoSpaceIndentation() {
        let value: TemplateValue = ["b": 1, "a": ["x", nil], "c": [:], "d": [], "e": ["k": false]]
        #expect(
            value.jsonString() == #"""
                {
                  "a": [
                    "x",
                    null
                  ],
                  "b": 1,
                  "c": {},
                  "d": [],
                  "e": {
                    "k": false
                  }
                }
                """#)
    }

    @Test func scalarsAtTheTopLevel() {
        #expect(TemplateValue.null.jsonString() == "null")
        #expect(TemplateValue.int(-12).jsonString() == "-12")
        #expect(TemplateValue.bool(true).jsonString() == "true")
        #expect(TemplateValue.array([]).jsonString() == "[]")
        #expect(TemplateValue.object(TemplateDictionary([:])).jsonString() == "{}")
    }

    @Test func jsonEscapesStrings() {
        let value = TemplateValue.string("q\" b\\ n\n t\t r\r bs\u{08} ff\u{0C} c\u{01}\u{1F} é🙂 /")
        #expect(value.jsonString() == #""q\" b\\ n\n t\t r\r bs\b ff\f c\u0001\u001f é🙂 /""#)
    }

    @Test func jsonKeyOrderIsPlainLessThanNotLocale() {
        let value: TemplateValue = ["b": 1, "B": 2, "a": 3, "A10": 4, "A9": 5, "_x": 6, "\u{E9}": 7]
        #expect(value.jsonString(pretty: false) == #"{"A10":4,"A9":5,"B":2,"_x":6,"a":3,"b":1,"é":7}"#)
    }

    @Test func jsonIsTheSameForEqualObjectsBuiltInAnyOrder() {
        var first: [String: TemplateValue] = [:]
        var second: [String: TemplateValue] = [:]
        let keys = (0..<200).map { "key\($0)" }
        for key in keys { first[key] = .string(key) }
        for key in keys.reversed() { second[key] = .string(key) }
        #expect(TemplateValue.object(TemplateDictionary(first)).jsonString() == TemplateValue.object(TemplateDictionary(second)).jsonString())
    }
}
