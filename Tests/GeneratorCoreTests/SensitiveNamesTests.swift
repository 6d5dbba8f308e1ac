import Testing

@testable import GeneratorCore

/// Secrets must be found wherever the spec's naming style puts them, and ASCII names must be
/// judged as the rule reads on bytes.
@Suite struct SensitiveNamesTests {
    @Test(arguments: [
        ("password", true), ("userPassword", true), ("user_password", true), ("PASS_WORD", true),
        ("apiKey", true), ("api-key", true), ("private key", true), ("refreshToken", true),
        ("tokens", true), ("credentials", true), ("otc", true), ("user_otc", true), ("otcCode", false),
        ("pin", true), ("PIN", true), ("pinned", false), ("spin", false), ("email", false), ("", false),
        ("clé secret", true), ("pin_é", true), ("motDePasse", false),
    ])
    func findsSecretsByName(name: String, expected: Bool) {
        #expect(SensitiveNames.isSensitive(name) == expected)
    }

    /// The rule for ASCII names written plainly on bytes (the definition an earlier one-pass
    /// version was checked against): the lowercased letters and digits run together hold a
    /// part, or a run of letters and digits is a whole word.
    @Test func asciiNamesFollowTheByteDefinition() {
        func definition(_ name: String) -> Bool {
            let words = Array(name.lowercased().utf8).split { byte in
                !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39))
            }
            let runTogether = Array(words.joined())
            let contains = { (part: String) -> Bool in
                let part = Array(part.utf8)
                guard part.count <= runTogether.count else { return false }
                return (0...(runTogether.count - part.count)).contains { runTogether[$0..<($0 + part.count)].elementsEqual(part) }
            }
            return SensitiveNames.parts.contains(where: contains)
                || words.contains { SensitiveNames.wholeWords.contains(String(decoding: $0, as: UTF8.self)) }
        }
        // Pieces of secret words, whole words, separators, digits and case changes, put together
        // at random from a fixed seed.
        let pieces = [
            "pass", "word", "Word", "PASS", "secret", "tok", "en", "api", "Key", "private", "credential", "otc",
            "OTC", "pin", "Pin", "_", "-", " ", ".", "1", "x", "user", "code", "s",
        ]
        var random = SplitMix64(seed: 0x5EC2E7)
        for _ in 0..<5_000 {
            let count = 1 + random.below(5)
            let name = (0..<count).map { _ in pieces[random.below(pieces.count)] }.joined()
            #expect(SensitiveNames.isSensitive(name) == definition(name), "\(name)")
        }
    }
}
