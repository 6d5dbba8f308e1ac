/// Swift source text for values taken from the spec, escaped so that spec text can never become code.
public enum SwiftLiteral {
    /// The inside of a double-quoted Swift string literal: `a "b"\n` → `a \"b\"\\n`.
    /// Escapes `\` (so `\(` cannot start an interpolation), `"`, and every control character.
    public static func stringContent(_ text: String) -> String {
        if !text.containsUTF8Byte(where: needsEscapeCheck) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Whether a UTF-8 byte may start something `stringContent` escapes: `\\`, `"`, a control
    /// character, or the lead byte of U+2028/U+2029. Text without one is returned as it is.
    private static func needsEscapeCheck(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || byte == 0x7F || byte == 0xE2
    }

    /// A complete double-quoted Swift string literal.
    public static func string(_ text: String) -> String { "\"" + stringContent(text) + "\"" }

    /// A Swift `Double` literal that reads back as the same value: `300` → `300`, `0.5` → `0.5`.
    public static func double(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A literal that Swift reads as a `Double` wherever it appears: `300.0`, `0.5`.
    public static func doubleLiteral(_ value: Double) -> String {
        let text = double(value)
        return text.contains(".") || text.contains("e") || text.contains("n") ? text : text + ".0"
    }

    /// The text on one line, its lines joined by single spaces: for a doc comment's
    /// `- Parameters:` entries and other places where a line break would end the text.
    /// Each line loses the spaces and tabs around it (any Unicode space separator, as
    /// Foundation's `CharacterSet.whitespaces`), and blank lines go.
    public static func oneLine(_ text: String) -> String {
        // Most descriptions are one tidy line already: nothing to build.
        if !text.containsUTF8Byte(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }),
            let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !isInlineWhitespace(first), !isInlineWhitespace(last)
        {
            return text
        }
        var lines: [Substring.UnicodeScalarView] = []
        for line in text.replacingNewlines().split(separator: "\n") {
            var scalars = line.unicodeScalars
            while let first = scalars.first, isInlineWhitespace(first) { scalars.removeFirst() }
            while let last = scalars.last, isInlineWhitespace(last) { scalars.removeLast() }
            if !scalars.isEmpty { lines.append(scalars) }
        }
        return lines.map { String($0) }.joined(separator: " ")
    }

    /// What `CharacterSet.whitespaces` holds: tab, the space separators (`Zs`), and, as
    /// Foundation has it, U+200B ZERO WIDTH SPACE. Checked here without Foundation, whose
    /// string trimming made `oneLine` a visible share of generation time.
    static func isInlineWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }

    /// Doc-comment lines (`/// …`) for a description. Blank lines become `///`; trailing spaces go;
    /// nothing in the text can end the comment, because every line starts with `///`.
    public static func docComment(_ text: String) -> String {
        // On UTF-8 bytes: descriptions are long, and every model, property and method has one.
        // A line break is its own `Character` in Swift, so splitting bytes at `\n` splits the
        // same lines a split on characters would.
        let bytes = Array(text.replacingNewlines().utf8)
        var lines: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
            var end = index
            while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            lines.append(start..<end)
            start = index + 1
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 5 * lines.count)
        for (number, line) in lines.enumerated() {
            if number > 0 { output.append(UInt8(ascii: "\n")) }
            output.append(contentsOf: "///".utf8)
            if !line.isEmpty {
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: bytes[line])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

extension String {
    func replacingNewlines() -> String {
        if !containsUTF8Byte(where: { $0 == UInt8(ascii: "\r") }) { return self }
        var result = ""
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result += "\n"
                previousWasCR = true
                continue
            }
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

extension String {
    /// Whether any byte of the UTF-8 satisfies `predicate`, read from the string's own storage
    /// when it is contiguous (as native strings are): iterating `utf8` decodes it byte by byte,
    /// several times slower on the long descriptions every doc comment scans.
    func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}
