extension TemplateValue {
    /// The value as deterministic JSON.
    ///
    /// Object keys are sorted by plain `<` (never by locale), strings are escaped as JSON requires
    /// (`"`, `\`, and control characters; everything else is written as UTF-8), and there is no
    /// trailing newline. Pretty output indents by two spaces and writes `"key": value`; empty arrays
    /// and objects stay on one line as `[]` and `{}`.
    ///
    /// For example, `["b": 1, "a": ["x", nil]]` gives, compact: `{"a":["x",null],"b":1}`, and pretty:
    /// ```json
    /// {
    ///   "a": [
    ///     "x",
    ///     null
    ///   ],
    ///   "b": 1
    /// }
    /// ```
    /// - Parameter pretty: Whether to spread the value over indented lines.
    /// - Returns: The JSON text.
    public func jsonString(pretty: Bool = true) -> String {
        var output = ""
        writeJSON(to: &output, pretty: pretty, indentation: 0)
        return output
    }

    private func writeJSON(to output: inout String, pretty: Bool, indentation: Int) {
        switch self {
        case .null:
            output += "null"
        case .bool(let value):
            output += value ? "true" : "false"
        case .int(let value):
            output += String(value)
        case .string(let value):
            Self.writeJSONString(value, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output += "," }
                Self.writeNewline(to: &output, pretty: pretty, indentation: indentation + 1)
                element.writeJSON(to: &output, pretty: pretty, indentation: indentation + 1)
            }
            Self.writeNewline(to: &output, pretty: pretty, indentation: indentation)
            output += "]"
        case .object(let object):
            let names = object.memberNames.sorted()
            guard !names.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            // Sorted, so that the output is the same whatever order the object lists its members in.
            for (offset, key) in names.enumerated() {
                if offset > 0 { output += "," }
                Self.writeNewline(to: &output, pretty: pretty, indentation: indentation + 1)
                Self.writeJSONString(key, to: &output)
                output += pretty ? ": " : ":"
                (object.member(key) ?? .null).writeJSON(to: &output, pretty: pretty, indentation: indentation + 1)
            }
            Self.writeNewline(to: &output, pretty: pretty, indentation: indentation)
            output += "}"
        }
    }

    private static func writeNewline(to output: inout String, pretty: Bool, indentation: Int) {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: indentation)
    }

    private static func writeJSONString(_ string: String, to output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                // JSON forbids raw control characters; the remaining ones have no short escape.
                let hex = String(scalar.value, radix: 16, uppercase: false)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
