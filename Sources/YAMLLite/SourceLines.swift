/// The source text as UTF-8 bytes, cut into lines once, up front.
///
/// Every character YAML-lite gives a meaning to is ASCII, and in UTF-8 no byte of a multi-byte
/// character is ASCII, so the parser can scan bytes and compare them with ASCII characters
/// without decoding anything: a non-ASCII character is simply some bytes that are not special.
/// Positions are byte indexes that always fall on character boundaries, so every slice decodes
/// back to exactly the characters of the source.
///
/// Columns count Unicode scalars (see ``SourceLocation``), not bytes. Nearly every line is
/// pure ASCII, where the two agree; for the others, ``column(of:inLine:)`` counts scalars.
struct SourceLines {
    /// One physical line, without its line break.
    struct Line {
        /// Index of the line's first byte.
        var start: Int
        /// Index just past the line's last byte (its line break excluded).
        var end: Int
        /// Index of the first byte that is neither a space nor a tab, or `end`.
        var firstContent: Int
        /// Index of the first tab among the leading whitespace, if any.
        var tabInIndentation: Int?
        /// Whether a line break follows the line (false only for a last line without one).
        var hasBreak: Bool
        /// Whether every byte of the line is ASCII, so that a byte offset is also a column.
        var isASCII: Bool

        /// The width of the leading whitespace; a tab counts as one column, like every scalar.
        var indent: Int { firstContent - start }
    }

    /// A character YAML does not allow in a text: where it is and what it is.
    struct NonPrintable {
        /// The index of its line.
        var line: Int
        /// The index of its first byte.
        var index: Int
        /// Its Unicode scalar value.
        var value: UInt32
    }

    /// The text's UTF-8, borrowed from the string being parsed for as long as the parse lasts.
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [Line]
    /// For each line index, the index of the first line at or after it that holds something
    /// other than whitespace or a comment (`lines.count` if none), so that looking ahead past
    /// a run of blank lines costs nothing however often it happens.
    let nextContentLine: [Int]
    /// Characters YAML does not allow in a text (controls other than tab and line breaks,
    /// U+FFFE, U+FFFF), in order.
    let nonPrintable: [NonPrintable]
    /// For each line that is not all ASCII, by line index: the column of each of its byte
    /// offsets, up to and including its end. Counting scalars from the line's start for every
    /// node would take quadratic time on a long line of flow items.
    private let nonASCIIColumns: [Int: [Int32]]

    /// `text` must stay valid and unchanged while this is used: `YAMLLite.parse` parses inside
    /// the string's own storage rather than in a copy of megabytes of specs.
    init(utf8 text: UnsafeBufferPointer<UInt8>) {
        var bytes = text
        // A byte order mark is not part of the text: columns on the first line start after it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
        let (lines, nonPrintable) = Self.split(bytes)

        var next = [Int](repeating: lines.count, count: lines.count + 1)
        var line = lines.count - 1
        while line >= 0 {
            let current = lines[line]
            let blank = current.firstContent == current.end || bytes[current.firstContent] == UInt8(ascii: "#")
            next[line] = blank ? next[line + 1] : line
            line -= 1
        }
        var nonASCIIColumns: [Int: [Int32]] = [:]
        for (index, line) in lines.enumerated() where !line.isASCII {
            var columns: [Int32] = []
            var column: Int32 = 0
            for position in line.start..<line.end {
                columns.append(column)
                // Each scalar has exactly one byte that is not a continuation byte (10xxxxxx).
                if bytes[position] & 0xC0 != 0x80 { column += 1 }
            }
            columns.append(column)
            nonASCIIColumns[index] = columns
        }
        self.bytes = bytes
        self.lines = lines
        self.nextContentLine = next
        self.nonPrintable = nonPrintable
        self.nonASCIIColumns = nonASCIIColumns
    }

    /// The byte at `index`, or nil past the end of the text.
    subscript(index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// The 0-based column of byte `position` of line `line`: the number of Unicode scalars
    /// between the line's start and it.
    func column(of position: Int, inLine line: Int) -> Int {
        let current = lines[line]
        if current.isASCII || position <= current.start { return position - current.start }
        if position <= current.end, let columns = nonASCIIColumns[line] {
            return Int(columns[position - current.start])
        }
        // Past the line's end (never for a node): count the scalars.
        var column = 0
        var index = current.start
        let end = min(position, bytes.count)
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column + (position - end)
    }

    /// The text of `bytes[range]`, whose bounds are character boundaries.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The Unicode scalar starting at byte `index`, and how many bytes it takes.
    func scalar(at index: Int) -> (Unicode.Scalar, length: Int) {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            return (scalar, UTF8.width(scalar))
        }
        // Unreachable for text that came from a String, which is always valid UTF-8.
        return ("\u{FFFD}", 1)
    }
}

extension UInt8 {
    /// A space or a tab: whitespace that separates tokens inside a line.
    var isBlank: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }

    /// One of `,[]{}`, which end a plain scalar inside a flow collection.
    var isFlowIndicator: Bool {
        switch self {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): true
        default: false
        }
    }

    /// The value of an ASCII hexadecimal digit, or nil.
    var hexDigitValue: UInt32? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(self) - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(self) - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(self) - 55
        default: nil
        }
    }

    /// The byte as a one-character string, for messages that quote an ASCII indicator.
    var asciiText: String { String(Unicode.Scalar(self)) }
}
