/// Single-line scalars (plain, single- and double-quoted) and node properties.
extension Parser {
    /// Reports and skips anchors (`&a`) and tags (`!x`) before a node, returning where the node starts.
    ///
    /// They are recoverable: the node itself is still read, so the rest of the file is checked.
    mutating func parseProperties(at position: Int) -> Int {
        var position = position
        while let end = propertyEnd(at: position) {
            let name = source.text(position..<end)
            let isAnchor = source.bytes[position] == UInt8(ascii: "&")
            error(
                isAnchor ? "anchors are not supported ('\(name)')" : "tags are not supported ('\(name)')", at: position)
            position = skipBlanks(end)
        }
        return position
    }

    /// Where the node starts after any properties at `position`, without reporting them.
    func skippingProperties(at position: Int) -> Int {
        var position = position
        while let end = propertyEnd(at: position) { position = skipBlanks(end) }
        return position
    }

    /// The end of the anchor or tag starting at `position`, if one does.
    private func propertyEnd(at position: Int) -> Int? {
        guard position < lineEnd, source.bytes[position] == UInt8(ascii: "&") || source.bytes[position] == UInt8(ascii: "!")
        else { return nil }
        let lineEnd = lineEnd
        var end = position + 1
        while end < lineEnd, !source.bytes[end].isBlank, !source.bytes[end].isFlowIndicator { end += 1 }
        return end
    }

    /// Scans the plain or quoted scalar starting at `position`.
    ///
    /// - Parameters:
    ///   - position: Where the scalar's first character (or opening quote) is.
    ///   - inFlow: Whether the scalar is inside a flow collection, where `,[]{}` end a plain scalar.
    /// - Returns: The scalar and the position just past it (past the closing quote, or the last
    ///   non-blank character of a plain scalar).
    /// - Throws: ``Stop`` after a structural error, recorded in ``errors``.
    mutating func scanScalar(at position: Int, inFlow: Bool) throws(Stop) -> (YAMLScalar, end: Int) {
        let char = source.bytes[position]
        switch char {
        case UInt8(ascii: "\""):
            return try scanDoubleQuoted(at: position)
        case UInt8(ascii: "'"):
            return try scanSingleQuoted(at: position)
        case UInt8(ascii: "*"):
            // Read on as plain text so that what follows the alias is still checked.
            error("aliases are not supported ('\(token(at: position))')", at: position)
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            let next = position + 1 < lineEnd ? source.bytes[position + 1] : UInt8(ascii: " ")
            if next.isBlank || (inFlow && next.isFlowIndicator) {
                try fail("unexpected '\(char.asciiText)'; quote the value if it is text", at: position)
            }
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            // Inside a flow collection these are structure, and reading on could not make progress.
            if inFlow { try fail("unexpected '\(char.asciiText)' in flow collection", at: position) }
            error("'\(char.asciiText)' cannot start a plain scalar; quote the value", at: position)
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            if inFlow { try fail("block scalars are not allowed inside flow collections", at: position) }
            error("'\(char.asciiText)' cannot start a plain scalar; quote the value", at: position)
        case UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "&"),
            UInt8(ascii: "!"):
            error("'\(char.asciiText)' cannot start a plain scalar; quote the value", at: position)
        default:
            break
        }
        let end = scanPlain(from: position, inFlow: inFlow)
        return (YAMLScalar(text: source.text(position..<end), style: .plain), end)
    }

    /// Finds where a plain scalar starting at `start` ends: before `: `, ` #`, the end of the
    /// line, or (in a flow collection) a flow indicator; trailing blanks are not part of it.
    ///
    /// The first character is always taken, so every call makes progress. No byte of a
    /// multi-byte character is blank or special, so the end falls on a character boundary.
    private func scanPlain(from start: Int, inFlow: Bool) -> Int {
        let lineEnd = lineEnd
        var end = start + 1
        var position = start + 1
        while position < lineEnd {
            let char = source.bytes[position]
            if char == UInt8(ascii: ":") {
                let next = position + 1 < lineEnd ? source.bytes[position + 1] : UInt8(ascii: " ")
                if next.isBlank || (inFlow && next.isFlowIndicator) { break }
            } else if char == UInt8(ascii: "#") {
                if source.bytes[position - 1].isBlank { break }
            } else if inFlow && char.isFlowIndicator {
                break
            }
            position += 1
            if !char.isBlank { end = position }
        }
        return end
    }

    private mutating func scanSingleQuoted(at start: Int) throws(Stop) -> (YAMLScalar, end: Int) {
        let lineEnd = lineEnd
        // The text is the source between the quotes, less one quote of each `''`: copied in runs.
        var text: [UInt8] = []
        var runStart = start + 1
        var position = start + 1
        while position < lineEnd {
            guard source.bytes[position] == UInt8(ascii: "'") else {
                position += 1
                continue
            }
            guard position + 1 < lineEnd, source.bytes[position + 1] == UInt8(ascii: "'") else {
                let value = text.isEmpty ? source.text(runStart..<position) : decoded(text, then: runStart..<position)
                return (YAMLScalar(text: value, style: .singleQuoted), position + 1)
            }
            text.append(contentsOf: source.bytes[runStart...position])
            position += 2
            runStart = position
        }
        try failUnterminatedQuote(at: start, style: .singleQuoted)
    }

    private mutating func scanDoubleQuoted(at start: Int) throws(Stop) -> (YAMLScalar, end: Int) {
        let lineEnd = lineEnd
        // The text is the source between the quotes with escapes resolved: copied in runs.
        var text: [UInt8] = []
        var runStart = start + 1
        var position = start + 1
        while position < lineEnd {
            let char = source.bytes[position]
            if char == UInt8(ascii: "\"") {
                let value = text.isEmpty ? source.text(runStart..<position) : decoded(text, then: runStart..<position)
                return (YAMLScalar(text: value, style: .doubleQuoted), position + 1)
            }
            guard char == UInt8(ascii: "\\") else {
                position += 1
                continue
            }
            // A backslash at the end of the line escapes the line break: a multi-line scalar.
            guard position + 1 < lineEnd else { break }
            text.append(contentsOf: source.bytes[runStart..<position])
            position = escape(at: position, into: &text)
            runStart = position
        }
        try failUnterminatedQuote(at: start, style: .doubleQuoted)
    }

    /// Appends what the escape whose backslash is at `position` stands for, reporting a bad one,
    /// and returns the position just past it.
    private mutating func escape(at position: Int, into text: inout [UInt8]) -> Int {
        let escape = source.bytes[position + 1]
        if let simple = Self.simpleEscape(escape) {
            UTF8.encode(simple) { text.append($0) }
            return position + 2
        }
        let digits: Int
        switch escape {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            // The escaped character may be a multi-byte one: name it, and skip all of it.
            let (scalar, length) = source.scalar(at: position + 1)
            error("bad escape '\\\(scalar)' in double-quoted scalar", at: position)
            return position + 1 + length
        }
        let lineEnd = lineEnd
        var value: UInt32 = 0
        var end = position + 2
        while end < position + 2 + digits, end < lineEnd, let digit = source.bytes[end].hexDigitValue {
            value = value << 4 | digit
            end += 1
        }
        let written = source.text(position..<end)
        if end < position + 2 + digits {
            error(
                "bad escape '\(written)' in double-quoted scalar (expected \(digits) hexadecimal digits)", at: position)
        } else if let scalar = Unicode.Scalar(value) {
            UTF8.encode(scalar) { text.append($0) }
        } else {
            error("bad escape '\(written)' in double-quoted scalar (not a Unicode scalar value)", at: position)
        }
        return end
    }

    /// `text` followed by the source's `range`, as a string.
    private func decoded(_ text: [UInt8], then range: Range<Int>) -> String {
        var text = text
        text.append(contentsOf: source.bytes[range])
        return String(decoding: text, as: UTF8.self)
    }

    /// What YAML 1.2's one-character escape `\c` stands for, for the ASCII character `c`.
    private static func simpleEscape(_ char: UInt8) -> Unicode.Scalar? {
        switch char {
        case UInt8(ascii: "0"): "\u{0}"
        case UInt8(ascii: "a"): "\u{7}"
        case UInt8(ascii: "b"): "\u{8}"
        case UInt8(ascii: "t"), UInt8(ascii: "\t"): "\t"
        case UInt8(ascii: "n"): "\n"
        case UInt8(ascii: "v"): "\u{B}"
        case UInt8(ascii: "f"): "\u{C}"
        case UInt8(ascii: "r"): "\r"
        case UInt8(ascii: "e"): "\u{1B}"
        case UInt8(ascii: " "): " "
        case UInt8(ascii: "\""): "\""
        case UInt8(ascii: "/"): "/"
        case UInt8(ascii: "\\"): "\\"
        case UInt8(ascii: "N"): "\u{85}"
        case UInt8(ascii: "_"): "\u{A0}"
        case UInt8(ascii: "L"): "\u{2028}"
        case UInt8(ascii: "P"): "\u{2029}"
        default: nil
        }
    }

    /// A quote that is not closed on its line: it either continues on a later line, which
    /// YAML-lite does not allow, or is never closed at all.
    private mutating func failUnterminatedQuote(at start: Int, style: ScalarStyle) throws(Stop) -> Never {
        let quote = source.bytes[start]
        let name = describe(style)
        var position = lineEnd
        // Skipping the byte after a backslash may land inside a multi-byte character; its
        // other bytes are never a quote or a backslash, so that changes nothing.
        while position < source.bytes.count {
            let char = source.bytes[position]
            if char == quote {
                try fail("\(name)s cannot continue on the next line; use '|' or '>' for multi-line text", at: start)
            }
            position += quote == UInt8(ascii: "\"") && char == UInt8(ascii: "\\") ? 2 : 1
        }
        try fail("unterminated \(name)", at: start)
    }
}
