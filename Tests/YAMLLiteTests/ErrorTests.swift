import Testing
import YAMLLite

/// A document outside the subset, or malformed, and the exact errors it must produce.
struct ErrorCase: Sendable, CustomStringConvertible {
    let yaml: String
    let errors: [String]

    var description: String { yaml.debugDescription }
}

/// Every unsupported construct and malformation, with its message and location pinned.
let errorCases: [ErrorCase] = [
    // Tabs
    ErrorCase(yaml: "a:\n  b: 1\n  c:\n    \td: 2\n", errors: ["4:5: error: tabs are not allowed in indentation"]),
    ErrorCase(yaml: "a:\n\tb: 1\n", errors: ["2:1: error: tabs are not allowed in indentation"]),
    ErrorCase(yaml: "a:\n\t- x\n", errors: ["2:1: error: tabs are not allowed in indentation"]),
    ErrorCase(
        yaml: "a: 1\n\tb: 2\n",
        errors: ["2:1: error: tabs are not allowed in indentation", "2:2: error: bad indentation of a mapping entry"]),
    // Properties and aliases
    ErrorCase(
        yaml: "a: &x 1\nb: *x\n",
        errors: ["1:4: error: anchors are not supported ('&x')", "2:4: error: aliases are not supported ('*x')"]),
    ErrorCase(
        yaml: "a: !!str 1\nb: !local x\n",
        errors: ["1:4: error: tags are not supported ('!!str')", "2:4: error: tags are not supported ('!local')"]),
    ErrorCase(yaml: "&a\nkey: 1\n", errors: ["1:1: error: anchors are not supported ('&a')"]),
    ErrorCase(yaml: "a: [&x 1, !t 2]\n", errors: [
        "1:5: error: anchors are not supported ('&x')", "1:11: error: tags are not supported ('!t')",
    ]),
    // Directives and document markers
    ErrorCase(yaml: "%YAML 1.2\n---\na: 1\n", errors: ["1:1: error: directives are not supported ('%YAML')"]),
    ErrorCase(
        yaml: "a: 1\n---\nb: 2\n",
        errors: ["2:1: error: document markers are not supported ('---' is allowed only at the start)"]),
    ErrorCase(
        yaml: "---\n---\na: 1\n",
        errors: ["2:1: error: document markers are not supported ('---' is allowed only at the start)"]),
    ErrorCase(yaml: "a: 1\n...\n", errors: ["2:1: error: document end markers are not supported ('...')"]),
    // Complex keys
    ErrorCase(yaml: "? a\n: b\n", errors: ["1:1: error: complex keys are not supported ('? ')"]),
    ErrorCase(yaml: "a: {? x}\n", errors: ["1:5: error: complex keys are not supported ('? ')"]),
    ErrorCase(yaml: "[a, b]: c\n", errors: ["1:1: error: complex keys are not supported (a flow collection as a key)"]),
    ErrorCase(yaml: "a: {[x]: 1}\n", errors: ["1:5: error: complex keys are not supported (a flow collection as a key)"]),
    ErrorCase(yaml: ": x\n", errors: ["1:1: error: missing key before ':'"]),
    // Flow collections
    ErrorCase(
        yaml: "a: [1, 2,\n  3]\n",
        errors: ["1:4: error: flow sequences cannot span lines; close it with ']' on the same line"]),
    ErrorCase(
        yaml: "a: {x: 1\nb: 2\n",
        errors: ["1:4: error: flow mappings cannot span lines; close it with '}' on the same line"]),
    ErrorCase(yaml: "a: [1, 2\n", errors: ["1:4: error: unterminated flow sequence"]),
    ErrorCase(yaml: "[[[[", errors: ["1:1: error: unterminated flow sequence"]),
    ErrorCase(yaml: "a: {b: [1, {c: \n", errors: ["1:4: error: unterminated flow mapping"]),
    ErrorCase(yaml: "a: [a, # comment\n", errors: ["1:4: error: unterminated flow sequence"]),
    ErrorCase(yaml: "a: [,]\n", errors: ["1:5: error: unexpected ',' in flow collection"]),
    ErrorCase(yaml: "a: [a b, c d] e\n", errors: ["1:15: error: unexpected text after flow sequence"]),
    ErrorCase(yaml: "a: [a, ]]\n", errors: ["1:9: error: unexpected text after flow sequence"]),
    ErrorCase(yaml: "a: {b: 1} x\n", errors: ["1:11: error: unexpected text after flow mapping"]),
    ErrorCase(yaml: "a: [\"x\" y]\n", errors: ["1:9: error: expected ',' or ']' in flow sequence"]),
    ErrorCase(yaml: "a: {\"x\": \"1\" \"y\"}\n", errors: ["1:14: error: expected ',' or '}' in flow mapping"]),
    ErrorCase(yaml: "a: [|]\n", errors: ["1:5: error: block scalars are not allowed inside flow collections"]),
    ErrorCase(yaml: "a: [- x]\n", errors: ["1:5: error: block sequence items are not allowed inside flow collections"]),
    ErrorCase(yaml: "a: [-]\n", errors: ["1:5: error: unexpected '-'; quote the value if it is text"]),
    // Multi-line scalars
    ErrorCase(
        yaml: "a: text\n  more text\n",
        errors: ["2:3: error: plain scalars cannot continue on the next line; use '|' or '>' for multi-line text"]),
    ErrorCase(
        yaml: "- a long\n  sentence\n",
        errors: ["2:3: error: plain scalars cannot continue on the next line; use '|' or '>' for multi-line text"]),
    ErrorCase(
        yaml: "a: \"quoted\n  continues\"\n",
        errors: [
            "1:4: error: double-quoted scalars cannot continue on the next line; use '|' or '>' for multi-line text"
        ]),
    ErrorCase(
        yaml: "key: \"a\\\n  b\"\n",
        errors: [
            "1:6: error: double-quoted scalars cannot continue on the next line; use '|' or '>' for multi-line text"
        ]),
    ErrorCase(
        yaml: "a: 'it''s\n  here'\n",
        errors: [
            "1:4: error: single-quoted scalars cannot continue on the next line; use '|' or '>' for multi-line text"
        ]),
    ErrorCase(yaml: "a: 'unterminated\nb: 1\n", errors: ["1:4: error: unterminated single-quoted scalar"]),
    ErrorCase(yaml: "a: \"unterminated\n", errors: ["1:4: error: unterminated double-quoted scalar"]),
    ErrorCase(yaml: "\"key: 1\n", errors: ["1:1: error: unterminated double-quoted scalar"]),
    // Duplicate keys
    ErrorCase(
        yaml: "email: a\nname: b\nemail: c\n", errors: ["3:1: error: duplicate key 'email' (first at 1:1)"]),
    ErrorCase(yaml: "a: {b: 1, b: 2}\n", errors: ["1:11: error: duplicate key 'b' (first at 1:5)"]),
    ErrorCase(yaml: "'a': 1\na: 2\n", errors: ["2:1: error: duplicate key 'a' (first at 1:1)"]),
    ErrorCase(yaml: "1: x\n01: y\n", errors: ["2:1: error: duplicate key '01' (first at 1:1)"]),
    ErrorCase(
        yaml: "- name: a\n  id: 1\n  name: b\n",
        errors: ["3:3: error: duplicate key 'name' (first at 1:3)"]),
    ErrorCase(
        yaml: "a: 1\na: 2\na: 3\n",
        errors: ["2:1: error: duplicate key 'a' (first at 1:1)", "3:1: error: duplicate key 'a' (first at 1:1)"]),
    // Indentation
    ErrorCase(yaml: "a:\n    b: 1\n  c: 2\n", errors: ["3:3: error: bad indentation of a mapping entry"]),
    ErrorCase(yaml: "a:\n  b: 1\n c: 2\n", errors: ["3:2: error: bad indentation of a mapping entry"]),
    ErrorCase(yaml: "a: b\nc: d\n  e: f\n", errors: ["3:3: error: bad indentation of a mapping entry"]),
    ErrorCase(yaml: "a:\n  - x\n   - y\n", errors: ["3:4: error: bad indentation of a sequence item"]),
    ErrorCase(yaml: "- x\n - y\n", errors: ["2:2: error: bad indentation of a sequence item"]),
    ErrorCase(yaml: "k: v\n  - item\n", errors: ["2:3: error: bad indentation of a sequence item"]),
    ErrorCase(yaml: "- a\n  b: 1\n", errors: ["2:3: error: bad indentation of a mapping entry"]),
    ErrorCase(yaml: "a: |\n  x\n b\n", errors: ["3:2: error: bad indentation"]),
    ErrorCase(yaml: "a: 'x'\n  'y'\n", errors: ["2:3: error: bad indentation"]),
    ErrorCase(yaml: "  a: 1\nb: 2\n", errors: ["2:1: error: bad indentation of a mapping entry"]),
    // Escapes
    ErrorCase(yaml: "a: \"bad \\q escape\"\n", errors: ["1:9: error: bad escape '\\q' in double-quoted scalar"]),
    ErrorCase(
        yaml: "a: \"\\x4\"\n",
        errors: ["1:5: error: bad escape '\\x4' in double-quoted scalar (expected 2 hexadecimal digits)"]),
    ErrorCase(
        yaml: "a: \"\\u12G4\"\n",
        errors: ["1:5: error: bad escape '\\u12' in double-quoted scalar (expected 4 hexadecimal digits)"]),
    ErrorCase(
        yaml: "a: \"\\uD800\"\n",
        errors: ["1:5: error: bad escape '\\uD800' in double-quoted scalar (not a Unicode scalar value)"]),
    ErrorCase(
        yaml: "a: \"\\U00110000\"\n",
        errors: ["1:5: error: bad escape '\\U00110000' in double-quoted scalar (not a Unicode scalar value)"]),
    ErrorCase(
        yaml: "a: \"\\' \\q\"\n",
        errors: [
            "1:5: error: bad escape '\\'' in double-quoted scalar", "1:8: error: bad escape '\\q' in double-quoted scalar",
        ]),
    // Mixing levels
    ErrorCase(yaml: "a: 1\nb\n", errors: ["2:1: error: a scalar and a mapping mixed at one level"]),
    ErrorCase(yaml: "a\nb: c\n", errors: ["2:1: error: a scalar and a mapping mixed at one level"]),
    ErrorCase(yaml: "a:\n  text\n  b: 1\n", errors: ["3:3: error: a scalar and a mapping mixed at one level"]),
    ErrorCase(yaml: "a:\n  text\n  - b\n", errors: ["3:3: error: a scalar and a sequence mixed at one level"]),
    ErrorCase(yaml: "a: 1\n|\n", errors: ["2:1: error: a scalar and a mapping mixed at one level"]),
    ErrorCase(yaml: "- a\nb: c\n", errors: ["2:1: error: a sequence and a mapping mixed at one level"]),
    ErrorCase(yaml: "- a\nb\n", errors: ["2:1: error: a sequence and a scalar mixed at one level"]),
    ErrorCase(yaml: "a: 1\n- b\n", errors: ["2:1: error: a sequence and a mapping mixed at one level"]),
    ErrorCase(yaml: "a:\n  - b\n  c: 1\n", errors: ["3:3: error: a sequence and a mapping mixed at one level"]),
    ErrorCase(yaml: "[a]\nb: c\n", errors: ["2:1: error: a flow collection and a mapping mixed at one level"]),
    ErrorCase(yaml: "a: 1\n[b]\n", errors: ["2:1: error: a flow collection and a mapping mixed at one level"]),
    // Collections on one line
    ErrorCase(yaml: "a: b: c\n", errors: ["1:4: error: a mapping cannot start on the same line as its key"]),
    ErrorCase(yaml: "a: - b\n", errors: ["1:4: error: a block sequence cannot start on the same line as its key"]),
    ErrorCase(yaml: "&x - a\n", errors: [
        "1:1: error: anchors are not supported ('&x')",
        "1:4: error: a block sequence cannot start on the same line as a property",
    ]),
    ErrorCase(yaml: "--- a: 1\n", errors: ["1:5: error: a mapping cannot start on the same line as '---'"]),
    ErrorCase(yaml: "--- - a\n", errors: ["1:5: error: a block sequence cannot start on the same line as '---'"]),
    // Text after a node
    ErrorCase(yaml: "a: \"x\" y\n", errors: ["1:8: error: unexpected text after double-quoted scalar"]),
    ErrorCase(yaml: "a: 'x'# no\n", errors: ["1:7: error: unexpected text after single-quoted scalar"]),
    ErrorCase(yaml: "\"a\" \"b\": c\n", errors: ["1:5: error: unexpected text after double-quoted scalar"]),
    // Block scalar headers
    ErrorCase(yaml: "a: |x\n  t\n", errors: ["1:5: error: unexpected text after block scalar indicator '|'"]),
    ErrorCase(yaml: "a: >-+\n  t\n", errors: ["1:6: error: unexpected text after block scalar indicator '>'"]),
    ErrorCase(yaml: "a: |#c\n  t\n", errors: ["1:5: error: unexpected text after block scalar indicator '|'"]),
    ErrorCase(
        yaml: "a: |0\n  t\n", errors: ["1:5: error: a block scalar's indentation indicator must be between 1 and 9"]),
    ErrorCase(
        yaml: "a: |\n    \n  x\n",
        errors: ["3:3: error: a leading empty line of a block scalar is indented more than its first line"]),
    // Reserved indicators
    ErrorCase(yaml: "a: @x\n", errors: ["1:4: error: '@' cannot start a plain scalar; quote the value"]),
    ErrorCase(yaml: "a: `x`\n", errors: ["1:4: error: '`' cannot start a plain scalar; quote the value"]),
    ErrorCase(yaml: "a: %x\n", errors: ["1:4: error: '%' cannot start a plain scalar; quote the value"]),
    ErrorCase(yaml: "a: ]x\n", errors: ["1:4: error: ']' cannot start a plain scalar; quote the value"]),
    // Characters
    ErrorCase(yaml: "a: x\u{1}y\n", errors: ["1:5: error: non-printable character U+0001 is not allowed"]),
    ErrorCase(yaml: "a: \"\u{7F}\"\n", errors: ["1:5: error: non-printable character U+007F is not allowed"]),
    // Nesting
    ErrorCase(
        yaml: String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
        errors: ["1:257: error: collections are nested too deeply (the limit is 256 levels)"]),
]

@Test(arguments: errorCases)
func errorIsReportedAtTheOffendingToken(_ errorCase: ErrorCase) {
    let document = YAMLLite.parse(errorCase.yaml)
    #expect(document.errors.map(\.description) == errorCase.errors)
}

@Test func recoverableErrorsAreAllReportedBeforeAFatalOne() {
    let yaml = """
        a: &x 1
        b: *x
        c: !!str 2
        a: 3
        d: "bad \\q"
        e: [1, 2
        f: "never checked \\q"
        """
    #expect(YAMLLite.parse(yaml).errors.map(\.description) == [
        "1:4: error: anchors are not supported ('&x')",
        "2:4: error: aliases are not supported ('*x')",
        "3:4: error: tags are not supported ('!!str')",
        "4:1: error: duplicate key 'a' (first at 1:1)",
        "5:9: error: bad escape '\\q' in double-quoted scalar",
        "6:4: error: flow sequences cannot span lines; close it with ']' on the same line",
    ])
}

@Test func duplicateKeysAreFoundInLargeMappings() {
    let keys = (1...40).map { "k\($0): \($0)\n" }.joined()
    let document = YAMLLite.parse(keys + "k3: x\nk40: y\nk41: z\n")
    #expect(document.errors.map(\.description) == [
        "41:1: error: duplicate key 'k3' (first at 3:1)",
        "42:1: error: duplicate key 'k40' (first at 40:1)",
    ])
    #expect(document.root?.mapping?.count == 41)
}

@Test func recoverableErrorsLeaveATree() throws {
    let document = YAMLLite.parse("a: &x 1\nb: *x\na: 2\nc:\n\td: 3\n")
    #expect(document.errors.map(\.description) == [
        "1:4: error: anchors are not supported ('&x')",
        "2:4: error: aliases are not supported ('*x')",
        "3:1: error: duplicate key 'a' (first at 1:1)",
        "5:1: error: tabs are not allowed in indentation",
    ])
    // The duplicate is dropped; the anchored value and the tab-indented mapping are kept.
    let root = try #require(document.root)
    #expect(root.jsonString(pretty: false) == #"{"a":1,"b":"*x","c":{"d":3}}"#)
}

@Test func propertiesAreSkippedWithoutShiftingIndentation() throws {
    let document = YAMLLite.parse("- &a key: 1\n  other: 2\n- !t\n  x: 1\nc: &y [1]\n")
    #expect(document.errors.map(\.description) == [
        "1:3: error: anchors are not supported ('&a')",
        "3:3: error: tags are not supported ('!t')",
        "5:1: error: a sequence and a mapping mixed at one level",
    ])
    let mapping = YAMLLite.parse("a: &x\n  b: 1\nc: !!seq [1]\n")
    #expect(mapping.errors.count == 2)
    #expect(try #require(mapping.root).jsonString(pretty: false) == #"{"a":{"b":1},"c":[1]}"#)
}

@Test func fatalErrorLeavesNoRoot() {
    let document = YAMLLite.parse("a: [1\nb: 2\n")
    #expect(document.root == nil)
    #expect(document.errors.count == 1)
}

@Test func directivesAreSkippedAndTheRestIsChecked() {
    let document = YAMLLite.parse("%YAML 1.2\n%TAG ! x\n---\na: 1\na: 2\n")
    #expect(document.errors.map(\.description) == [
        "1:1: error: directives are not supported ('%YAML')",
        "2:1: error: directives are not supported ('%TAG')",
        "5:1: error: duplicate key 'a' (first at 4:1)",
    ])
}

@Test func columnsCountUnicodeScalars() {
    let document = YAMLLite.parse("é: \"ü😀\\q\"\n")
    #expect(document.errors.map(\.description) == ["1:7: error: bad escape '\\q' in double-quoted scalar"])
}

@Test func crlfDoesNotShiftLocations() {
    let document = YAMLLite.parse("a: 1\r\nb:\r\n\tc: 2\r\na: 3\r\n")
    #expect(document.errors.map(\.description) == [
        "3:1: error: tabs are not allowed in indentation",
        "4:1: error: duplicate key 'a' (first at 1:1)",
    ])
}

@Test func bomDoesNotShiftColumns() {
    let document = YAMLLite.parse("\u{FEFF}a: \"\\q\"\n")
    #expect(document.errors.map(\.description) == ["1:5: error: bad escape '\\q' in double-quoted scalar"])
}

@Test func errorDescriptionHasCompilerForm() {
    let error = YAMLLiteError(message: "duplicate key 'email' (first at 40:7)", location: SourceLocation(line: 42, column: 7))
    #expect(error.description == "42:7: error: duplicate key 'email' (first at 40:7)")
}
