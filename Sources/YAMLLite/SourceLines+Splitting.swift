/// Cutting the text into lines: the one pass over every byte of a file.
extension SourceLines {
    /// The lines of `bytes`, and the characters YAML does not allow in a text.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Line], [NonPrintable]) {
        let count = bytes.count
        var lines: [Line] = []
        var nonPrintable: [NonPrintable] = []
        var start = 0
        while start < count {
            // The indentation: spaces and tabs.
            var index = start
            var tab: Int?
            while index < count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                if bytes[index] == UInt8(ascii: "\t"), tab == nil { tab = index }
                index += 1
            }
            let firstContent = index
            // The rest, up to the line break.
            var isASCII = true
            while index < count {
                let byte = bytes[index]
                // Printable ASCII, nearly every byte, is neither a break nor anything to report.
                if byte >= 0x20 && byte < 0x7F {
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if byte >= 0x80 {
                    isASCII = false
                    if let value = nonPrintableValue(bytes, at: index) {
                        nonPrintable.append(NonPrintable(line: lines.count, index: index, value: value))
                    }
                } else if (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F {
                    nonPrintable.append(NonPrintable(line: lines.count, index: index, value: UInt32(byte)))
                }
                index += 1
            }
            let hasBreak = index < count
            lines.append(
                Line(
                    start: start, end: index, firstContent: firstContent, tabInIndentation: tab, hasBreak: hasBreak,
                    isASCII: isASCII))
            // CRLF is one break; a lone CR is a break too, as in YAML.
            if hasBreak {
                let isCR = bytes[index] == UInt8(ascii: "\r")
                index += isCR && index + 1 < count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
            }
            start = index
        }
        return (lines, nonPrintable)
    }

    /// The value of the non-ASCII character starting at `index` if YAML does not allow it in a
    /// text (C1 controls other than NEL, U+FFFE, U+FFFF); nil if it does, or if `index` is not
    /// the first byte of a character.
    ///
    /// Every other scalar from U+0080 up is printable, and surrogates cannot occur in UTF-8.
    private static func nonPrintableValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 1 < bytes.count else { return nil }
        let second = bytes[index + 1]
        switch bytes[index] {
        case 0xC2 where second <= 0x9F && second != 0x85:
            // U+0080...U+009F: two bytes, 110_00010 10_xxxxxx.
            return 0x80 | UInt32(second & 0x3F)
        case 0xEF where second == 0xBF && index + 2 < bytes.count && bytes[index + 2] >= 0xBE:
            return 0xFF00 | 0xC0 | UInt32(bytes[index + 2] & 0x3F)
        default:
            return nil
        }
    }
}
