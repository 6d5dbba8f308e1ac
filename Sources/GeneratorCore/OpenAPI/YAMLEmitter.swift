import YAMLLite

/// Prints a ``DocumentValue`` as block YAML that reads back the same in YAML-lite, YAML 1.2
/// and YAML 1.1 readers (PyYAML, which most OpenAPI tools use).
///
/// The rules, all chosen so that no reader can take a string for something else:
/// - Mappings and sequences are block collections indented by two spaces; a mapping inside a
///   sequence starts on the dash's line (`- name: x`). Empty ones print as `{}` and `[]`.
/// - A sequence of single-line scalars that fits in ``flowWidth`` columns prints as a one-line
///   flow (`required: [id, name]`), as YAML-lite allows; anything else is a block sequence.
/// - A string is plain only if it starts with a letter, `_`, `/` or `$`, holds no `: `, ` #`,
///   tab or line break, does not end in a blank or `:`, and neither the YAML 1.2 core schema
///   nor YAML 1.1 reads it as anything but a string (`yes`, `on`, `null`, `1e3` are quoted).
///   In a flow it also holds none of `,[]{}:#`.
/// - Multi-line text is a literal block scalar (`|`, or `|-` without a final line break) when
///   that reads back exactly: its first line not empty nor starting with a blank, no line of
///   blanks only, at most one final line break. Otherwise, and for any other string, it is
///   single-quoted, or double-quoted with escapes when it holds a tab, a line break or a
///   character YAML does not allow unescaped.
public enum YAMLEmitter {
    /// The widest a line with a flow sequence may be.
    public static let flowWidth = 100

    /// The value as YAML text, ending with a line break.
    public static func emit(_ value: DocumentValue) -> String {
        var output = ""
        switch value {
        case .object(let object) where !object.isEmpty:
            writeMapping(object, indent: 0, continuingLine: false, to: &output)
        case .array(let items) where !items.isEmpty:
            writeSequence(items, indent: 0, to: &output)
        default:
            writeInline(value, indent: 0, to: &output)
            output += "\n"
        }
        return output
    }

    // MARK: - Collections

    /// Writes a mapping's entries at `indent`, each ending with a line break. With
    /// `continuingLine`, the first key goes on the current line, after a sequence's `- `.
    private static func writeMapping(_ object: DocumentObject, indent: Int, continuingLine: Bool, to output: inout String) {
        for (offset, member) in object.members.enumerated() {
            let lineStart = offset == 0 && continuingLine ? "" : String(repeating: " ", count: indent)
            let key = lineStart + scalarText(member.key, inFlow: false) + ":"
            output += key
            writeValue(member.value, indent: indent, column: indent + key.count, to: &output)
        }
    }

    /// Writes a sequence's items at `indent`, each ending with a line break.
    private static func writeSequence(_ items: [DocumentValue], indent: Int, to output: inout String) {
        for item in items {
            output += String(repeating: " ", count: indent) + "-"
            if case .object(let object) = item, !object.isEmpty {
                output += " "
                writeMapping(object, indent: indent + 2, continuingLine: true, to: &output)
            } else {
                writeValue(item, indent: indent, column: indent + 1, to: &output)
            }
        }
    }

    /// Writes what follows a `key:` or a `-` of a collection at `indent`, through the end of its
    /// last line; `column` is the width of the line so far.
    private static func writeValue(_ value: DocumentValue, indent: Int, column: Int, to output: inout String) {
        switch value {
        case .object(let object) where !object.isEmpty:
            output += "\n"
            writeMapping(object, indent: indent + 2, continuingLine: false, to: &output)
        case .array(let items) where !items.isEmpty:
            if let flow = flowSequence(items), column + 1 + flow.count <= flowWidth {
                output += " " + flow + "\n"
            } else {
                output += "\n"
                writeSequence(items, indent: indent + 2, to: &output)
            }
        default:
            output += " "
            writeInline(value, indent: indent + 2, to: &output)
            output += "\n"
        }
    }

    /// `[a, b]` when every item is a scalar that fits on one line, else nil.
    private static func flowSequence(_ items: [DocumentValue]) -> String? {
        var parts: [String] = []
        for item in items {
            switch item {
            case .object, .array: return nil
            case .string(let text) where text.contains("\n") || text.contains("\r"): return nil
            case .string(let text): parts.append(scalarText(text, inFlow: true))
            default: parts.append(nonStringScalar(item))
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    // MARK: - Scalars

    /// Writes a scalar or an empty collection; a literal block scalar's lines are indented by `indent`.
    private static func writeInline(_ value: DocumentValue, indent: Int, to output: inout String) {
        switch value {
        case .string(let text):
            if let block = literalBlock(text, indent: indent) {
                output += block
            } else {
                output += scalarText(text, inFlow: false)
            }
        case .object: output += "{}"
        case .array: output += "[]"
        default: output += nonStringScalar(value)
        }
    }

    /// Null, booleans and numbers, in the spelling every YAML reader types the same way.
    private static func nonStringScalar(_ value: DocumentValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let integer): String(integer)
        case .number(let number): DocumentValue.numberText(number)
        case .string(let text): scalarText(text, inFlow: true)
        case .object: "{}"
        case .array: "[]"
        }
    }

    /// A string as a plain, single-quoted or double-quoted scalar on one line.
    static func scalarText(_ text: String, inFlow: Bool) -> String {
        if isPlainSafe(text, inFlow: inFlow) { return text }
        if text.unicodeScalars.allSatisfy(isSafe) {
            return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        return doubleQuoted(text)
    }

    /// The words YAML 1.1 reads as booleans, which the 1.2 core schema leaves as strings.
    private static let yaml11Words: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
    ]

    /// Whether `text` can be written unquoted, by the type's rules for plain scalars.
    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first,
            first.properties.isAlphabetic || first == "_" || first == "/" || first == "$"
        else { return false }
        guard !yaml11Words.contains(text), YAMLScalar(text: text, style: .plain).coreValue == .string(text) else { return false }
        guard let last = text.unicodeScalars.last, last != " ", last != ":" else { return false }
        var previous = first
        for scalar in text.unicodeScalars.dropFirst() {
            guard isSafe(scalar) else { return false }
            switch scalar {
            case ":" where inFlow || previous == " ": return false
            case " " where previous == ":": return false
            case "#" where inFlow || previous == " ": return false
            case ",", "[", "]", "{", "}": if inFlow { return false }
            default: break
            }
            previous = scalar
        }
        return true
    }

    /// Whether a character may appear as is in a single-line plain or quoted scalar: printable
    /// for YAML, and not one that a YAML 1.1 reader takes for a line break (U+0085, U+2028,
    /// U+2029) or that some editors hide (U+FEFF). Tabs are escaped, too, to stay visible.
    static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// A double-quoted scalar with YAML's escapes for everything that is not safe as is.
    private static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{85}": output += "\\N"
            case "\u{2028}": output += "\\L"
            case "\u{2029}": output += "\\P"
            default:
                if isSafe(scalar) {
                    output.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    output += "\\x" + JSONEmitter.hex(scalar.value, digits: 2)
                } else if scalar.value <= 0xFFFF {
                    output += "\\u" + JSONEmitter.hex(scalar.value, digits: 4)
                } else {
                    output += "\\U" + JSONEmitter.hex(scalar.value, digits: 8)
                }
            }
        }
        return output + "\""
    }

    /// `|` (or `|-`) and the text's lines indented by `indent`, or nil when a block scalar
    /// would not read back as exactly `text` (see the type's rules).
    private static func literalBlock(_ text: String, indent: Int) -> String? {
        guard text.contains("\n") else { return nil }
        var body = Substring(text)
        let header: String
        if body.hasSuffix("\n") {
            body = body.dropLast()
            header = "|"
        } else {
            header = "|-"
        }
        // Keeping more than one final line break needs `|+`, whose trailing empty lines are
        // easy to lose; such rare text is double-quoted instead.
        guard !body.hasSuffix("\n") else { return nil }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstLine = lines.first, let firstCharacter = firstLine.unicodeScalars.first, firstCharacter != " " else {
            return nil
        }
        for line in lines {
            guard line.unicodeScalars.allSatisfy(isSafe) else { return nil }
            // A line of only spaces would be read as an empty line or as content depending on
            // how its spaces compare with the indentation.
            if !line.isEmpty, line.allSatisfy({ $0 == " " }) { return nil }
        }
        let padding = String(repeating: " ", count: indent)
        return header + lines.map { $0.isEmpty ? "\n" : "\n" + padding + $0 }.joined()
    }
}
