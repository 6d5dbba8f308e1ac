import Testing
import YAMLLite

/// A small deterministic generator (SplitMix64), so a failing input can be reproduced.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Parses `text` and checks what must hold for any input: errors in source order, and a
/// tree that can always be rendered.
private func parseChecked(_ text: String) {
    let document = YAMLLite.parse(text)
    let locations = document.errors.map(\.location)
    #expect(locations == locations.sorted(), "errors out of order for \(text.debugDescription)")
    #expect(document.errors.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
    _ = document.root?.jsonString()
    _ = document.root?.jsonString(pretty: false)
}

@Test func randomInputsNeverCrash() {
    var generator = SeededGenerator(state: 0x5EED)
    // Characters that matter to YAML, so random text reaches deep into the parser.
    let alphabet: [Character] = Array("-:#[]{},'\"|>&*!%@`?~. \t\n\r\\ab0xe1+\u{FEFF}é😀") + ["\r\n", "\u{1}"]
    for _ in 0..<3_000 {
        let length = Int.random(in: 0..<60, using: &generator)
        let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
        parseChecked(text)
    }
}

@Test func mutatedCorpusDocumentsNeverCrash() {
    var generator = SeededGenerator(state: 0xC0FFEE)
    let pieces = ["- ", ": ", "  ", "\t", "\n", "[", "]", "{", "}", "'", "\"", "|", ">-", "#", "\\", "&a ", "? ", "---\n"]
    for corpusCase in corpusCases {
        let scalars = Array(corpusCase.yaml.unicodeScalars)
        for _ in 0..<25 {
            var mutated = scalars
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0...mutated.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0 where index < mutated.count:
                    mutated.remove(at: index)
                case 1:
                    mutated.insert(contentsOf: pieces.randomElement(using: &generator)!.unicodeScalars, at: index)
                default:
                    if index < mutated.count { mutated[index] = "\u{20}" }
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: mutated)
            parseChecked(String(view))
        }
    }
}

@Test func nestingIsCappedWithAnErrorNotAStackOverflow() {
    let flows = String(repeating: "[", count: 100_000)
    #expect(YAMLLite.parse(flows).errors.map(\.description) == [
        "1:257: error: collections are nested too deeply (the limit is 256 levels)"
    ])
    let mappings = (0..<1_000).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
    #expect(YAMLLite.parse(mappings).errors.map(\.description) == [
        "257:257: error: collections are nested too deeply (the limit is 256 levels)"
    ])
    let sequences = String(repeating: "- ", count: 1_000) + "x\n"
    #expect(YAMLLite.parse(sequences).errors.map(\.description) == [
        "1:513: error: collections are nested too deeply (the limit is 256 levels)"
    ])
    let compact = (0..<400).map { String(repeating: " ", count: $0 * 2) + "- a:\n" }.joined()
    #expect(YAMLLite.parse(compact).errors.first?.message == "collections are nested too deeply (the limit is 256 levels)")
}

@Test func nestingUpToTheLimitIsAccepted() throws {
    let flows = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
    #expect(YAMLLite.parse(flows).errors.isEmpty)
    let mixed = (0..<128).map { String(repeating: " ", count: $0 * 2) + "- a:\n" }.joined()
    let document = YAMLLite.parse(mixed)
    #expect(document.errors.isEmpty)
    #expect(document.root?.sequence?.count == 1)
}

/// Inputs that would take quadratic time in a careless parser: each must parse to a checked
/// result. A quadratic parser takes minutes on them, which the time limit turns into a failure
/// instead of a hang; how fast the parser is belongs to the benchmark, not to this test.
@Test(.timeLimit(.minutes(1))) func pathologicalInputsParse() {
    let size = 200_000
    let inputs = [
        "a: [" + String(repeating: "x, ", count: size / 3) + "y]\n",
        String(repeating: "\n", count: size) + "a: 1\n",
        String(repeating: "# comment\n", count: size / 10),
        "a: " + String(repeating: "x#", count: size / 2) + "\n",
        "a: \"" + String(repeating: "\\q", count: size / 2) + "\"\n",
        String(repeating: "'", count: size),
        String(repeating: "k: v\n", count: size / 5),
        String(repeating: "- é\n", count: size / 4),
        "a: |\n" + String(repeating: "  text\n\n", count: size / 8),
    ]
    for input in inputs { parseChecked(input) }
}

@Test func aLargeSpecLikeDocumentParsesWithoutErrors() {
    func endpoint(_ number: Int) -> String {
        """
          lockUser\(number):
            group: Users
            summary: Lock user
            method: POST
            path: /resources/users/v1/{userId}/lock
            description: |
              Locks a user.

              The user can no longer log in.
            pathParameters:
              userId: { type: string, description: The user's ID }
            responses:
              200: {}                     # success with no body

        """
    }
    let text = "endpoints:\n" + (0..<2_000).map(endpoint).joined()
    let document = YAMLLite.parse(text)
    #expect(document.errors.isEmpty)
    #expect(document.root?.mapping?.first?.value.mapping?.count == 2_000)
}
