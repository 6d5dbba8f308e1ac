import Testing
import YAMLLite

/// Parses a document that must have no errors and returns its root.
func parsedRoot(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLNode {
    let document = YAMLLite.parse(yaml)
    #expect(document.errors.map(\.description) == [], sourceLocation: sourceLocation)
    return try #require(document.root, sourceLocation: sourceLocation)
}

@Test func nodeLocationsPointAtWhereEachNodeStarts() throws {
    let root = try parsedRoot("""
        # header
        api:
          name: "Identity"
          tags: [a, {b: c}]
          text: |
            hello
          empty:
          list:
            - x
            - k: v
        """)
    #expect(root.location.description == "2:1")
    let api = try #require(root.mapping?.first)
    #expect(api.keyLocation.description == "2:1")
    #expect(api.value.location.description == "3:3")
    let entries = try #require(api.value.mapping)
    #expect(entries.map(\.key.text) == ["name", "tags", "text", "empty", "list"])
    #expect(entries.map(\.value.location.description) == ["3:9", "4:9", "5:9", "7:9", "9:5"])
    let tags = try #require(entries[1].value.sequence)
    #expect(tags.map(\.location.description) == ["4:10", "4:13"])
    #expect(tags[1].mapping?.first?.keyLocation.description == "4:14")
    let list = try #require(entries[4].value.sequence)
    #expect(list.map(\.location.description) == ["9:7", "10:7"])
    #expect(list[1].mapping?.first?.value.location.description == "10:10")
}

@Test func emptyValuesAreNullsJustAfterTheirIndicator() throws {
    let root = try parsedRoot("a:\nb:   # note\n-  \n")
    let entries = try #require(root.mapping)
    #expect(entries[0].value.scalar == YAMLScalar(text: "", style: .plain))
    #expect(entries[0].value.location.description == "1:3")
    // `-  ` at the key's indentation is an indentless sequence under `b`, with one empty item.
    let item = try #require(entries[1].value.sequence?.first)
    #expect(item.scalar?.isNull == true)
    #expect(item.location.description == "3:2")
}

@Test func indentlessSequenceEndsAtTheNextKey() throws {
    let root = try parsedRoot("a:\n- 1\n- 2\nb: 3\n")
    #expect(root.jsonString(pretty: false) == #"{"a":[1,2],"b":3}"#)
    #expect(root.mapping?[0].value.location.description == "2:1")
}

@Test func scalarsKeepStyleAndText() throws {
    let root = try parsedRoot("""
        - plain text
        - 'it''s'
        - "tab\\there"
        - |
          literal
        - >-
          folded
          text
        - "300"
        """)
    let items = try #require(root.sequence)
    #expect(items.compactMap(\.scalar) == [
        YAMLScalar(text: "plain text", style: .plain),
        YAMLScalar(text: "it's", style: .singleQuoted),
        YAMLScalar(text: "tab\there", style: .doubleQuoted),
        YAMLScalar(text: "literal\n", style: .literal),
        YAMLScalar(text: "folded text", style: .folded),
        YAMLScalar(text: "300", style: .doubleQuoted),
    ])
    #expect(items[3].location.description == "4:3")
}

@Test func accessorsReturnOnlyTheirKind() throws {
    let root = try parsedRoot("a: [1]\n")
    #expect(root.scalar == nil)
    #expect(root.sequence == nil)
    let value = try #require(root.mapping?.first?.value)
    #expect(value.mapping == nil)
    #expect(value.sequence?.first?.scalar?.coreValue == .int(1))
}

@Test(arguments: ["", "\n\n", "# only a comment\n", "  # indented comment\n\n", "\u{FEFF}", "---\n", "--- # start\n# end\n"])
func emptyDocumentHasNoRootAndNoErrors(_ yaml: String) {
    let document = YAMLLite.parse(yaml)
    #expect(document.root == nil)
    #expect(document.errors.isEmpty)
}

@Test func leadingDocumentMarkerMayCarryTheRoot() throws {
    #expect(try parsedRoot("--- |\n  text\n").scalar == YAMLScalar(text: "text\n", style: .literal))
    #expect(try parsedRoot("--- [a]\n").jsonString(pretty: false) == #"["a"]"#)
}

@Test func hashStartsACommentOnlyAfterABlank() throws {
    let root = try parsedRoot("a: x#y\nb: x #y\nc: [p#q, r] #s\n")
    #expect(root.jsonString(pretty: false) == #"{"a":"x#y","b":"x","c":["p#q","r"]}"#)
    // Inside a flow collection too, ` #` starts a comment, which leaves the collection open.
    #expect(YAMLLite.parse("c: [r #s]\n").errors.map(\.description) == ["1:4: error: unterminated flow sequence"])
}

@Test func colonsWithoutASpaceStayInPlainScalars() throws {
    let root = try parsedRoot("url: https://x/{id}:v2\nflow: {u: http://h:80/p, k:v}\n")
    #expect(root.jsonString(pretty: false) == #"{"url":"https://x/{id}:v2","flow":{"u":"http://h:80/p","k:v":null}}"#)
    #expect(try parsedRoot("key:value\n").scalar == YAMLScalar(text: "key:value", style: .plain))
}

@Test func tabsAfterIndicatorsSeparateAsInYAML12() throws {
    // PyYAML rejects these tabs, but YAML 1.2 allows them as separators; only indentation must be spaces.
    let root = try parsedRoot("a:\tvalue\nb: x\ty\n")
    #expect(root.jsonString(pretty: false) == #"{"a":"value","b":"x\ty"}"#)
    #expect(try parsedRoot("-\t1\n").jsonString(pretty: false) == "[1]")
}
