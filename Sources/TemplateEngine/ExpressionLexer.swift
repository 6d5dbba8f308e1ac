/// A token inside a `{{ }}` or `{% %}` tag.
struct ExpressionToken: Sendable {
    enum Kind: Sendable, Hashable {
        case identifier(String)
        case string(String)
        case integer(Int)
        case symbol(Symbol)
        /// The end of the tag's content.
        case end
    }

    enum Symbol: String, Sendable {
        case dot = "."
        case pipe = "|"
        case openParenthesis = "("
        case closeParenthesis = ")"
        case comma = ","
        case openBracket = "["
        case closeBracket = "]"
        case equal = "=="
        case notEqual = "!="
        case assign = "="
    }

    var kind: Kind
    /// The token as written, as byte offsets in the template, for messages such as "expected ')',
    /// found 'foo'". The end token's text is the closing delimiter. Kept as offsets, so the text is
    /// only made for the rare token an error quotes.
    var range: Range<Int>

    /// The byte offset of the token's first character in the template.
    var offset: Int { range.lowerBound }
}

/// Splits the content of a tag into tokens.
///
/// It reads UTF-8 bytes: the syntax is ASCII, so only identifiers and whitespace ever need a
/// non-ASCII scalar decoded.
struct ExpressionLexer {
    private let source: TemplateSource
    private var bytes: [UInt8] { source.bytes }

    init(source: TemplateSource) {
        self.source = source
    }

    /// The tokens of a tag's content, ending with an `.end` token that stands for the closing delimiter.
    func tokenize(_ tag: TagToken) throws(TemplateError) -> [ExpressionToken] {
        let bytes = self.bytes
        var tokens: [ExpressionToken] = []
        var index = tag.content.lowerBound
        let end = tag.content.upperBound
        while index < end {
            let byte = bytes[index]
            let start = index
            guard byte < 0x80 else {
                let (scalar, length) = source.scalar(at: index)
                if scalar.properties.isWhitespace {
                    index += length
                } else if scalar.properties.isAlphabetic {
                    index = endOfIdentifier(from: index + length, end: end)
                    tokens.append(ExpressionToken(kind: .identifier(source.text(start..<index)), range: start..<index))
                } else {
                    throw source.error(at: start, "unexpected character '\(String(scalar))'")
                }
                continue
            }
            if ScalarClass.isWhitespace(byte) {
                index += 1
            } else if byte == UInt8(ascii: "_") || ScalarClass.isLetter(byte) {
                index = endOfIdentifier(from: index + 1, end: end)
                tokens.append(ExpressionToken(kind: .identifier(source.text(start..<index)), range: start..<index))
            } else if ScalarClass.isDigit(byte)
                || (byte == UInt8(ascii: "-") && index + 1 < end && ScalarClass.isDigit(bytes[index + 1]))
            {
                // There is no subtraction, so a `-` before a digit always starts a negative literal.
                index += 1
                while index < end, ScalarClass.isDigit(bytes[index]) { index += 1 }
                let digits = source.text(start..<index)
                guard let value = Int(digits) else {
                    throw source.error(at: start, "integer literal '\(digits)' is too large")
                }
                tokens.append(ExpressionToken(kind: .integer(value), range: start..<index))
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let (value, next) = try stringLiteral(from: start, end: end)
                index = next
                tokens.append(ExpressionToken(kind: .string(value), range: start..<next))
            } else if let (symbol, length) = symbol(at: index, end: end) {
                index += length
                tokens.append(ExpressionToken(kind: .symbol(symbol), range: start..<index))
            } else {
                throw source.error(at: start, "unexpected character '\(String(Unicode.Scalar(byte)))'")
            }
        }
        tokens.append(ExpressionToken(kind: .end, range: tag.closer))
        return tokens
    }

    /// The offset after the identifier characters (`_`, letters, digits) from `start`.
    private func endOfIdentifier(from start: Int, end: Int) -> Int {
        let bytes = self.bytes
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte == UInt8(ascii: "_") || ScalarClass.isLetter(byte) || ScalarClass.isDigit(byte) else {
                    break
                }
                index += 1
            } else {
                let (scalar, length) = source.scalar(at: index)
                guard scalar.properties.isAlphabetic else { break }
                index += length
            }
        }
        return index
    }

    private func symbol(at index: Int, end: Int) -> (ExpressionToken.Symbol, Int)? {
        let next = index + 1 < end ? bytes[index + 1] : nil
        switch bytes[index] {
        case UInt8(ascii: "."): return (.dot, 1)
        case UInt8(ascii: "|"): return (.pipe, 1)
        case UInt8(ascii: "("): return (.openParenthesis, 1)
        case UInt8(ascii: ")"): return (.closeParenthesis, 1)
        case UInt8(ascii: ","): return (.comma, 1)
        case UInt8(ascii: "["): return (.openBracket, 1)
        case UInt8(ascii: "]"): return (.closeBracket, 1)
        case UInt8(ascii: "="): return next == UInt8(ascii: "=") ? (.equal, 2) : (.assign, 1)
        case UInt8(ascii: "!"): return next == UInt8(ascii: "=") ? (.notEqual, 2) : nil
        default: return nil
        }
    }

    /// Reads a string literal in single or double quotes, with escapes `\"`, `\'`, `\\`, `\n` and `\t`.
    private func stringLiteral(from start: Int, end: Int) throws(TemplateError) -> (String, Int) {
        let bytes = self.bytes
        let quote = bytes[start]
        var value: [UInt8] = []
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            switch byte {
            case quote:
                return (String(decoding: value, as: UTF8.self), index + 1)
            case UInt8(ascii: "\n"):
                index = end
            case UInt8(ascii: "\\"):
                guard index + 1 < end else {
                    index = end
                    continue
                }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""): value.append(UInt8(ascii: "\""))
                case UInt8(ascii: "'"): value.append(UInt8(ascii: "'"))
                case UInt8(ascii: "\\"): value.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                default:
                    let escaped = source.scalar(at: index + 1).scalar
                    throw source.error(
                        at: index, "invalid escape sequence '\\\(String(escaped))' in string literal")
                }
                index += 2
            default:
                // Bytes of a multi-byte scalar are copied one by one; none of them is a quote,
                // a newline or a backslash.
                value.append(byte)
                index += 1
            }
        }
        throw source.error(at: start, "unterminated string literal")
    }
}
