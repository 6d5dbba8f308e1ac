/// The filters every ``TemplateLibrary`` has. They are generic text and data helpers; anything
/// specific to a target language (such as `lowerCamelCase`) is registered by the library's user.
///
/// | Filter | Input | Result |
/// |---|---|---|
/// | `upper`, `lower` | string | the string in upper or lower case |
/// | `default(x)` | any | `x` when the input is `null`, `""`, `[]` or `{}`, otherwise the input |
/// | `join(sep)` | array of strings, integers or Booleans | the elements joined by `sep` (default `""`) |
/// | `count` | array, object or string | the number of elements, members or characters |
/// | `first`, `last` | array or string | the first or last element or character; `null` when empty |
/// | `indent(n)`, `indent(n, true)` | string | every non-empty line after the first (or every non-empty line, with `true`) prefixed by `n` spaces, or by `n` itself when it is a string |
/// | `trim` | string | the string without leading and trailing whitespace and newlines |
/// | `replace(a, b)` | string | every occurrence of `a` replaced by `b` |
/// | `json` | any | the value as compact JSON, with sorted keys |
public enum BuiltinFilters {
    /// The built-in filters by name.
    public static let all: [String: TemplateFilter] = [
        "upper": { value, arguments in
            try expectArgumentCount(arguments, 0)
            return .string(try string(value).uppercased())
        },
        "lower": { value, arguments in
            try expectArgumentCount(arguments, 0)
            return .string(try string(value).lowercased())
        },
        "default": { value, arguments in
            try expectArgumentCount(arguments, 1)
            switch value {
            case .null, .string(""), .array([]): return arguments[0]
            case .object(let object) where object.isEmpty: return arguments[0]
            default: return value
            }
        },
        "join": join,
        "count": { value, arguments in
            try expectArgumentCount(arguments, 0)
            switch value {
            case .array(let elements): return .int(elements.count)
            case .object(let object): return .int(object.memberNames.count)
            case .string(let text): return .int(text.count)
            default: throw FilterError("expects an array, an object or a string, got \(value.kindDescription)")
            }
        },
        "first": { value, arguments in
            try expectArgumentCount(arguments, 0)
            switch value {
            case .array(let elements): return elements.first ?? .null
            case .string(let text): return text.first.map { .string(String($0)) } ?? .null
            default: throw FilterError("expects an array or a string, got \(value.kindDescription)")
            }
        },
        "last": { value, arguments in
            try expectArgumentCount(arguments, 0)
            switch value {
            case .array(let elements): return elements.last ?? .null
            case .string(let text): return text.last.map { .string(String($0)) } ?? .null
            default: throw FilterError("expects an array or a string, got \(value.kindDescription)")
            }
        },
        "indent": indent,
        "trim": { value, arguments in
            try expectArgumentCount(arguments, 0)
            let text = try string(value)
            let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
            let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
            return .string(String(text[start..<end]))
        },
        "replace": { value, arguments in
            try expectArgumentCount(arguments, 2)
            let text = try string(value)
            guard case .string(let target) = arguments[0], case .string(let replacement) = arguments[1] else {
                throw FilterError(
                    "expects string arguments, got \(arguments[0].kindDescription) and \(arguments[1].kindDescription)")
            }
            guard !target.isEmpty else { throw FilterError("cannot replace an empty string") }
            return .string(text.replacing(target, with: replacement))
        },
        "json": { value, arguments in
            try expectArgumentCount(arguments, 0)
            return .string(value.jsonString(pretty: false))
        },
    ]

    private static let join: TemplateFilter = { value, arguments in
        try expectArgumentCount(arguments, 0...1)
        guard case .array(let elements) = value else {
            throw FilterError("expects an array, got \(value.kindDescription)")
        }
        var separator = ""
        if let argument = arguments.first {
            guard case .string(let text) = argument else {
                throw FilterError("expects a string separator, got \(argument.kindDescription)")
            }
            separator = text
        }
        var parts: [String] = []
        parts.reserveCapacity(elements.count)
        for (offset, element) in elements.enumerated() {
            switch element {
            case .string(let text): parts.append(text)
            case .int(let number): parts.append(String(number))
            case .bool(let flag): parts.append(flag ? "true" : "false")
            default:
                throw FilterError(
                    "expects an array of strings or integers, "
                        + "but the element at index \(offset) is \(element.kindDescription)")
            }
        }
        return .string(parts.joined(separator: separator))
    }

    private static let indent: TemplateFilter = { value, arguments in
        try expectArgumentCount(arguments, 1...2)
        let text = try string(value)
        let prefix: String
        switch arguments[0] {
        case .int(let width) where width >= 0: prefix = String(repeating: " ", count: width)
        case .string(let custom): prefix = custom
        default:
            throw FilterError("expects a number of spaces or a string, got \(arguments[0].jsonString(pretty: false))")
        }
        var indentsFirstLine = false
        if arguments.count == 2 {
            guard case .bool(let flag) = arguments[1] else {
                throw FilterError("expects true or false as second argument, got \(arguments[1].kindDescription)")
            }
            indentsFirstLine = flag
        }
        // Empty lines stay empty, so the result never has lines made only of indentation.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indented = lines.enumerated().map { offset, line in
            line.isEmpty || (offset == 0 && !indentsFirstLine) ? String(line) : prefix + line
        }
        return .string(indented.joined(separator: "\n"))
    }

    private static func string(_ value: TemplateValue) throws(FilterError) -> String {
        guard case .string(let text) = value else {
            throw FilterError("expects a string, got \(value.kindDescription)")
        }
        return text
    }

    private static func expectArgumentCount(_ arguments: [TemplateValue], _ count: Int) throws(FilterError) {
        try expectArgumentCount(arguments, count...count)
    }

    private static func expectArgumentCount(
        _ arguments: [TemplateValue], _ range: ClosedRange<Int>
    ) throws(FilterError) {
        guard !range.contains(arguments.count) else { return }
        let expected =
            range.count == 1
            ? "\(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s")"
            : "\(range.lowerBound) to \(range.upperBound) arguments"
        throw FilterError("expects \(expected), got \(arguments.count)")
    }
}
