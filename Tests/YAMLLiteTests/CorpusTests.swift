import Testing
import YAMLLite

/// Every corpus document parses without errors to the JSON a full YAML implementation reads.
@Test(arguments: corpusCases)
func corpusDocumentMatchesReference(_ corpusCase: CorpusCase) {
    let document = YAMLLite.parse(corpusCase.yaml)
    #expect(document.errors.map(\.description) == [])
    #expect((document.root?.jsonString() ?? "null") == corpusCase.json)
}

/// The compact form is the pretty one without blanks, so one expected text serves both.
@Test(arguments: corpusCases)
func compactJSONIsPrettyJSONWithoutLayout(_ corpusCase: CorpusCase) {
    guard let root = YAMLLite.parse(corpusCase.yaml).root else { return }
    #expect(root.jsonString(pretty: false) == compacted(root.jsonString()))
}

/// Removes the blanks and line breaks that pretty printing adds outside strings.
private func compacted(_ json: String) -> String {
    var output = ""
    var inString = false
    var escaped = false
    var afterColon = false
    for char in json {
        if inString {
            output.append(char)
            if escaped { escaped = false } else if char == "\\" { escaped = true } else if char == "\"" { inString = false }
            continue
        }
        if char == "\n" || (char == " " && !afterColon) { continue }
        if char == " " && afterColon { afterColon = false; continue }
        afterColon = char == ":"
        if char == "\"" { inString = true }
        output.append(char)
    }
    return output
}
