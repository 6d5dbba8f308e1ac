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
}
