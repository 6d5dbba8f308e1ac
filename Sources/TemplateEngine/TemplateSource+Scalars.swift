extension TemplateSource {
    /// The scalar that starts at `offset`, and how many bytes it takes.
    ///
    /// The bytes come from a `String`, so they are valid UTF-8 and `offset` is a scalar's first byte.
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[offset])
        guard lead >= 0x80 else { return (Unicode.Scalar(UInt8(lead)), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        // The lead byte keeps 7 - length bits of the value; each continuation byte adds 6 more.
        var value = lead & (0x7F >> UInt32(length))
        for continuation in bytes[(offset + 1)..<(offset + length)] {
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The offset of the first byte of the scalar that ends just before `offset`.
    func scalarStart(before offset: Int) -> Int {
        var start = offset - 1
        // Continuation bytes look like 0b10xxxxxx; the scalar starts at the first byte that does not.
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}

/// The character classes of the syntax, answered for ASCII without the Unicode property tables,
/// which are slow to query and which nearly every character of a template would otherwise need.
enum ScalarClass {
    /// Unicode's White_Space: the ASCII ones are tab, line feed, vertical tab, form feed, carriage
    /// return and space.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return isWhitespace(UInt8(scalar.value))
    }

    /// Unicode's Alphabetic: the ASCII ones are the letters.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        return isLetter(UInt8(scalar.value))
    }

    /// Whether an ASCII byte is White_Space.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (UInt8(ascii: "\t")...UInt8(ascii: "\r")).contains(byte)
    }

    /// Whether an ASCII byte is a letter, the only Alphabetic ASCII characters.
    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Whether an ASCII byte is a decimal digit.
    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
