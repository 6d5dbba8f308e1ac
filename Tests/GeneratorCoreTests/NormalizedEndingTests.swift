import Testing

@testable import GeneratorCore

/// Every generated file ends with exactly one newline, whatever its template left at the end.
@Suite struct NormalizedEndingTests {
    @Test(arguments: [
        ("a\n", "a\n"), ("a", "a\n"), ("a\n\n\n", "a\n"), ("", "\n"), ("\n", "\n"), ("\n\n", "\n"),
        ("a\r\n", "a\r\n"), ("é\n", "é\n"), ("é", "é\n"), ("a\n b", "a\n b\n"),
    ])
    func endsWithExactlyOneNewline(text: String, expected: String) {
        #expect(GeneratorPipeline.normalizedEnding(text) == expected)
    }
}
