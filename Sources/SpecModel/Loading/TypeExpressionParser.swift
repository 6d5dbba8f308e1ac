import Foundation

/// Parses the short type strings of the spec: `string`, `string(date-time)`, `array(array(Role))`.
///
/// The parser scans UTF-8 bytes: its only special characters, space and parentheses, are
/// ASCII, and no byte of a multi-byte character is ASCII. Failure offsets count Unicode
/// scalars, so they are converted from bytes only when a failure is reported.
enum TypeExpressionParser {
    struct Failure: Error {
        var message: String
        /// Offset in Unicode scalars from the start of the expression, for the column.
        var offset: Int
    }

    static func parse(_ text: String) -> Result<TypeExpression, Failure> {
        // Most types in a spec are one of these words alone, which need no parsing.
        switch text {
        case "string": return .success(.string(format: nil))
        case "boolean": return .success(.boolean)
        case "integer": return .success(.integer(format: nil))
        case "number": return .success(.number(format: nil))
        case "object": return .success(.object)
        default: break
        }
        var parser = Parser(text: text)
        return parser.parse()
    }

    /// The recursive-descent parser, on the text's bytes.
    private struct Parser {
        let text: String
        let bytes: [UInt8]
        var index = 0

        init(text: String) {
            self.text = text
            self.bytes = Array(text.utf8)
        }

        mutating func parse() -> Result<TypeExpression, Failure> {
            skipSpaces()
            let result = parseExpression(depth: 0)
            guard case .success(let type) = result else { return result }
            skipSpaces()
            if index < bytes.count {
                return .failure(failure("unexpected '\(scalar(at: index))' in type '\(text)'", at: index))
            }
            return .success(type)
        }

        private mutating func parseExpression(depth: Int) -> Result<TypeExpression, Failure> {
            guard depth < 32 else { return .failure(failure("type nests too deeply", at: index)) }
            let start = index
            // A model's name may hold spaces (`2D point`): a name runs to the next parenthesis.
            while index < bytes.count, bytes[index] != UInt8(ascii: "("), bytes[index] != UInt8(ascii: ")") {
                index += 1
            }
            var name = String(decoding: bytes[start..<index], as: UTF8.self)
            // Trailing spaces go, as whole characters: a space that a combining mark follows stays.
            if bytes[start..<index].last == UInt8(ascii: " ") {
                while name.hasSuffix(" ") { name.removeLast() }
            }
            guard !name.isEmpty else {
                return .failure(failure("expected a type name", at: start))
            }
            skipSpaces()
            let hasArgument = index < bytes.count && bytes[index] == UInt8(ascii: "(")
            switch name {
            case "array":
                guard hasArgument else {
                    return .failure(failure("'array' needs an element type, as in 'array(string)'", at: start))
                }
                index += 1
                skipSpaces()
                let element = parseExpression(depth: depth + 1)
                guard case .success(let type) = element else { return element }
                if let failure = closeParenthesis() { return .failure(failure) }
                return .success(.array(type))
            case "string", "integer", "number":
                var format: String?
                if hasArgument {
                    index += 1
                    let formatStart = index
                    while index < bytes.count, bytes[index] != UInt8(ascii: ")") { index += 1 }
                    let trimmed = trimmedFormat(formatStart..<index)
                    guard !trimmed.isEmpty else {
                        return .failure(failure("expected a format inside '\(name)( )'", at: formatStart))
                    }
                    if let failure = closeParenthesis() { return .failure(failure) }
                    format = trimmed
                }
                switch name {
                case "string": return .success(.string(format: format))
                case "integer": return .success(.integer(format: format))
                default: return .success(.number(format: format))
                }
            case "boolean", "object":
                if hasArgument {
                    return .failure(failure("'\(name)' takes no argument", at: index))
                }
                return .success(name == "boolean" ? .boolean : .object)
            default:
                if hasArgument {
                    return .failure(
                        failure("unknown generic type '\(name)'; only 'array(T)' takes a type", at: start))
                }
                return .success(.model(name))
            }
        }

        /// The format between parentheses without surrounding whitespace.
        private func trimmedFormat(_ range: Range<Int>) -> String {
            let format = String(decoding: bytes[range], as: UTF8.self)
            // A format that starts and ends with ASCII other than a space or a tab has nothing
            // to trim, and nearly every format does.
            func keeps(_ byte: UInt8?) -> Bool {
                guard let byte else { return false }
                return byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
            }
            if keeps(bytes[range].first) && keeps(bytes[range].last) { return format }
            return format.trimmingCharacters(in: .whitespaces)
        }

        private mutating func closeParenthesis() -> Failure? {
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ")") else {
                return failure("expected ')'", at: index)
            }
            index += 1
            return nil
        }

        private mutating func skipSpaces() {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        }

        /// A failure at byte `position`, its offset counted in Unicode scalars.
        private func failure(_ message: String, at position: Int) -> Failure {
            // Each scalar has exactly one byte that is not a continuation byte (10xxxxxx).
            let offset = bytes[..<position].count { $0 & 0xC0 != 0x80 }
            return Failure(message: message, offset: offset)
        }

        /// The Unicode scalar starting at byte `position`.
        private func scalar(at position: Int) -> Unicode.Scalar {
            String(decoding: bytes[position...], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
        }
    }
}
