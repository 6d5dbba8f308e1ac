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
    /// The scalar offset of the token's first character in the template.
    var offset: Int
    /// The token as written, for messages such as "expected ')', found 'foo'".
    var text: String

    /// The token for messages: `'foo'`, or the closing delimiter for the end of the tag.
    var quoted: String { "'\(text)'" }
}

/// Splits the content of a tag into tokens.
struct ExpressionLexer {
    private let source: TemplateSource
    private var scalars: [Unicode.Scalar] { source.scalars }

    init(source: TemplateSource) {
        self.source = source
    }

    /// The tokens of a tag's content, ending with an `.end` token that stands for the closing delimiter.
    func tokenize(_ tag: TagToken) throws(TemplateError) -> [ExpressionToken] {
        var tokens: [ExpressionToken] = []
        var index = tag.content.lowerBound
        let end = tag.content.upperBound
        while index < end {
            let scalar = scalars[index]
            let start = index
            if scalar.properties.isWhitespace {
                index += 1
            } else if isIdentifierStart(scalar) {
                while index < end, isIdentifierContinuation(scalars[index]) { index += 1 }
                let name = source.text(start..<index)
                tokens.append(ExpressionToken(kind: .identifier(name), offset: start, text: name))
            } else if isDigit(scalar) || (scalar == "-" && index + 1 < end && isDigit(scalars[index + 1])) {
                // There is no subtraction, so a `-` before a digit always starts a negative literal.
                index += 1
                while index < end, isDigit(scalars[index]) { index += 1 }
                let digits = source.text(start..<index)
                guard let value = Int(digits) else {
                    throw source.error(at: start, "integer literal '\(digits)' is too large")
                }
                tokens.append(ExpressionToken(kind: .integer(value), offset: start, text: digits))
            } else if scalar == "\"" || scalar == "'" {
                let (value, next) = try stringLiteral(from: start, end: end)
                index = next
                tokens.append(
                    ExpressionToken(kind: .string(value), offset: start, text: source.text(start..<next)))
            } else if let (symbol, length) = symbol(at: index, end: end) {
                index += length
                tokens.append(ExpressionToken(kind: .symbol(symbol), offset: start, text: symbol.rawValue))
            } else {
                throw source.error(at: start, "unexpected character '\(String(scalar))'")
            }
        }
        tokens.append(ExpressionToken(kind: .end, offset: tag.closeOffset, text: tag.closer))
        return tokens
    }

    private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private func isIdentifierContinuation(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || isDigit(scalar)
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private func symbol(at index: Int, end: Int) -> (ExpressionToken.Symbol, Int)? {
        let next = index + 1 < end ? scalars[index + 1] : nil
        switch scalars[index] {
        case ".": return (.dot, 1)
        case "|": return (.pipe, 1)
        case "(": return (.openParenthesis, 1)
        case ")": return (.closeParenthesis, 1)
        case ",": return (.comma, 1)
        case "[": return (.openBracket, 1)
        case "]": return (.closeBracket, 1)
        case "=": return next == "=" ? (.equal, 2) : (.assign, 1)
        case "!": return next == "=" ? (.notEqual, 2) : nil
        default: return nil
        }
    }

    /// Reads a string literal in single or double quotes, with escapes `\"`, `\'`, `\\`, `\n` and `\t`.
    private func stringLiteral(from start: Int, end: Int) throws(TemplateError) -> (String, Int) {
        let quote = scalars[start]
        var value = ""
        var index = start + 1
        while index < end {
            let scalar = scalars[index]
            switch scalar {
            case quote:
                return (value, index + 1)
            case "\n":
                index = end
            case "\\":
                guard index + 1 < end else {
                    index = end
                    continue
                }
                switch scalars[index + 1] {
                case "\"": value += "\""
                case "'": value += "'"
                case "\\": value += "\\"
                case "n": value += "\n"
                case "t": value += "\t"
                default:
                    throw source.error(
                        at: index, "invalid escape sequence '\\\(String(scalars[index + 1]))' in string literal")
                }
                index += 2
            default:
                value.unicodeScalars.append(scalar)
                index += 1
            }
        }
        throw source.error(at: start, "unterminated string literal")
    }
}
