import YAMLLite

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
        case .string(let text): output += jsonQuoted(text)  // escaped as YAML-lite's JSON output is
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
                output += inner + jsonQuoted(member.key) + ": "
                write(member.value, to: &output, indentation: inner)
            }
            output += "\n" + indentation + "}"
        }
    }

    /// Hexadecimal digits, zero-padded: for the escapes of the JSON and YAML emitters.
    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
