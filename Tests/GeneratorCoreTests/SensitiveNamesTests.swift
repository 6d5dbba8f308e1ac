import Testing

@testable import GeneratorCore

/// The one-pass check for ASCII names must agree with the check by words, which handles any
/// name; both must find secrets wherever the spec's naming style puts them.
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
        #expect(SensitiveNames.byWords(name) == expected)
    }

    @Test func asciiPassAgreesWithWordsOnRandomNames() {
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
            #expect(SensitiveNames.asciiVerdict(name) == SensitiveNames.byWords(name), "\(name)")
        }
        #expect(SensitiveNames.asciiVerdict("clé") == nil)
    }
}
