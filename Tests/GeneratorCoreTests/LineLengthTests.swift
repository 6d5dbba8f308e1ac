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

    /// A line measured piece by piece says what the joined line says, around the limit, for
    /// ASCII pieces and pieces whose characters take several bytes (or several scalars).
    @Test func aMeasuredLineAgreesWithTheJoinedOne() {
        let pieces = ["a", "abcdefghij", String(repeating: "x", count: 40), "é", "e\u{301}", "🇫🇷", "日本語", "  "]
        var state: UInt64 = 0x11E
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var sawLong = false
        var sawShort = false
        for _ in 0..<3000 {
            let chosen = (0..<(5 + next(30))).map { _ in pieces[next(pieces.count)] }
            var measure = LineMeasure()
            for piece in chosen { measure.add(piece) }
            measure.add(" {")
            let joined = chosen.joined() + " {"
            let expected = exceedsLineLength(joined)
            #expect(measure.exceedsMaximum(line: { joined }) == expected, "\(joined.debugDescription)")
            if expected { sawLong = true } else { sawShort = true }
        }
        #expect(sawLong && sawShort)
    }

    /// The eight-bytes-at-a-time ASCII check agrees with checking every byte, at every length
    /// around a word and with the non-ASCII byte at every position.
    @Test func asciiCheckAgreesWithCheckingEveryByte() {
        for length in 0...25 {
            let ascii = String(repeating: "a", count: length)
            #expect(ascii.isASCII, "\(length)")
            for position in 0...length {
                var characters = Array(ascii)
                characters.insert("é", at: position)
                let text = String(characters)
                #expect(!text.isASCII, "\(text)")
                #expect(text.isASCII == text.utf8.allSatisfy { $0 < 0x80 })
            }
        }
        #expect(!"日本語".isASCII)
        #expect("\u{7F}".isASCII)
    }
}
