import Testing

@testable import GeneratorCore

/// Declarations wrap when their one-line form is longer than the line limit in characters,
/// however many bytes the characters take.
@Suite struct LineLengthTests {
    @Test(arguments: [
        (String(repeating: "a", count: 120), false), (String(repeating: "a", count: 121), true),
        (String(repeating: "é", count: 120), false), (String(repeating: "é", count: 121), true),
        (String(repeating: "🇫🇷", count: 120), false), (String(repeating: "🇫🇷", count: 121), true),
        ("", false), (String(repeating: "a", count: 119) + "é", false),
    ])
    func longerThanTheLimitInCharacters(line: String, expected: Bool) {
        #expect(maximumLineLength == 120)
        #expect(exceedsLineLength(line) == expected)
    }
}
