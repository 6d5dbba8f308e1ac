/// Thrown inside the parser after an unrecoverable error has been recorded, to stop parsing.
struct Stop: Error {}

/// A recursive-descent parser for YAML-lite, one physical line at a time.
///
/// # Internals
/// YAML-lite forbids every construct that lets a token span lines (multi-line plain and quoted
/// scalars, multi-line flow collections), so the only multi-line node is the block scalar.
/// Everything else is scanned inside one line, and the block structure is decided by comparing
/// the indentation of the next content line with that of the enclosing collection. `line` is
/// the line being scanned; positions are byte indexes into `source.bytes`.
///
/// Recoverable errors (duplicate keys, tabs, anchors, bad escapes...) are recorded and parsing
/// goes on; after an unrecoverable one (bad structure) any further report would be noise, so
/// the parser records it and throws ``Stop``.
struct Parser {
    /// The deepest nesting of collections accepted; deeper input is an error, not a stack overflow.
    static let maxDepth = 256

    let source: SourceLines
    var errors: [YAMLLiteError] = []
    /// The index of the line being scanned.
    var line = 0
    /// The last line whose indentation was checked, so that a line's tab is reported once
    /// however many enclosing collections look at it.
    var checkedThrough = -1

    /// `text` must stay valid while the parser is used (see ``SourceLines/init(utf8:)``).
    init(utf8 text: UnsafeBufferPointer<UInt8>) {
        source = SourceLines(utf8: text)
        for character in source.nonPrintable {
            let hex = String(character.value, radix: 16, uppercase: true)
            let codePoint = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let column = source.column(of: character.index, inLine: character.line) + 1
            errors.append(
                YAMLLiteError(
                    message: "non-printable character \(codePoint) is not allowed",
                    location: SourceLocation(line: character.line + 1, column: column)))
        }
    }

    // MARK: - Document

    mutating func parseDocument() -> YAMLDocument {
        var root: YAMLNode?
        do throws(Stop) {
            root = try parseRoot()
        } catch {
            root = nil
        }
        // Errors are found almost in order; a stable sort makes "source order" a guarantee.
        let sorted = errors.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
        return YAMLDocument(root: root, errors: sorted.map(\.element))
    }

    private mutating func parseRoot() throws(Stop) -> YAMLNode? {
        var index = source.nextContentLine[0]
        // Directives are reported and skipped: what follows them can still be checked.
        while index < source.lines.count, source.bytes[source.lines[index].start] == UInt8(ascii: "%") {
            line = index
            checkedThrough = index
            let start = source.lines[index].start
            error("directives are not supported ('\(token(at: start))')", at: start)
            index = source.nextContentLine[index + 1]
        }
        guard index < source.lines.count else { return nil }
        if documentMarker(at: index) == "---" {
            line = index
            checkedThrough = index
            let start = source.lines[index].start
            let after = skipBlanks(start + 3)
            if !isLineEnd(after) {
                let node = try parseNode(at: after, parentIndent: -1, depth: 0, inlineAfter: "'---'")
                try expectNoMoreContent()
                return node
            }
            index = source.nextContentLine[index + 1]
            guard index < source.lines.count else { return nil }
        }
        try enter(index)
        let node = try parseNode(
            at: source.lines[index].firstContent, parentIndent: -1, depth: 0, inlineAfter: nil)
        try expectNoMoreContent()
        return node
    }

    /// After the root node, anything left is misplaced: report it.
    private mutating func expectNoMoreContent() throws(Stop) {
        guard let next = peekContentLine() else { return }
        try enter(next)
        try fail(badIndentationMessage(), at: source.lines[next].firstContent)
    }

    /// Records a recoverable error.
    mutating func error(_ message: String, at position: Int) {
        errors.append(YAMLLiteError(message: message, location: location(of: position)))
    }

    /// Records an unrecoverable error and stops parsing.
    mutating func fail(_ message: String, at position: Int) throws(Stop) -> Never {
        error(message, at: position)
        throw Stop()
    }

    mutating func checkDepth(_ depth: Int, at position: Int) throws(Stop) {
        if depth >= Self.maxDepth {
            try fail("collections are nested too deeply (the limit is \(Self.maxDepth) levels)", at: position)
        }
    }
}
