/// Single-line scalars (plain, single- and double-quoted) and node properties.
extension Parser {
    /// Reports and skips anchors (`&a`) and tags (`!x`) before a node, returning where the node starts.
    ///
    /// They are recoverable: the node itself is still read, so the rest of the file is checked.
    mutating func parseProperties(at position: Int) -> Int {
        var position = position
        while let end = propertyEnd(at: position) {
            let name = source.text(position..<end)
            let isAnchor = source.chars[position] == "&"
            error(isAnchor ? "anchors are not supported ('\(name)')" : "tags are not supported ('\(name)')", at: position)
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
        guard position < lineEnd, source.chars[position] == "&" || source.chars[position] == "!" else { return nil }
        var end = position + 1
        while end < lineEnd, !source.chars[end].isBlank, !source.chars[end].isFlowIndicator { end += 1 }
        return end
    }

    /// Scans the plain or quoted scalar starting at `position`.
    ///
    /// - Parameter inFlow: Whether the scalar is inside a flow collection, where `,[]{}` end a plain scalar.
    /// - Returns: The scalar and the position just past it (past the closing quote, or the last
    ///   non-blank character of a plain scalar).
    mutating func scanScalar(at position: Int, inFlow: Bool) throws(Stop) -> (YAMLScalar, end: Int) {
        let char = source.chars[position]
        switch char {
        case "\"":
            return try scanDoubleQuoted(at: position)
        case "'":
            return try scanSingleQuoted(at: position)
        case "*":
            // Read on as plain text so that what follows the alias is still checked.
            error("aliases are not supported ('\(token(at: position))')", at: position)
        case "-", "?", ":":
            let next = position + 1 < lineEnd ? source.chars[position + 1] : " "
            if next.isBlank || (inFlow && next.isFlowIndicator) {
                try fail("unexpected '\(char)'; quote the value if it is text", at: position)
            }
        case ",", "[", "]", "{", "}":
            // Inside a flow collection these are structure, and reading on could not make progress.
            if inFlow { try fail("unexpected '\(char)' in flow collection", at: position) }
            error("'\(char)' cannot start a plain scalar; quote the value", at: position)
        case "|", ">":
            if inFlow { try fail("block scalars are not allowed inside flow collections", at: position) }
            error("'\(char)' cannot start a plain scalar; quote the value", at: position)
        case "#", "%", "@", "`", "&", "!":
            error("'\(char)' cannot start a plain scalar; quote the value", at: position)
        default:
            break
        }
        let end = scanPlain(from: position, inFlow: inFlow)
        return (YAMLScalar(text: source.text(position..<end), style: .plain), end)
    }

    /// Finds where a plain scalar starting at `start` ends: before `: `, ` #`, the end of the
    /// line, or (in a flow collection) a flow indicator; trailing blanks are not part of it.
    ///
    /// The first character is always taken, so every call makes progress.
    private func scanPlain(from start: Int, inFlow: Bool) -> Int {
        var end = start + 1
        var position = start + 1
        while position < lineEnd {
            let char = source.chars[position]
            if char == ":" {
                let next = position + 1 < lineEnd ? source.chars[position + 1] : " "
                if next.isBlank || (inFlow && next.isFlowIndicator) { break }
            } else if char == "#" {
                if source.chars[position - 1].isBlank { break }
            } else if inFlow && char.isFlowIndicator {
                break
            }
            position += 1
            if !char.isBlank { end = position }
        }
        return end
    }

    private mutating func scanSingleQuoted(at start: Int) throws(Stop) -> (YAMLScalar, end: Int) {
        var text = String.UnicodeScalarView()
        var position = start + 1
        while position < lineEnd {
            let char = source.chars[position]
            position += 1
            if char == "'" {
                guard position < lineEnd, source.chars[position] == "'" else {
                    return (YAMLScalar(text: String(text), style: .singleQuoted), position)
                }
                position += 1
            }
            text.append(char)
        }
        try failUnterminatedQuote(at: start, style: .singleQuoted)
    }

    private mutating func scanDoubleQuoted(at start: Int) throws(Stop) -> (YAMLScalar, end: Int) {
        var text = String.UnicodeScalarView()
        var position = start + 1
        while position < lineEnd {
            let char = source.chars[position]
            if char == "\"" {
                return (YAMLScalar(text: String(text), style: .doubleQuoted), position + 1)
            }
            guard char == "\\" else {
                text.append(char)
                position += 1
                continue
            }
            // A backslash at the end of the line escapes the line break: a multi-line scalar.
            guard position + 1 < lineEnd else { break }
            let escape = source.chars[position + 1]
            if let simple = Self.simpleEscapes[escape] {
                text.append(simple)
                position += 2
                continue
            }
            let digits: Int
            switch escape {
            case "x": digits = 2
            case "u": digits = 4
            case "U": digits = 8
            default:
                error("bad escape '\\\(escape)' in double-quoted scalar", at: position)
                position += 2
                continue
            }
            var value: UInt32 = 0
            var end = position + 2
            while end < position + 2 + digits, end < lineEnd, let digit = source.chars[end].hexDigitValue {
                value = value << 4 | digit
                end += 1
            }
            let written = source.text(position..<end)
            if end < position + 2 + digits {
                error("bad escape '\(written)' in double-quoted scalar (expected \(digits) hexadecimal digits)", at: position)
            } else if let scalar = Unicode.Scalar(value) {
                text.append(scalar)
            } else {
                error("bad escape '\(written)' in double-quoted scalar (not a Unicode scalar value)", at: position)
            }
            position = end
        }
        try failUnterminatedQuote(at: start, style: .doubleQuoted)
    }

    /// YAML 1.2's one-character escapes and what they stand for.
    private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}",
        "f": "\u{C}", "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\",
        "N": "\u{85}", "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
    ]

    /// A quote that is not closed on its line: it either continues on a later line, which
    /// YAML-lite does not allow, or is never closed at all.
    private mutating func failUnterminatedQuote(at start: Int, style: ScalarStyle) throws(Stop) -> Never {
        let quote = source.chars[start]
        let name = describe(style)
        var position = lineEnd
        while position < source.chars.count {
            let char = source.chars[position]
            if char == quote {
                try fail("\(name)s cannot continue on the next line; use '|' or '>' for multi-line text", at: start)
            }
            position += quote == "\"" && char == "\\" ? 2 : 1
        }
        try fail("unterminated \(name)", at: start)
    }
}

extension Unicode.Scalar {
    /// The value of a hexadecimal digit, or nil.
    var hexDigitValue: UInt32? {
        switch self {
        case "0"..."9": value - 48
        case "a"..."f": value - 87
        case "A"..."F": value - 55
        default: nil
        }
    }
}
