import Testing

@testable import TemplateEngine

/// The lexers' shortcuts around Unicode's property tables and UTF-8 decoding.
@Suite struct ScalarClassTests {
    @Test func asciiShortcutsAgreeWithUnicodeProperties() {
        for value in UInt8(0)...UInt8(127) {
            let scalar = Unicode.Scalar(value)
            #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace, "\(value)")
            #expect(ScalarClass.isWhitespace(value) == scalar.properties.isWhitespace, "\(value)")
            #expect(ScalarClass.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "\(value)")
            #expect(ScalarClass.isLetter(value) == scalar.properties.isAlphabetic, "\(value)")
        }
    }

    @Test func scalarsAreDecodedWhereTheyStart() {
        let text = "aé€🙂\u{A0}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
        let source = TemplateSource(name: "t", text: text)
        var offset = 0
        var decoded: [Unicode.Scalar] = []
        while offset < source.bytes.count {
            let (scalar, length) = source.scalar(at: offset)
            #expect(length == String(scalar).utf8.count)
            decoded.append(scalar)
            offset += length
            #expect(source.scalarStart(before: offset) == offset - length)
        }
        #expect(decoded == Array(text.unicodeScalars))
    }
}
