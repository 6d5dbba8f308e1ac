/// Block nodes: a node on its line, block mappings and block sequences, and what may follow
/// a single-line node.
extension Parser {
    /// Parses the node starting at `position`, which holds the first character of its line
    /// that is not blank, or the first one after a `key:`, a `- ` or a leading `---`.
    ///
    /// - Parameters:
    ///   - position: Where the node's line content starts, before any property.
    ///   - parentIndent: The indentation of the enclosing block collection (-1 at the root);
    ///     a following line indented more than this would continue the node.
    ///   - depth: How many collections enclose the node.
    ///   - inlineAfter: What precedes the node on its line when that forbids a block mapping or
    ///     sequence to start there ("its key" after `key:`, "'---'"); nil where they may start.
    /// - Returns: The node.
    /// - Throws: ``Stop`` after a structural error, recorded in ``errors``.
    mutating func parseNode(
        at position: Int, parentIndent: Int, depth: Int, inlineAfter: String?
    ) throws(Stop) -> YAMLNode {
        let start = parseProperties(at: position)
        if isLineEnd(start) {
            // Only properties on this line (already reported): the node is on the next lines.
            return try parseValueOnNextLines(
                emptyAt: start, parentIndent: parentIndent, depth: depth, indentless: false)
        }
        let char = source.bytes[start]
        let nextIsBlank = isBlankOrLineEnd(start + 1)
        switch char {
        case UInt8(ascii: "-") where nextIsBlank:
            guard inlineAfter == nil, start == position else {
                try fail("a block sequence cannot start on the same line as \(inlineAfter ?? "a property")", at: start)
            }
            return try parseBlockSequence(at: start, depth: depth, indentless: false)
        case UInt8(ascii: "?") where nextIsBlank:
            try fail("complex keys are not supported ('? ')", at: start)
        case UInt8(ascii: ":") where nextIsBlank:
            try fail("missing key before ':'", at: start)
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return try parseBlockScalar(at: start, parentIndent: parentIndent)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let (node, end) = try parseFlowCollection(at: start, depth: depth)
            let after = skipBlanks(end)
            if isValueIndicator(after) {
                try fail("complex keys are not supported (a flow collection as a key)", at: start)
            }
            try expectLineEnd(at: after, after: char == UInt8(ascii: "[") ? "flow sequence" : "flow mapping")
            try expectNoContinuation(of: position, parentIndent: parentIndent, style: nil)
            return node
        default:
            let (scalar, end) = try scanScalar(at: start, inFlow: false)
            let after = skipBlanks(end)
            if isValueIndicator(after) {
                if let inlineAfter {
                    try fail("a mapping cannot start on the same line as \(inlineAfter)", at: start)
                }
                // The mapping's indentation is where its line's content starts, before any property.
                return try parseBlockMapping(
                    firstKey: scalar, keyAt: start, colon: after, indent: column(of: position), depth: depth)
            }
            try expectLineEnd(at: after, after: describe(scalar.style))
            try expectNoContinuation(of: position, parentIndent: parentIndent, style: scalar.style)
            return YAMLNode(kind: .scalar(scalar), location: location(of: start))
        }
    }

    /// Parses what follows a `key:` or a `-` indicator ending just before `position`: a node on
    /// the same line, a node on the next lines, or nothing (a null located at `position`).
    private mutating func parseValue(
        after position: Int, parentIndent: Int, depth: Int, isSequenceItem: Bool
    ) throws(Stop) -> YAMLNode {
        let start = skipBlanks(position)
        if isLineEnd(skippingProperties(at: start)) {
            _ = parseProperties(at: start)
            return try parseValueOnNextLines(
                emptyAt: position, parentIndent: parentIndent, depth: depth, indentless: !isSequenceItem)
        }
        // The node starts at its properties: a compact mapping after `- &a` is indented to the `&`.
        return try parseNode(
            at: start, parentIndent: parentIndent, depth: depth, inlineAfter: isSequenceItem ? nil : "its key")
    }

    /// Parses a node that starts on a later line, more indented than its parent (or, for a
    /// mapping value, an indentless sequence at the parent's indentation); without one the
    /// value is an empty plain scalar at `emptyAt`.
    private mutating func parseValueOnNextLines(
        emptyAt position: Int, parentIndent: Int, depth: Int, indentless: Bool
    ) throws(Stop) -> YAMLNode {
        let empty = YAMLNode(kind: .scalar(YAMLScalar(text: "", style: .plain)), location: location(of: position))
        guard let next = peekContentLine() else { return empty }
        let nextLine = source.lines[next]
        if nextLine.indent > parentIndent {
            try enter(next)
            return try parseNode(
                at: nextLine.firstContent, parentIndent: parentIndent, depth: depth, inlineAfter: nil)
        }
        if indentless, nextLine.indent == parentIndent, startsWithSequenceIndicator(next) {
            try enter(next)
            return try parseBlockSequence(at: nextLine.firstContent, depth: depth, indentless: true)
        }
        return empty
    }

    private mutating func parseBlockMapping(
        firstKey: YAMLScalar, keyAt firstKeyPosition: Int, colon firstColon: Int, indent: Int, depth: Int
    ) throws(Stop) -> YAMLNode {
        let mappingLocation = location(of: firstKeyPosition)
        try checkDepth(depth, at: firstKeyPosition)
        var entries = MappingBuilder()
        var key = firstKey
        var keyLocation = mappingLocation
        var colon = firstColon
        // Keys used twice are reported even when a later error stops the parse.
        do throws(Stop) {
            while true {
                let value = try parseValue(
                    after: colon + 1, parentIndent: indent, depth: depth + 1, isSequenceItem: false)
                entries.add(YAMLMappingEntry(key: key, keyLocation: keyLocation, value: value))

                guard let next = peekContentLine(), source.lines[next].indent >= indent else { break }
                try enter(next)
                let nextLine = source.lines[next]
                if nextLine.indent > indent {
                    try fail(badIndentationMessage(), at: nextLine.firstContent)
                }
                (key, keyLocation, colon) = try parseNextKey(at: nextLine.firstContent)
            }
        } catch {
            _ = finish(entries)
            throw error
        }
        return YAMLNode(kind: .mapping(finish(entries)), location: mappingLocation)
    }

    /// Parses a key of a block mapping after the first one; anything else at the mapping's
    /// indentation is an error.
    private mutating func parseNextKey(at position: Int) throws(Stop) -> (YAMLScalar, SourceLocation, colon: Int) {
        let start = parseProperties(at: position)
        guard !isLineEnd(start) else {
            try fail("a property must be followed by a mapping key here", at: position)
        }
        let char = source.bytes[start]
        let nextIsBlank = isBlankOrLineEnd(start + 1)
        switch char {
        case UInt8(ascii: "-") where nextIsBlank:
            try fail("a sequence and a mapping mixed at one level", at: start)
        case UInt8(ascii: "?") where nextIsBlank:
            try fail("complex keys are not supported ('? ')", at: start)
        case UInt8(ascii: ":") where nextIsBlank:
            try fail("missing key before ':'", at: start)
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            try fail("a scalar and a mapping mixed at one level", at: start)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let (_, end) = try parseFlowCollection(at: start, depth: 0)
            if isValueIndicator(skipBlanks(end)) {
                try fail("complex keys are not supported (a flow collection as a key)", at: start)
            }
            try fail("a flow collection and a mapping mixed at one level", at: start)
        default:
            let (scalar, end) = try scanScalar(at: start, inFlow: false)
            let after = skipBlanks(end)
            guard isValueIndicator(after) else {
                try fail("a scalar and a mapping mixed at one level", at: start)
            }
            return (scalar, location(of: start), after)
        }
    }

    private mutating func parseBlockSequence(at dash: Int, depth: Int, indentless: Bool) throws(Stop) -> YAMLNode {
        let sequenceLocation = location(of: dash)
        try checkDepth(depth, at: dash)
        let indent = column(of: dash)
        var items: [YAMLNode] = []
        var dash = dash
        while true {
            items.append(try parseValue(after: dash + 1, parentIndent: indent, depth: depth + 1, isSequenceItem: true))

            guard let next = peekContentLine(), source.lines[next].indent >= indent else { break }
            let nextLine = source.lines[next]
            let isItem = startsWithSequenceIndicator(next)
            // An indentless sequence ends where its mapping's next key starts.
            if indentless, nextLine.indent == indent, !isItem { break }
            try enter(next)
            if nextLine.indent > indent {
                try fail(badIndentationMessage(), at: nextLine.firstContent)
            }
            guard isItem else {
                let what = looksLikeMappingEntry(next) ? "a mapping" : "a scalar"
                try fail("a sequence and \(what) mixed at one level", at: nextLine.firstContent)
            }
            dash = nextLine.firstContent
        }
        return YAMLNode(kind: .sequence(items), location: sequenceLocation)
    }

    /// After a single-line node, a more indented line would continue it in full YAML
    /// (as a multi-line scalar, or a misplaced collection): report what it looks like.
    ///
    /// - Parameters:
    ///   - position: Where the node's line content starts (before any property).
    ///   - parentIndent: The indentation of the enclosing block collection (-1 at the root).
    ///   - style: The scalar's style, or nil for a flow collection.
    /// - Throws: ``Stop`` after reporting the continuation line.
    mutating func expectNoContinuation(of position: Int, parentIndent: Int, style: ScalarStyle?) throws(Stop) {
        guard let next = peekContentLine(), source.lines[next].indent > parentIndent else { return }
        // A node that starts its line shares its indentation with siblings, so a line at that
        // indentation is a second node at one level rather than an indentation mistake.
        let sameLevel = position == source.lines[line].firstContent && source.lines[next].indent == column(of: position)
        let what = style == nil ? "a flow collection" : "a scalar"
        try enter(next)
        let start = source.lines[next].firstContent
        if isSequenceIndicator(start) {
            try fail(
                sameLevel ? "\(what) and a sequence mixed at one level" : "bad indentation of a sequence item",
                at: start)
        }
        if looksLikeMappingEntry(next) {
            try fail(
                sameLevel ? "\(what) and a mapping mixed at one level" : "bad indentation of a mapping entry", at: start
            )
        }
        if style == .plain {
            try fail("plain scalars cannot continue on the next line; use '|' or '>' for multi-line text", at: start)
        }
        try fail("bad indentation", at: start)
    }
}
