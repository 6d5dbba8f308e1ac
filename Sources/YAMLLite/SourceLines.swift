/// The source text as Unicode scalars, cut into lines once, up front.
///
/// Working on scalars makes a column a plain index difference, and recording where each
/// line starts while splitting means no line is ever found again by searching for it.
struct SourceLines {
    /// One physical line, without its line break.
    struct Line {
        /// Index of the line's first scalar.
        var start: Int
        /// Index just past the line's last scalar (its line break excluded).
        var end: Int
        /// Index of the first scalar that is neither a space nor a tab, or `end`.
        var firstContent: Int
        /// Index of the first tab among the leading whitespace, if any.
        var tabInIndentation: Int?
        /// Whether a line break follows the line (false only for a last line without one).
        var hasBreak: Bool

        /// The width of the leading whitespace; a tab counts as one column, like every scalar.
        var indent: Int { firstContent - start }
    }

    let chars: [Unicode.Scalar]
    let lines: [Line]
    /// For each line index, the index of the first line at or after it that holds something
    /// other than whitespace or a comment (`lines.count` if none), so that looking ahead past
    /// a run of blank lines costs nothing however often it happens.
    let nextContentLine: [Int]
    /// Characters YAML does not allow in a text (controls other than tab and line breaks,
    /// U+FFFE, U+FFFF), as (line index, scalar index), in order.
    let nonPrintable: [(line: Int, index: Int)]

    init(text: String) {
        // One decoding pass: `Array(text.unicodeScalars)` would decode twice, to count and to copy.
        var chars: [Unicode.Scalar] = []
        chars.reserveCapacity(text.utf8.count)
        var scalars = text.unicodeScalars.makeIterator()
        if let first = scalars.next(), first != "\u{FEFF}" { chars.append(first) }
        while let scalar = scalars.next() { chars.append(scalar) }
        var lines: [Line] = []
        var start = 0
        var index = 0
        var firstContent: Int?
        var tab: Int?
        var nonPrintable: [(line: Int, index: Int)] = []
        func finish(end: Int, hasBreak: Bool) {
            lines.append(Line(
                start: start, end: end, firstContent: firstContent ?? end,
                tabInIndentation: tab, hasBreak: hasBreak))
        }
        while index < chars.count {
            let char = chars[index]
            if char == "\n" || char == "\r" {
                finish(end: index, hasBreak: true)
                // CRLF is one break; a lone CR is a break too, as in YAML.
                index += (char == "\r" && index + 1 < chars.count && chars[index + 1] == "\n") ? 2 : 1
                start = index
                firstContent = nil
                tab = nil
                continue
            }
            if !char.isPrintable { nonPrintable.append((lines.count, index)) }
            if firstContent == nil {
                if char == "\t" {
                    if tab == nil { tab = index }
                } else if char != " " {
                    firstContent = index
                }
            }
            index += 1
        }
        if start < chars.count { finish(end: chars.count, hasBreak: false) }

        var next = [Int](repeating: lines.count, count: lines.count + 1)
        var line = lines.count - 1
        while line >= 0 {
            let current = lines[line]
            let blank = current.firstContent == current.end || chars[current.firstContent] == "#"
            next[line] = blank ? next[line + 1] : line
            line -= 1
        }
        self.chars = chars
        self.lines = lines
        self.nextContentLine = next
        self.nonPrintable = nonPrintable
    }

    /// The scalar at `index`, or nil past the end of the text.
    subscript(index: Int) -> Unicode.Scalar? {
        index < chars.count ? chars[index] : nil
    }

    /// The text of `chars[range]`.
    ///
    /// Encoding straight into the string's buffer is several times faster than appending
    /// scalars to a `String.UnicodeScalarView`, and most of the parser's time is spent here.
    func text(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var count = 0
            for index in range {
                let value = chars[index].value
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else if value < 0x800 {
                    buffer[count] = UInt8(0xC0 | value >> 6)
                    buffer[count + 1] = UInt8(0x80 | value & 0x3F)
                    count += 2
                } else if value < 0x1_0000 {
                    buffer[count] = UInt8(0xE0 | value >> 12)
                    buffer[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | value & 0x3F)
                    count += 3
                } else {
                    buffer[count] = UInt8(0xF0 | value >> 18)
                    buffer[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[count + 3] = UInt8(0x80 | value & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }
}

extension Unicode.Scalar {
    /// A space or a tab: whitespace that separates tokens inside a line.
    var isBlank: Bool { self == " " || self == "\t" }

    /// Whether YAML allows the character in a text (its `c-printable` set); line breaks are handled apart.
    var isPrintable: Bool {
        switch value {
        case 0x9, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// One of `,[]{}`, which end a plain scalar inside a flow collection.
    var isFlowIndicator: Bool {
        self == "," || self == "[" || self == "]" || self == "{" || self == "}"
    }
}
