import Foundation

/// Swift source text for values taken from the spec, escaped so that spec text can never become code.
public enum SwiftLiteral {
    /// The inside of a double-quoted Swift string literal: `a "b"\n` → `a \"b\"\\n`.
    /// Escapes `\` (so `\(` cannot start an interpolation), `"`, and every control character.
    public static func stringContent(_ text: String) -> String {
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
    public static func oneLine(_ text: String) -> String {
        text.replacingNewlines().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Doc-comment lines (`/// …`) for a description. Blank lines become `///`; trailing spaces go;
    /// nothing in the text can end the comment, because every line starts with `///`.
    public static func docComment(_ text: String) -> String {
        var lines = text.replacingNewlines().split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingTrailingWhitespace()
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.map { $0.isEmpty ? "///" : "/// " + $0 }.joined(separator: "\n")
    }
}

extension String {
    func replacingNewlines() -> String {
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

    func trimmingTrailingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
