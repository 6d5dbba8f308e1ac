/// Swift source text for values taken from the spec, escaped so that spec text can never become code.
public enum SwiftLiteral {
    /// The inside of a double-quoted Swift string literal: `a "b"\n` → `a \"b\"\\n`.
    /// Escapes `\` (so `\(` cannot start an interpolation), `"`, every control character, and
    /// U+2028 and U+2029, which end a line for some readers of the source.
    public static func stringContent(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            case "\u{01}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `stringContent` writes `scalar` as an escape.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "\"", "\0"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    /// A complete double-quoted Swift string literal.
    public static func string(_ text: String) -> String {
        "\"" + stringContent(text) + "\""
    }

    /// `string("." + text)`: a member's name as the literal of a key path.
    static func memberString(_ text: String) -> String {
        "\"." + stringContent(text) + "\""
    }

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
        // A text that is one line with nothing to trim, as names and most summaries are, comes
        // back as it is.
        if !text.utf8.contains(where: isLineBreak), let first = text.unicodeScalars.first,
            let last = text.unicodeScalars.last, !isInlineWhitespace(first), !isInlineWhitespace(last)
        {
            return text
        }
        var result = ""
        // Line breaks are ASCII, which in UTF-8 is never part of another character: the lines
        // are cut at bytes.
        for line in text.utf8.split(whereSeparator: isLineBreak) {
            var scalars = Substring(line).unicodeScalars
            while let first = scalars.first, isInlineWhitespace(first) { scalars.removeFirst() }
            while let last = scalars.last, isInlineWhitespace(last) { scalars.removeLast() }
            if scalars.isEmpty { continue }
            if !result.isEmpty { result += " " }
            result += Substring(scalars)
        }
        return result
    }

    static func isLineBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// What `CharacterSet.whitespaces` holds: tab, the space separators (`Zs`), and, as
    /// Foundation has it, U+200B ZERO WIDTH SPACE. Spelled out here so that naming needs only
    /// the standard library.
    static func isInlineWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }

    /// Doc-comment lines (`/// …`) for a description. Blank lines become `///`, leading and
    /// trailing ones go, and so do spaces and tabs at the ends of lines; nothing in the text can
    /// end the comment, because every line starts with `///`.
    public static func docComment(_ text: String) -> String {
        // One line that ends in text, as most descriptions are, is one comment line.
        if !text.utf8.contains(where: isLineBreak), let last = text.utf8.last,
            last != UInt8(ascii: " "), last != UInt8(ascii: "\t")
        {
            return "/// " + text
        }
        // Line breaks, spaces and tabs are ASCII, which in UTF-8 is never part of another
        // character: the lines are cut and trimmed as bytes.
        let bytes = Array(text.replacingNewlines().utf8)
        var result: [UInt8] = []
        // Blank lines seen since the last line with text: written only when more text follows.
        var blankLines = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var end = line.endIndex
            while end > line.startIndex, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") {
                end -= 1
            }
            guard end > line.startIndex else {
                if !result.isEmpty { blankLines += 1 }
                continue
            }
            if !result.isEmpty { result.append(UInt8(ascii: "\n")) }
            for _ in 0..<blankLines { result.append(contentsOf: "///\n".utf8) }
            blankLines = 0
            result.append(contentsOf: "/// ".utf8)
            result.append(contentsOf: line[..<end])
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension String {
    /// The text with every line break, `\r\n` or `\r`, made `\n`.
    func replacingNewlines() -> String {
        guard utf8.contains(UInt8(ascii: "\r")) else { return self }
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
