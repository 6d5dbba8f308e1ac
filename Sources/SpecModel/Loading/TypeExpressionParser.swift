import Foundation

/// Parses the short type strings of the spec: `string`, `string(date-time)`, `array(array(Role))`,
/// `map(integer)`, `any`.
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
        case "any": return .success(.any)
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
            case "array", "map":
                guard hasArgument else {
                    return .failure(failure("'\(name)' needs an element type, as in '\(name)(string)'", at: start))
                }
                index += 1
                skipSpaces()
                let element = parseExpression(depth: depth + 1)
                guard case .success(let type) = element else { return element }
                if let failure = closeParenthesis() { return .failure(failure) }
                return .success(name == "array" ? .array(type) : .map(type))
            case "string", "integer", "number":
                guard hasArgument else {
                    switch name {
                    case "string": return .success(.string(format: nil))
                    case "integer": return .success(.integer(format: nil))
                    default: return .success(.number(format: nil))
                    }
                }
                index += 1
                let formatStart = index
                while index < bytes.count, bytes[index] != UInt8(ascii: ")") { index += 1 }
                let trimmed = trimmedFormat(formatStart..<index)
                guard !trimmed.isEmpty else {
                    return .failure(failure("expected a format inside '\(name)( )'", at: formatStart))
                }
                if let failure = closeParenthesis() { return .failure(failure) }
                switch name {
                case "string":
                    guard let format = StringFormat(rawValue: trimmed) else {
                        return .failure(unknownFormat(trimmed, of: name, among: StringFormat.allCases, at: formatStart))
                    }
                    return .success(.string(format: format))
                case "integer":
                    guard let format = IntegerFormat(rawValue: trimmed) else {
                        return .failure(unknownFormat(trimmed, of: name, among: IntegerFormat.allCases, at: formatStart))
                    }
                    return .success(.integer(format: format))
                default:
                    guard let format = NumberFormat(rawValue: trimmed) else {
                        return .failure(unknownFormat(trimmed, of: name, among: NumberFormat.allCases, at: formatStart))
                    }
                    return .success(.number(format: format))
                }
            case "boolean", "object", "any":
                if hasArgument {
                    return .failure(failure("'\(name)' takes no argument", at: index))
                }
                switch name {
                case "boolean": return .success(.boolean)
                case "object": return .success(.object)
                default: return .success(.any)
                }
            default:
                if let comma = bytes[start..<index].firstIndex(of: UInt8(ascii: ",")) {
                    return .failure(
                        failure(
                            "unexpected ',' in type '\(text)': 'map(T)' names only its values' type (its keys are "
                                + "strings), and 'array(T)' its elements'",
                            at: comma))
                }
                if hasArgument {
                    return .failure(
                        failure("unknown generic type '\(name)'; only 'array(T)' and 'map(T)' take a type", at: start))
                }
                return .success(.model(name))
            }
        }

        /// A format outside the closed list: the message names the nearest one and lists them all.
        private func unknownFormat<Format: RawRepresentable<String>>(
            _ format: String, of name: String, among formats: [Format], at position: Int
        ) -> Failure {
            let names = formats.map(\.rawValue)
            return failure(
                "unknown \(name) format '\(format)'" + Suggestions.hint(for: format, in: names)
                    + "; the formats are " + names.joined(separator: ", "),
                at: position)
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
