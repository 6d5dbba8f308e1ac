import Testing
import YAMLLite

/// Keys compare as their JSON keys: these pin which keys are one key, including the shortcuts
/// the parser takes for words and decimal integers that need no typing.
@Test(arguments: [
    ("200: a\n'200': b\n", ["2:1: error: duplicate key '200' (first at 1:1)"]),
    ("true: a\nTrue: b\n", ["2:1: error: duplicate key 'True' (first at 1:1)"]),
    ("null: a\n~: b\n", ["2:1: error: duplicate key '~' (first at 1:1)"]),
    ("type: a\ntrue: b\nname: c\nnull: d\n", []),
    ("1_000: a\n'1_000': b\n", ["2:1: error: duplicate key '1_000' (first at 1:1)"]),
    ("0x1F: a\n31: b\n", ["2:1: error: duplicate key '31' (first at 1:1)"]),
    (
        "123456789012345678: a\n'123456789012345678': b\n",
        ["2:1: error: duplicate key '123456789012345678' (first at 1:1)"]
    ),
    (
        "1234567890123456789: a\n'1234567890123456789': b\n",
        ["2:1: error: duplicate key '1234567890123456789' (first at 1:1)"]
    ),
    // Too large for Int: a float, whose JSON key is not the text.
    ("99999999999999999999: a\n'99999999999999999999': b\n", []),
    ("nulL: a\nnull: b\n'null': c\n", ["3:1: error: duplicate key 'null' (first at 2:1)"]),
    ("fals: a\nfalse: b\n'false': c\n", ["3:1: error: duplicate key 'false' (first at 2:1)"]),
    ("-1: a\n'-1': b\n", ["2:1: error: duplicate key '-1' (first at 1:1)"]),
    ("0: a\n'0': b\n", ["2:1: error: duplicate key '0' (first at 1:1)"]),
])
func keysCompareAsTheirJSONKeys(yaml: String, errors: [String]) {
    #expect(YAMLLite.parse(yaml).errors.map(\.description) == errors)
}

/// Keys used twice are reported, and the first use kept, even when a later error stops the parse.
@Test(arguments: [
    (
        "a: 1\nb: {x: 1, x: 2}\na: 2\nc: [1\n",
        [
            "2:11: error: duplicate key 'x' (first at 2:5)", "3:1: error: duplicate key 'a' (first at 1:1)",
            "4:4: error: unterminated flow sequence",
        ]
    ),
    (
        "a: 1\na: 2\nb:\n  c: 1\n  c: 2\n  d: 3\n   e: 4\n",
        [
            "2:1: error: duplicate key 'a' (first at 1:1)", "5:3: error: duplicate key 'c' (first at 4:3)",
            "7:4: error: bad indentation of a mapping entry",
        ]
    ),
    ("{a: 1, b: 2, a: 3, a: 4} x", [
        "1:14: error: duplicate key 'a' (first at 1:2)", "1:20: error: duplicate key 'a' (first at 1:2)",
        "1:26: error: unexpected text after flow mapping",
    ]),
])
func repeatedKeysAreReportedBeforeAStop(yaml: String, errors: [String]) {
    #expect(YAMLLite.parse(yaml).errors.map(\.description) == errors)
}

@Test func aRepeatedKeyIsDroppedAndTheFirstKept() {
    let root = YAMLLite.parse("b: 1\na: 2\nb: 3\nc: 4\na: 5\n").root
    #expect(root?.mapping?.map(\.key.text) == ["b", "a", "c"])
    #expect(root?.mapping?.map { $0.value.scalar?.text } == ["1", "2", "4"])
}
