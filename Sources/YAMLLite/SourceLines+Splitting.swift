/// Cutting the text into lines: the one pass over every byte of a file.
extension SourceLines {
    /// The lines of `bytes`, and the characters YAML does not allow in a text.
    ///
    /// This is the only loop that reads every byte, so it reads them through a buffer pointer,
    /// without a bounds check per byte, and eight at a time where it can; the pointer does not
    /// outlive the call, and every read is tested against `bytes.count` first.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Line], [NonPrintable]) {
        let count = bytes.count
        var lines: [Line] = []
        // Spec lines average some 40 bytes: reserving for as many saves most regrowing.
        lines.reserveCapacity(count / 40 + 1)
        var nonPrintable: [NonPrintable] = []
        guard let base = bytes.baseAddress else { return (lines, nonPrintable) }
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
            // The rest, up to the line break. Printable ASCII, nearly every byte, needs one test.
            var isASCII = true
            while index < count {
                // Eight bytes at a time while all of them are printable ASCII.
                while index + 8 <= count,
                    isPrintableASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                }
                guard index < count else { break }
                let byte = bytes[index]
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
                } else if byte != UInt8(ascii: "\t") {
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

    /// Whether all eight bytes of `word` are printable ASCII, 0x20 to 0x7E.
    ///
    /// A byte below 0x20 sets its top bit when 0x20 is subtracted, 0x7F sets it when 1 is
    /// added, and a byte from 0x80 has it already. A borrow or carry between bytes only comes
    /// from such a byte, so it can only add to a result that is already true.
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let lowBytes: UInt64 = 0x2020_2020_2020_2020
        let ones: UInt64 = 0x0101_0101_0101_0101
        let topBits: UInt64 = 0x8080_8080_8080_8080
        return ((word &- lowBytes) | (word &+ ones) | word) & topBits == 0
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
