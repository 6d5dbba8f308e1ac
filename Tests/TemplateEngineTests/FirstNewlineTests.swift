import Testing

@testable import TemplateEngine

/// The newline search that output indentation relies on.
@Suite struct FirstNewlineTests {
    func first(_ text: String, from start: Int) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { Renderer.firstNewline(in: $0, from: start) }
    }

    @Test func findsTheFirstNewlineAtOrAfterTheStart() {
        #expect(first("ab\ncd\n", from: 0) == 2)
        #expect(first("ab\ncd\n", from: 2) == 2)
        #expect(first("ab\ncd\n", from: 3) == 5)
        #expect(first("\n", from: 0) == 0)
        #expect(first("é\nü", from: 0) == 2)
    }

    @Test func findsNothingWithoutANewlineOrPastTheEnd() {
        #expect(first("", from: 0) == nil)
        #expect(first("abc", from: 0) == nil)
        #expect(first("ab\n", from: 3) == nil)
        #expect(first("ab\n", from: 7) == nil)
        #expect(first(String(repeating: "x", count: 10_000) + "\n", from: 0) == 10_000)
    }
}
