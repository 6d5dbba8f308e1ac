import Testing
import YAMLLite

// The parser scans UTF-8 bytes but counts columns in Unicode scalars: these pin locations and
// texts on lines that hold 2-, 3- and 4-byte characters, where bytes and scalars differ.

@Test func locationsAfterMultiByteCharactersCountScalars() throws {
    let root = try parsedRoot("é: 1\nkey: ü x\n😀k: [a, é, {ß: 1}]\n")
    let entries = try #require(root.mapping)
    #expect(entries.map(\.key.text) == ["é", "key", "😀k"])
    #expect(entries.map(\.value.location.description) == ["1:4", "2:6", "3:5"])
    #expect(entries[1].value.scalar?.text == "ü x")
    let items = try #require(entries[2].value.sequence)
    #expect(items.map(\.location.description) == ["3:6", "3:9", "3:12"])
    #expect(items[2].mapping?.first?.keyLocation.description == "3:13")
    #expect(items[2].mapping?.first?.value.location.description == "3:16")
}

@Test func compactMappingAfterMultiByteItemKeepsItsIndentation() throws {
    let root = try parsedRoot("- ü: a\n  b: 1\n- é\n")
    #expect(root.jsonString(pretty: false) == #"[{"ü":"a","b":1},"é"]"#)
    #expect(root.sequence?[1].location.description == "3:3")
}

@Test func escapedMultiByteCharacterIsReportedWhole() {
    let accented = YAMLLite.parse("a: \"é\\ü\"\n")
    #expect(accented.errors.map(\.description) == ["1:6: error: bad escape '\\ü' in double-quoted scalar"])
    #expect(accented.root?.jsonString(pretty: false) == #"{"a":"é"}"#)
    let emoji = YAMLLite.parse("a: \"😀\\😀x\"\n")
    #expect(emoji.errors.map(\.description) == ["1:6: error: bad escape '\\😀' in double-quoted scalar"])
    #expect(emoji.root?.jsonString(pretty: false) == #"{"a":"😀x"}"#)
}

@Test func nonPrintableMultiByteCharactersAreLocatedInScalars() {
    let document = YAMLLite.parse("a: x\u{85}y\u{80}z\u{9F}\u{FFFE}\u{FFFF}\n")
    #expect(
        document.errors.map(\.description) == [
            "1:7: error: non-printable character U+0080 is not allowed",
            "1:9: error: non-printable character U+009F is not allowed",
            "1:10: error: non-printable character U+FFFE is not allowed",
            "1:11: error: non-printable character U+FFFF is not allowed",
        ])
}

@Test func quotedScalarsKeepMultiByteTextAndEscapes() throws {
    let root = try parsedRoot("'é''ü': \"a\\u00e9\\U0001F600\"\n")
    let entry = try #require(root.mapping?.first)
    #expect(entry.key == YAMLScalar(text: "é'ü", style: .singleQuoted))
    #expect(entry.value.scalar == YAMLScalar(text: "aé😀", style: .doubleQuoted))
    #expect(entry.value.location.description == "1:9")
}

@Test func blockScalarsKeepMultiByteText() throws {
    let root = try parsedRoot("a: |\n  é ü\n  😀\nb: >\n  x é\n  y\n")
    #expect(root.jsonString(pretty: false) == #"{"a":"é ü\n😀\n","b":"x é y\n"}"#)
}

@Test func errorsAfterMultiByteCharactersCountScalars() {
    let cases: [(String, [String])] = [
        ("é: *ü\n", ["1:4: error: aliases are not supported ('*ü')"]),
        ("é: &ä x\n", ["1:4: error: anchors are not supported ('&ä')"]),
        ("é: 'x\n", ["1:4: error: unterminated single-quoted scalar"]),
        ("ü: [é, x\n", ["1:4: error: unterminated flow sequence"]),
        ("é: 1\n ü: 2\n", ["2:2: error: bad indentation of a mapping entry"]),
        ("\tü: 1\n", ["1:1: error: tabs are not allowed in indentation"]),
        ("é: 1\r\nü: 2\r\né: 3\r\n", ["3:1: error: duplicate key 'é' (first at 1:1)"]),
        ("\u{FEFF}é: \"\\q\"\n", ["1:5: error: bad escape '\\q' in double-quoted scalar"]),
        ("a:\n  - é\n  -ü\n", ["3:3: error: a sequence and a scalar mixed at one level"]),
    ]
    for (yaml, errors) in cases {
        #expect(YAMLLite.parse(yaml).errors.map(\.description) == errors, "\(yaml.debugDescription)")
    }
}

@Test func flowMappingKeyWithoutValueAfterMultiByteKey() throws {
    let root = try parsedRoot("ü: {a: 1, é}\n")
    let flow = try #require(root.mapping?.first?.value.mapping)
    #expect(flow.map(\.keyLocation.description) == ["1:5", "1:11"])
    #expect(flow[1].value.location.description == "1:12")
}

@Test func locationsOnALongNonASCIIFlowLineCountScalars() throws {
    // Columns on a line that is not all ASCII come from a table made once per line.
    let items = (0..<2_000).map { "é\($0)" }
    let root = try parsedRoot("a: [" + items.joined(separator: ", ") + "]\n")
    let sequence = try #require(root.mapping?.first?.value.sequence)
    #expect(sequence.count == 2_000)
    var column = 5
    for (item, text) in zip(sequence, items) {
        #expect(item.location.description == "1:\(column)")
        column += text.unicodeScalars.count + 2
    }
}
