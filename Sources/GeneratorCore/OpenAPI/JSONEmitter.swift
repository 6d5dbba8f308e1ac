/// Prints a ``DocumentValue`` as pretty JSON, keys in the document's order.
///
/// The layout is Python's `json.dumps(value, indent=2, ensure_ascii=False)` and
/// `YAMLNode.jsonString(pretty:)`: two-space indentation, `"key": value`, `[]` and `{}` for
/// empty collections, so any of them can be diffed against the others.
public enum JSONEmitter {
    /// The value as JSON text, ending with a line break.
    public static func emit(_ value: DocumentValue) -> String {
        var output = ""
        write(value, to: &output, indentation: "")
        output += "\n"
        return output
    }

    private static func write(_ value: DocumentValue, to output: inout String, indentation: String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let integer): output += String(integer)
        case .number(let number): output += DocumentValue.numberText(number)
        case .string(let text): output += quoted(text)
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            let inner = indentation + "  "
            output += "["
            for (offset, item) in items.enumerated() {
                output += offset == 0 ? "\n" : ",\n"
                output += inner
                write(item, to: &output, indentation: inner)
            }
            output += "\n" + indentation + "]"
        case .object(let object):
            guard !object.isEmpty else { output += "{}"; return }
            let inner = indentation + "  "
            output += "{"
            for (offset, member) in object.members.enumerated() {
                output += offset == 0 ? "\n" : ",\n"
                output += inner + quoted(member.key) + ": "
                write(member.value, to: &output, indentation: inner)
            }
            output += "\n" + indentation + "}"
        }
    }

    /// A JSON string literal: `"`, `\` and control characters escaped, everything else (including
    /// non-ASCII text) written as is.
    static func quoted(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: #"\""#.unicodeScalars)
            case "\\": output.append(contentsOf: #"\\"#.unicodeScalars)
            case "\n": output.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": output.append(contentsOf: #"\r"#.unicodeScalars)
            case "\t": output.append(contentsOf: #"\t"#.unicodeScalars)
            case "\u{8}": output.append(contentsOf: #"\b"#.unicodeScalars)
            case "\u{C}": output.append(contentsOf: #"\f"#.unicodeScalars)
            case "\u{0}"..."\u{1F}":
                output.append(contentsOf: ("\\u" + hex(scalar.value, digits: 4)).unicodeScalars)
            default: output.append(scalar)
            }
        }
        output.append("\"")
        return String(output)
    }

    /// `value` in lower-case hexadecimal (as Python's `json` writes it), zero-padded to `digits`.
    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
