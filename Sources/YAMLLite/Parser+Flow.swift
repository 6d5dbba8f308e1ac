/// Flow collections (`[a, b]`, `{k: v}`), which YAML-lite keeps on one line.
extension Parser {
    /// Parses the flow collection whose `[` or `{` is at `start`.
    ///
    /// - Parameters:
    ///   - start: Where the opening bracket is.
    ///   - outermost: The opening bracket of the outermost flow collection, where an
    ///     unclosed collection is reported; nil when this collection is the outermost.
    ///   - depth: How many collections enclose this one.
    /// - Returns: The collection and the position just past its closing bracket.
    /// - Throws: ``Stop`` after a structural error, recorded in ``errors``.
    mutating func parseFlowCollection(
        at start: Int, outermost: Int? = nil, depth: Int
    ) throws(Stop) -> (YAMLNode, end: Int) {
        try checkDepth(depth, at: start)
        let opener = outermost ?? start
        return source.bytes[start] == UInt8(ascii: "[")
            ? try parseFlowSequence(at: start, opener: opener, depth: depth)
            : try parseFlowMapping(at: start, opener: opener, depth: depth)
    }

    private mutating func parseFlowSequence(
        at start: Int, opener: Int, depth: Int
    ) throws(Stop) -> (YAMLNode, end: Int) {
        var items: [YAMLNode] = []
        var position = skipBlanks(start + 1)
        while true {
            try expectFlowContent(at: position, opener: opener)
            if source.bytes[position] == UInt8(ascii: "]") { break }
            let node: YAMLNode
            let keyOrNode = try parseFlowNode(at: position, opener: opener, depth: depth + 1)
            position = skipBlanks(keyOrNode.end)
            if let key = keyOrNode.node.scalar, isFlowValueIndicator(at: position, afterQuoted: key.style != .plain) {
                // `[a: b]`: a single-pair mapping, as in YAML.
                let value: YAMLNode
                (value, position) = try parseFlowValue(after: position, opener: opener, depth: depth + 2)
                let entry = YAMLMappingEntry(key: key, keyLocation: keyOrNode.node.location, value: value)
                node = YAMLNode(kind: .mapping([entry]), location: keyOrNode.node.location)
            } else {
                node = keyOrNode.node
            }
            items.append(node)
            position = skipBlanks(position)
            try expectFlowContent(at: position, opener: opener)
            switch source.bytes[position] {
            case UInt8(ascii: "]"):
                return (YAMLNode(kind: .sequence(items), location: location(of: start)), position + 1)
            case UInt8(ascii: ","):
                position = skipBlanks(position + 1)
            default:
                try fail("expected ',' or ']' in flow sequence", at: position)
            }
        }
        return (YAMLNode(kind: .sequence(items), location: location(of: start)), position + 1)
    }

    private mutating func parseFlowMapping(
        at start: Int, opener: Int, depth: Int
    ) throws(Stop) -> (YAMLNode, end: Int) {
        var entries = MappingBuilder()
        var position = skipBlanks(start + 1)
        // Keys used twice are reported even when a later error stops the parse.
        do throws(Stop) {
            while true {
                try expectFlowContent(at: position, opener: opener)
                if source.bytes[position] == UInt8(ascii: "}") { break }
                let keyStart = parseProperties(at: position)
                try expectFlowContent(at: keyStart, opener: opener)
                let char = source.bytes[keyStart]
                if char == UInt8(ascii: "[") || char == UInt8(ascii: "{") {
                    try fail("complex keys are not supported (a flow collection as a key)", at: keyStart)
                }
                if char == UInt8(ascii: "?") && isBlankOrLineEnd(keyStart + 1) {
                    try fail("complex keys are not supported ('? ')", at: keyStart)
                }
                let (key, keyEnd) = try scanScalar(at: keyStart, inFlow: true)
                position = skipBlanks(keyEnd)
                let value: YAMLNode
                if isFlowValueIndicator(at: position, afterQuoted: key.style != .plain) {
                    (value, position) = try parseFlowValue(after: position, opener: opener, depth: depth + 1)
                } else {
                    // `{a, b: 1}`: a key without a value is null, as in YAML.
                    value = YAMLNode(kind: .scalar(YAMLScalar(text: "", style: .plain)), location: location(of: keyEnd))
                }
                entries.add(YAMLMappingEntry(key: key, keyLocation: location(of: keyStart), value: value))
                position = skipBlanks(position)
                try expectFlowContent(at: position, opener: opener)
                if source.bytes[position] == UInt8(ascii: "}") { break }
                guard source.bytes[position] == UInt8(ascii: ",") else {
                    try fail("expected ',' or '}' in flow mapping", at: position)
                }
                position = skipBlanks(position + 1)
            }
        } catch {
            _ = finish(entries)
            throw error
        }
        return (YAMLNode(kind: .mapping(finish(entries)), location: location(of: start)), position + 1)
    }

    /// Parses the value after the `:` at `colon`; a missing value is null, located just after the colon.
    private mutating func parseFlowValue(
        after colon: Int, opener: Int, depth: Int
    ) throws(Stop) -> (YAMLNode, end: Int) {
        let start = skipBlanks(colon + 1)
        try expectFlowContent(at: start, opener: opener)
        let char = source.bytes[start]
        if char == UInt8(ascii: ",") || char == UInt8(ascii: "}") || char == UInt8(ascii: "]") {
            return (
                YAMLNode(kind: .scalar(YAMLScalar(text: "", style: .plain)), location: location(of: colon + 1)), start
            )
        }
        let value = try parseFlowNode(at: start, opener: opener, depth: depth)
        return (value.node, value.end)
    }

    /// Parses one node inside a flow collection: a nested collection or a scalar.
    private mutating func parseFlowNode(
        at position: Int, opener: Int, depth: Int
    ) throws(Stop) -> (node: YAMLNode, end: Int) {
        let start = parseProperties(at: position)
        try expectFlowContent(at: start, opener: opener)
        let char = source.bytes[start]
        if char == UInt8(ascii: "[") || char == UInt8(ascii: "{") {
            return try parseFlowCollection(at: start, outermost: opener, depth: depth)
        }
        if char == UInt8(ascii: "?") && isBlankOrLineEnd(start + 1) {
            try fail("complex keys are not supported ('? ')", at: start)
        }
        if char == UInt8(ascii: "-") && isBlankOrLineEnd(start + 1) {
            try fail("block sequence items are not allowed inside flow collections", at: start)
        }
        let (scalar, end) = try scanScalar(at: start, inFlow: true)
        return (YAMLNode(kind: .scalar(scalar), location: location(of: start)), end)
    }

    /// A `:` that separates a key from its value in a flow collection: followed by a blank, a
    /// flow indicator or the end of the line, or directly after a quoted key (`{"a":1}`), as in YAML 1.2.
    private func isFlowValueIndicator(at position: Int, afterQuoted: Bool) -> Bool {
        guard position < lineEnd, source.bytes[position] == UInt8(ascii: ":") else { return false }
        return afterQuoted || position + 1 == lineEnd || source.bytes[position + 1].isBlank
            || source.bytes[position + 1].isFlowIndicator
    }

    /// Requires more of the flow collection on this line; `opener` is its outermost bracket.
    private mutating func expectFlowContent(at position: Int, opener: Int) throws(Stop) {
        guard isLineEnd(position) else { return }
        let isSequence = source.bytes[opener] == UInt8(ascii: "[")
        let name = isSequence ? "flow sequence" : "flow mapping"
        if peekContentLine() == nil {
            try fail("unterminated \(name)", at: opener)
        }
        try fail("\(name)s cannot span lines; close it with '\(isSequence ? "]" : "}")' on the same line", at: opener)
    }
}
