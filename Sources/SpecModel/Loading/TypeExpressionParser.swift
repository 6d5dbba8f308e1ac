import Foundation

/// Parses the short type strings of the spec: `string`, `string(date-time)`, `array(array(Role))`.
enum TypeExpressionParser {
    struct Failure: Error {
        var message: String
        /// Offset in Unicode scalars from the start of the expression, for the column.
        var offset: Int
    }

    static func parse(_ text: String) -> Result<TypeExpression, Failure> {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        skipSpaces(scalars, &index)
        let result = parseExpression(scalars, &index, depth: 0)
        guard case .success(let type) = result else { return result }
        skipSpaces(scalars, &index)
        if index < scalars.count {
            return .failure(Failure(message: "unexpected '\(scalars[index])' in type '\(text)'", offset: index))
        }
        return .success(type)
    }

    private static func parseExpression(
        _ scalars: [Unicode.Scalar], _ index: inout Int, depth: Int
    ) -> Result<TypeExpression, Failure> {
        guard depth < 32 else { return .failure(Failure(message: "type nests too deeply", offset: index)) }
        let start = index
        var name = ""
        // A model's name may hold spaces (`2D point`): a name runs to the next parenthesis.
        while index < scalars.count, !"()".unicodeScalars.contains(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        while name.hasSuffix(" ") { name.removeLast() }
        guard !name.isEmpty else {
            return .failure(Failure(message: "expected a type name", offset: start))
        }
        skipSpaces(scalars, &index)
        let hasArgument = index < scalars.count && scalars[index] == "("
        switch name {
        case "array":
            guard hasArgument else {
                return .failure(Failure(message: "'array' needs an element type, as in 'array(string)'", offset: start))
            }
            index += 1
            skipSpaces(scalars, &index)
            let element = parseExpression(scalars, &index, depth: depth + 1)
            guard case .success(let type) = element else { return element }
            if let failure = closeParenthesis(scalars, &index) { return .failure(failure) }
            return .success(.array(type))
        case "string", "integer", "number":
            var format: String?
            if hasArgument {
                index += 1
                let formatStart = index
                var text = ""
                while index < scalars.count, scalars[index] != ")" {
                    text.unicodeScalars.append(scalars[index])
                    index += 1
                }
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else {
                    return .failure(Failure(message: "expected a format inside '\(name)( )'", offset: formatStart))
                }
                if let failure = closeParenthesis(scalars, &index) { return .failure(failure) }
                format = trimmed
            }
            switch name {
            case "string": return .success(.string(format: format))
            case "integer": return .success(.integer(format: format))
            default: return .success(.number(format: format))
            }
        case "boolean", "object":
            if hasArgument {
                return .failure(Failure(message: "'\(name)' takes no argument", offset: index))
            }
            return .success(name == "boolean" ? .boolean : .object)
        default:
            if hasArgument {
                return .failure(Failure(message: "unknown generic type '\(name)'; only 'array(T)' takes a type", offset: start))
            }
            return .success(.model(name))
        }
    }

    private static func closeParenthesis(_ scalars: [Unicode.Scalar], _ index: inout Int) -> Failure? {
        skipSpaces(scalars, &index)
        guard index < scalars.count, scalars[index] == ")" else {
            return Failure(message: "expected ')'", offset: index)
        }
        index += 1
        return nil
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], _ index: inout Int) {
        while index < scalars.count, scalars[index] == " " { index += 1 }
    }
}
