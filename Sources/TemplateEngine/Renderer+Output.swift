extension Renderer {
    /// Writes the value of an output tag: strings as is, integers in decimal, Booleans as
    /// `true` / `false`; anything else is an error about `expression`.
    mutating func write(_ value: TemplateValue, of expression: Expression, layout: OutputLayout) throws(TemplateError) {
        switch value {
        case .string(let text): write(text, layout: layout)
        case .int(let number): write(String(number), layout: layout)
        case .bool(let flag): write(flag ? "true" : "false", layout: layout)
        case .null: throw error(at: expression.location, "cannot output null value '\(expression)'")
        case .array: throw error(at: expression.location, "cannot output array value '\(expression)'")
        case .object: throw error(at: expression.location, "cannot output object value '\(expression)'")
        }
    }

    /// Appends the output of a `{{ }}` or include tag, applying the indentation rules (see
    /// ``Template``). Newlines are found by their byte: `\r\n` is one `Character`, and a `\n`
    /// after a `\r` must still end a line.
    mutating func write(_ text: String, layout: OutputLayout) {
        let newline = UInt8(ascii: "\n")
        switch layout {
        case .inline:
            let indentation = text.utf8.contains(newline) ? currentLineIndentation() : ""
            if indentation.isEmpty {
                output += text
            } else {
                append(text, indentation: indentation, indentsFirstLine: false)
            }
        case .standalone(let indentation, let endsLine):
            // Empty output takes its line with it, so optional parts leave no blank lines.
            guard let last = text.utf8.last else { return }
            if indentation.isEmpty {
                output += text
            } else {
                append(text, indentation: indentation, indentsFirstLine: true)
            }
            if endsLine && last != newline {
                output += "\n"
            }
        }
    }

    /// The spaces and tabs written since the last newline, or nothing if anything else was written.
    private func currentLineIndentation() -> String {
        let bytes = output.utf8
        var start = bytes.endIndex
        while start > bytes.startIndex {
            let previous = bytes.index(before: start)
            switch bytes[previous] {
            case UInt8(ascii: "\n"): return String(Substring(bytes[start...]))
            case UInt8(ascii: " "), UInt8(ascii: "\t"): start = previous
            default: return ""
            }
        }
        return output
    }

    /// Appends `text`, prefixing its non-empty lines with `indentation` (the first one only if asked).
    private mutating func append(_ text: String, indentation: String, indentsFirstLine: Bool) {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var isFirstLine = true
        while true {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            if lineStart < lineEnd && (indentsFirstLine || !isFirstLine) { output += indentation }
            output += Substring(bytes[lineStart..<lineEnd])
            guard lineEnd < bytes.endIndex else { return }
            output += "\n"
            lineStart = bytes.index(after: lineEnd)
            isFirstLine = false
        }
    }
}
