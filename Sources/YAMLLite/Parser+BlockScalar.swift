/// Literal (`|`) and folded (`>`) block scalars: the only nodes that span lines.
extension Parser {
    private enum Chomping {
        /// `-`: no final line break.
        case strip
        /// The default: one final line break.
        case clip
        /// `+`: the final line break and every trailing empty line.
        case keep
    }

    /// Where a line stands relative to a block scalar with content indentation `indent`.
    private enum BlockLine {
        /// At most `indent` spaces and nothing else: an empty line of the scalar.
        case empty
        /// At least `indent` spaces then more: a content line.
        case content
        /// Less indented content, or the end of the text: the scalar is over.
        case end
    }

    /// Parses a block scalar whose indicator (`|` or `>`) is at `start`.
    ///
    /// Line breaks, folding and chomping follow the YAML 1.2 rules as libyaml and PyYAML
    /// implement them, so every YAML tool reads the same text.
    mutating func parseBlockScalar(at start: Int, parentIndent: Int) throws(Stop) -> YAMLNode {
        let folded = source.bytes[start] == UInt8(ascii: ">")
        let scalarLocation = location(of: start)
        var chomping = Chomping.clip
        var increment: Int?
        var position = start + 1
        // The header: at most one chomping indicator and one indentation digit, in either order.
        while position < lineEnd {
            let char = source.bytes[position]
            if (char == UInt8(ascii: "-") || char == UInt8(ascii: "+")) && chomping == .clip {
                chomping = char == UInt8(ascii: "-") ? .strip : .keep
            } else if increment == nil, let digit = char.hexDigitValue, digit <= 9 {
                guard digit > 0 else {
                    try fail("a block scalar's indentation indicator must be between 1 and 9", at: position)
                }
                increment = Int(digit)
            } else {
                break
            }
            position += 1
        }
        let afterHeader = skipBlanks(position)
        if afterHeader < lineEnd && !(afterHeader > position && isComment(afterHeader)) {
            try fail("unexpected text after block scalar indicator '\(folded ? ">" : "|")'", at: afterHeader)
        }

        // Content is more indented than the parent; at the root, at least one space (as in libyaml).
        let minimumIndent = max(parentIndent + 1, 1)
        let indent: Int
        if let increment {
            indent = minimumIndent + increment - 1
        } else {
            indent = try detectIndentation(after: line, minimum: minimumIndent)
        }

        // Built as UTF-8 from whole slices of the source; each slice starts after `indent`
        // spaces and ends at a line end, so it holds whole characters.
        var text: [UInt8] = []
        var lineBreak = false
        var (breaks, index, kind) = scanEmptyLines(from: line + 1, indent: indent)
        while kind == .content {
            text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks))
            let current = source.lines[index]
            let first = source.bytes[current.start + indent]
            text.append(contentsOf: source.bytes[(current.start + indent)..<current.end])
            lineBreak = current.hasBreak
            line = index
            (breaks, index, kind) = scanEmptyLines(from: index + 1, indent: indent)
            guard kind == .content else { break }
            // Folding: a break between two lines that start with text becomes a space, or
            // disappears when empty lines follow it (they stand for the breaks). Around
            // more-indented lines, breaks are kept.
            let nextFirst = source.bytes[source.lines[index].start + indent]
            if folded && !first.isBlank && !nextFirst.isBlank {
                if breaks == 0 { text.append(UInt8(ascii: " ")) }
            } else {
                text.append(UInt8(ascii: "\n"))
            }
        }
        if chomping != .strip && lineBreak { text.append(UInt8(ascii: "\n")) }
        if chomping == .keep { text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks)) }
        return YAMLNode(
            kind: .scalar(YAMLScalar(text: String(decoding: text, as: UTF8.self), style: folded ? .folded : .literal)),
            location: scalarLocation)
    }

    /// The indentation of the first content line after the header on line `header`.
    ///
    /// Leading empty lines may not be indented more than it: YAML makes that an error, and
    /// tools disagree on what it would mean.
    private mutating func detectIndentation(after header: Int, minimum: Int) throws(Stop) -> Int {
        var widest = 0
        var index = header + 1
        while index < source.lines.count {
            let current = source.lines[index]
            let spaces = leadingSpaces(of: current)
            guard current.start + spaces == current.end else {
                if spaces >= minimum && widest > spaces {
                    line = index
                    try fail(
                        "a leading empty line of a block scalar is indented more than its first line",
                        at: current.start + spaces)
                }
                // Less indented than the minimum, the line is not content: the empty lines decide.
                return max(minimum, widest, spaces)
            }
            widest = max(widest, spaces)
            index += 1
        }
        return max(minimum, widest)
    }

    /// Counts the empty lines of a block scalar from line `start`.
    ///
    /// - Returns: How many line breaks they hold, the index of the first line that is not
    ///   empty, and whether that line continues the scalar.
    private func scanEmptyLines(from start: Int, indent: Int) -> (breaks: Int, index: Int, kind: BlockLine) {
        var breaks = 0
        var index = start
        while index < source.lines.count {
            let current = source.lines[index]
            let spaces = leadingSpaces(of: current)
            if current.start + spaces < current.end || spaces > indent {
                return (breaks, index, spaces >= indent ? .content : .end)
            }
            // A last line of only spaces without a break holds no line break.
            guard current.hasBreak else { break }
            breaks += 1
            index += 1
        }
        return (breaks, index, .end)
    }

    private func leadingSpaces(of line: SourceLines.Line) -> Int {
        var position = line.start
        while position < line.end, source.bytes[position] == UInt8(ascii: " ") { position += 1 }
        return position - line.start
    }
}
