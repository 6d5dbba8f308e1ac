/// Moving between lines: finding and entering the next content line, and judging a line
/// before it is parsed, to word errors.
extension Parser {
    /// The next line with content after the current one, if any.
    func peekContentLine() -> Int? {
        let next = source.nextContentLine[line + 1]
        return next < source.lines.count ? next : nil
    }

    /// Makes `index` the current line, checking its indentation once.
    mutating func enter(_ index: Int) throws(Stop) {
        line = index
        guard index > checkedThrough else { return }
        checkedThrough = index
        if let tab = source.lines[index].tabInIndentation {
            error("tabs are not allowed in indentation", at: tab)
        }
        switch documentMarker(at: index) {
        case "---":
            try fail(
                "document markers are not supported ('---' is allowed only at the start)", at: source.lines[index].start
            )
        case "...":
            try fail("document end markers are not supported ('...')", at: source.lines[index].start)
        default:
            break
        }
    }

    /// Whether line `index` starts with a block sequence's `- `; usable before the line is entered.
    func startsWithSequenceIndicator(_ index: Int) -> Bool {
        let line = source.lines[index]
        let dash = line.firstContent
        return dash < line.end && source.bytes[dash] == UInt8(ascii: "-")
            && (dash + 1 == line.end || source.bytes[dash + 1].isBlank)
    }

    /// `---` or `...` if the line starts with that document marker.
    func documentMarker(at index: Int) -> String? {
        let line = source.lines[index]
        guard line.end - line.start >= 3 else { return nil }
        let first = source.bytes[line.start]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return nil }
        guard source.bytes[line.start + 1] == first, source.bytes[line.start + 2] == first else { return nil }
        guard line.start + 3 == line.end || source.bytes[line.start + 3].isBlank else { return nil }
        return first == UInt8(ascii: "-") ? "---" : "..."
    }

    /// The message for a line whose indentation fits no enclosing collection.
    func badIndentationMessage() -> String {
        if isSequenceIndicator(source.lines[line].firstContent) { return "bad indentation of a sequence item" }
        if looksLikeMappingEntry(line) { return "bad indentation of a mapping entry" }
        return "bad indentation"
    }

    /// Whether a line reads as `key: ...`, judged without reporting anything; used only to word errors.
    func looksLikeMappingEntry(_ index: Int) -> Bool {
        let line = source.lines[index]
        var position = line.firstContent
        guard position < line.end else { return false }
        let quote = source.bytes[position]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            position += 1
            while position < line.end, source.bytes[position] != quote {
                position += quote == UInt8(ascii: "\"") && source.bytes[position] == UInt8(ascii: "\\") ? 2 : 1
            }
            position = min(position + 1, line.end)
            while position < line.end, source.bytes[position].isBlank { position += 1 }
            return position < line.end && source.bytes[position] == UInt8(ascii: ":")
                && (position + 1 == line.end || source.bytes[position + 1].isBlank)
        }
        while position < line.end {
            let char = source.bytes[position]
            let nextIsBlank = position + 1 == line.end || source.bytes[position + 1].isBlank
            if char == UInt8(ascii: ":") && nextIsBlank { return true }
            if char.isBlank && !nextIsBlank && source.bytes[position + 1] == UInt8(ascii: "#") { return false }
            position += 1
        }
        return false
    }
}
