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

    /// Appends the output of a `{{ }}` tag, applying the indentation rules (see ``Template``).
    mutating func write(_ text: String, layout: OutputLayout) {
        write(text.utf8, layout: layout)
    }

    /// Appends the output of a `{{ }}` or include tag, given as UTF-8, applying the indentation
    /// rules (see ``Template``).
    mutating func write(_ text: some BidirectionalCollection<UInt8>, layout: OutputLayout) {
        switch layout {
        case .inline:
            // Most output follows other text on its line, which leaves nothing to indent by:
            // only then is the text searched for line breaks.
            let indentation = currentLineIndentation()
            if indentation.isEmpty || !text.contains(Self.newline) {
                output.append(contentsOf: text)
            } else {
                append(text, indentation: indentation, indentsFirstLine: false)
            }
        case .standalone(let indentation, let endsLine):
            // Empty output takes its line with it, so optional parts leave no blank lines.
            guard let last = text.last else { return }
            if indentation.isEmpty {
                output.append(contentsOf: text)
            } else {
                append(text, indentation: indentation, indentsFirstLine: true)
            }
            if endsLine && last != Self.newline {
                output.append(Self.newline)
            }
        }
    }

    private static var newline: UInt8 { UInt8(ascii: "\n") }

    /// The spaces and tabs written since the last newline, or nothing if anything else was written.
    private func currentLineIndentation() -> [UInt8] {
        var start = output.endIndex
        while start > output.startIndex {
            switch output[start - 1] {
            case Self.newline: return Array(output[start...])
            case UInt8(ascii: " "), UInt8(ascii: "\t"): start -= 1
            default: return []
            }
        }
        return output
    }

    /// Appends `text`, prefixing its non-empty lines with `indentation` (the first one only if asked).
    private mutating func append(
        _ text: some BidirectionalCollection<UInt8>, indentation: [UInt8], indentsFirstLine: Bool
    ) {
        var lineStart = text.startIndex
        var isFirstLine = true
        while true {
            let lineEnd = text[lineStart...].firstIndex(of: Self.newline) ?? text.endIndex
            if lineStart < lineEnd && (indentsFirstLine || !isFirstLine) { output.append(contentsOf: indentation) }
            output.append(contentsOf: text[lineStart..<lineEnd])
            guard lineEnd < text.endIndex else { return }
            output.append(Self.newline)
            lineStart = text.index(after: lineEnd)
            isFirstLine = false
        }
    }
}
