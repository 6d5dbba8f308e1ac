extension YAMLNode {
    /// The tree as JSON, scalars typed by the core schema, mapping keys in file order, 2-space indentation when pretty.
    ///
    /// This is the output of `apigen parse`, made to compare with any other YAML tool. Floats
    /// print in their shortest exact form (`1000.0`, `1e+16`); infinities and NaN, which JSON
    /// lacks, print as the strings `".inf"`, `"-.inf"` and `".nan"`. Keys are always strings:
    /// a plain key prints as its typed value would (`0x1F:` becomes `"31"`).
    ///
    /// - Parameter pretty: Whether to print one value per line with 2-space indentation, as
    ///   Python's `json.dumps(value, indent=2)` does; otherwise the JSON has no blanks at all.
    /// - Returns: The JSON text, without a final line break.
    public func jsonString(pretty: Bool = true) -> String {
        var output = ""
        writeJSON(to: &output, indent: pretty ? "" : nil)
        return output
    }

    /// Appends the node's JSON; `indent` is the current indentation when pretty, else nil.
    private func writeJSON(to output: inout String, indent: String?) {
        switch kind {
        case .scalar(let scalar):
            output += scalar.coreValue.jsonText
        case .sequence(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            let inner = indent.map { $0 + "  " }
            for (offset, item) in items.enumerated() {
                if offset > 0 { output += "," }
                if let inner { output += "\n" + inner }
                item.writeJSON(to: &output, indent: inner)
            }
            if let indent { output += "\n" + indent }
            output += "]"
        case .mapping(let entries):
            guard !entries.isEmpty else { output += "{}"; return }
            output += "{"
            let inner = indent.map { $0 + "  " }
            for (offset, entry) in entries.enumerated() {
                if offset > 0 { output += "," }
                if let inner { output += "\n" + inner }
                output += jsonQuoted(entry.key.jsonKey)
                output += inner == nil ? ":" : ": "
                entry.value.writeJSON(to: &output, indent: inner)
            }
            if let indent { output += "\n" + indent }
            output += "}"
        }
    }
}

extension YAMLScalar {
    /// The JSON object key this scalar stands for: its text if it is a string, else its typed
    /// value as JSON prints it (`null`, `true`, `31`, `1.5`, `.inf`).
    var jsonKey: String {
        switch coreValue {
        case .string(let text): text
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .float(let value): CoreValue.floatText(value)
        }
    }
}

extension CoreValue {
    /// The value as a JSON literal.
    var jsonText: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .float(let value) where value.isFinite: Self.floatText(value)
        case .float(let value): jsonQuoted(Self.floatText(value))
        case .string(let text): jsonQuoted(text)
        }
    }

    /// A float in its shortest round-tripping form, or the YAML spelling of a non-finite one.
    ///
    /// The layout is Python's `repr`, which most YAML-to-JSON tools share: positional notation
    /// for decimal exponents from -4 to 15 (`1000.0`, `0.0001`, `9007199254740993.0`),
    /// scientific notation outside (`1e+16`, `1e-05`). Swift's own `description` has the same
    /// digits but switches to scientific notation at 2^53.
    static func floatText(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Split the shortest representation into its significant digits and decimal exponent.
        let written = value.magnitude.description
        let mantissa = written.prefix { $0 != "e" }
        var exponent = Int(written.drop { $0 != "e" }.dropFirst()) ?? 0
        let integerDigits = mantissa.prefix { $0 != "." }
        var digits = Array(mantissa.filter { $0 != "." })
        exponent += integerDigits.count - 1
        while digits.first == "0" {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }

        var text = value.sign == .minus ? "-" : ""
        if exponent < -4 || exponent >= 16 {
            text.append(digits[0])
            if digits.count > 1 { text += "." + String(digits[1...]) }
            let magnitude = String(abs(exponent))
            text += (exponent < 0 ? "e-" : "e+") + (magnitude.count < 2 ? "0" : "") + magnitude
        } else if exponent < 0 {
            text += "0." + String(repeating: "0", count: -exponent - 1) + String(digits)
        } else {
            let padded = digits + Array(repeating: "0", count: max(0, exponent + 1 - digits.count))
            let fraction = padded.count > exponent + 1 ? String(padded[(exponent + 1)...]) : "0"
            text += String(padded[...exponent]) + "." + fraction
        }
        return text
    }
}

/// A JSON string literal: quotes, backslashes and control characters escaped, everything else as is.
///
/// Public so that other JSON writers of the project (the OpenAPI export) escape text the same way
/// and their output can be compared with `jsonString` as text.
public func jsonQuoted(_ text: String) -> String {
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
            let hex = String(scalar.value, radix: 16)
            output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        default: output.append(scalar)
        }
    }
    output.append("\"")
    return String(output)
}
