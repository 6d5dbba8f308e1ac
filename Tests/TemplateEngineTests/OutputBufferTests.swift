import Testing

@testable import TemplateEngine

/// The renderer's output buffer grows by reallocating: what was written must survive every
/// growth, byte for byte, and read back the same however it was appended.
@Suite struct OutputBufferTests {
    @Test func keepsEveryByteAcrossGrowth() {
        let buffer = OutputBuffer(capacity: 16)
        var expected: [UInt8] = []
        // Pieces of every length up to past the starting capacity, and single bytes between.
        for length in 0..<40 {
            let piece = (0..<length).map { UInt8(ascii: "a") + UInt8(($0 + length) % 26) }
            piece.withUnsafeBufferPointer { buffer.append($0) }
            buffer.append(UInt8(ascii: "\n"))
            expected += piece + [UInt8(ascii: "\n")]
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.withBytes { Array($0) } == expected)
        #expect(buffer.text == String(decoding: expected, as: UTF8.self))
        #expect(buffer.withBytes { $0.last } == UInt8(ascii: "\n"))
        #expect(buffer[3] == expected[3])
        #expect(buffer.bytes(from: expected.count - 5) == Array(expected.suffix(5)))
    }

    @Test func emptiedBufferIsReusedFromTheStart() {
        let buffer = OutputBuffer(capacity: 16)
        Array("first text, longer than sixteen bytes".utf8).withUnsafeBufferPointer { buffer.append($0) }
        buffer.removeAll()
        #expect(buffer.count == 0 && buffer.withBytes { $0.last } == nil && buffer.text.isEmpty)
        Array("é ✓ 👍".utf8).withUnsafeBufferPointer { buffer.append($0) }
        #expect(buffer.text == "é ✓ 👍")
    }

    /// The text is made without checking the bytes again, but must still behave as any string:
    /// equal, hashed and ordered by its characters, ASCII or not, composed or not.
    @Test func textBehavesAsAnyStringOfItsCharacters() {
        for (written, expected) in [
            ("Models/UsersModels.swift", "Models/UsersModels.swift"), ("caf\u{E9}", "cafe\u{301}"),
            ("e\u{301}t\u{E9}", "\u{E9}te\u{301}"), ("", ""),
        ] {
            let buffer = OutputBuffer(capacity: 4)
            Array(written.utf8).withUnsafeBufferPointer { buffer.append($0) }
            let text = buffer.text
            #expect(text == expected)
            #expect(text.hashValue == expected.hashValue)
            #expect(Set([text, expected]).count == 1)
            #expect(!(text < expected) && !(expected < text))
            #expect(Array(text.utf8) == Array(written.utf8))
        }
    }
}
