/// Tests on byte positions inside the current line.
extension Parser {
    var lineEnd: Int { source.lines[line].end }

    func location(of position: Int) -> SourceLocation {
        SourceLocation(line: line + 1, column: source.column(of: position, inLine: line) + 1)
    }

    /// The 0-based column of `position`, which is also the indentation of a collection starting there.
    func column(of position: Int) -> Int { source.column(of: position, inLine: line) }

    func skipBlanks(_ position: Int) -> Int {
        var position = position
        let end = lineEnd
        while position < end, source.bytes[position].isBlank { position += 1 }
        return position
    }

    /// Whether `position` (just past blanks) ends the line's content: its end or a comment.
    func isLineEnd(_ position: Int) -> Bool {
        position >= lineEnd || isComment(position)
    }

    /// A `#` starts a comment only at the start of a line or after a blank: `a#b` is one scalar.
    func isComment(_ position: Int) -> Bool {
        source.bytes[position] == UInt8(ascii: "#")
            && (position == source.lines[line].start || source.bytes[position - 1].isBlank)
    }

    func isBlankOrLineEnd(_ position: Int) -> Bool {
        position >= lineEnd || source.bytes[position].isBlank
    }

    /// A `:` followed by a blank or the end of the line: the indicator after a block mapping key.
    func isValueIndicator(_ position: Int) -> Bool {
        position < lineEnd && source.bytes[position] == UInt8(ascii: ":") && isBlankOrLineEnd(position + 1)
    }

    /// A `-` followed by a blank or the end of the line: a block sequence item.
    func isSequenceIndicator(_ position: Int) -> Bool {
        position < lineEnd && source.bytes[position] == UInt8(ascii: "-") && isBlankOrLineEnd(position + 1)
    }

    /// Requires the line to end (or a comment to start) at `position`, after a complete node.
    mutating func expectLineEnd(at position: Int, after what: String) throws(Stop) {
        if !isLineEnd(position) {
            try fail("unexpected text after \(what)", at: position)
        }
    }

    /// The characters from `position` up to the next blank, for quoting a construct in a message.
    func token(at position: Int) -> String {
        let lineEnd = lineEnd
        var end = position + 1
        while end < lineEnd, !source.bytes[end].isBlank { end += 1 }
        // No byte of a multi-byte character is blank, so the token ends on a character boundary.
        return source.text(position..<min(end, lineEnd))
    }

    func describe(_ style: ScalarStyle) -> String {
        switch style {
        case .plain: "plain scalar"
        case .singleQuoted: "single-quoted scalar"
        case .doubleQuoted: "double-quoted scalar"
        case .literal: "literal block scalar"
        case .folded: "folded block scalar"
        }
    }
}
