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
    /// How many entries the last mapping, and the last sequence, at each depth had.
    var mappingSizes = CollectionSizeHints()
    var sequenceSizes = CollectionSizeHints()

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

    // MARK: - Block nodes

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
        var entries = MappingBuilder(capacity: mappingSizes.capacity(atDepth: depth))
        var key = firstKey
        var keyLocation = mappingLocation
        var colon = firstColon
        while true {
            let value = try parseValue(after: colon + 1, parentIndent: indent, depth: depth + 1, isSequenceItem: false)
            if let message = entries.add(YAMLMappingEntry(key: key, keyLocation: keyLocation, value: value)) {
                errors.append(YAMLLiteError(message: message, location: keyLocation))
            }

            guard let next = peekContentLine(), source.lines[next].indent >= indent else { break }
            try enter(next)
            let nextLine = source.lines[next]
            if nextLine.indent > indent {
                try fail(badIndentationMessage(), at: nextLine.firstContent)
            }
            (key, keyLocation, colon) = try parseNextKey(at: nextLine.firstContent)
        }
        mappingSizes.record(entries.entries.count, atDepth: depth)
        return YAMLNode(kind: .mapping(entries.entries), location: mappingLocation)
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
        items.reserveCapacity(sequenceSizes.capacity(atDepth: depth))
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
        sequenceSizes.record(items.count, atDepth: depth)
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

    // MARK: - Lines

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
    private func startsWithSequenceIndicator(_ index: Int) -> Bool {
        let line = source.lines[index]
        let dash = line.firstContent
        return dash < line.end && source.bytes[dash] == UInt8(ascii: "-")
            && (dash + 1 == line.end || source.bytes[dash + 1].isBlank)
    }

    /// `---` or `...` if the line starts with that document marker.
    private func documentMarker(at index: Int) -> String? {
        let line = source.lines[index]
        guard line.end - line.start >= 3 else { return nil }
        let first = source.bytes[line.start]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return nil }
        guard source.bytes[line.start + 1] == first, source.bytes[line.start + 2] == first else { return nil }
        guard line.start + 3 == line.end || source.bytes[line.start + 3].isBlank else { return nil }
        return first == UInt8(ascii: "-") ? "---" : "..."
    }

    /// The message for a line whose indentation fits no enclosing collection.
    private func badIndentationMessage() -> String {
        if isSequenceIndicator(source.lines[line].firstContent) { return "bad indentation of a sequence item" }
        if looksLikeMappingEntry(line) { return "bad indentation of a mapping entry" }
        return "bad indentation"
    }

    /// Whether a line reads as `key: ...`, judged without reporting anything; used only to word errors.
    private func looksLikeMappingEntry(_ index: Int) -> Bool {
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

    // MARK: - Positions inside the current line

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

    // MARK: - Errors

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

/// Collects a mapping's entries, rejecting a key seen before.
struct MappingBuilder {
    /// Most mappings are small: below this many entries a linear search beats hashing every key.
    private static let indexThreshold = 16

    private(set) var entries: [YAMLMappingEntry] = []
    /// The identity of each entry's key, in entry order, once one differs from its key's text.
    /// Until then (in most mappings, for good) the keys' texts are their identities.
    private var identities: [String]?
    /// Entry indexes by key identity, built once the mapping grows past `indexThreshold`.
    private var index: [String: Int] = [:]

    init(capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    /// Adds an entry, or returns the duplicate-key message (and drops the entry) if its key is taken.
    ///
    /// Keys compare as their JSON keys (`a` and `"a"`, or `1` and `01`, are one key), since a
    /// JSON reader or the spec layer could not tell them apart.
    mutating func add(_ entry: consuming YAMLMappingEntry) -> String? {
        let identity = Self.identity(of: entry.key)
        let existing = entries.count < Self.indexThreshold ? firstIndex(of: identity) : index[identity]
        if let existing {
            return "duplicate key '\(entry.key.text)' (first at \(entries[existing].keyLocation))"
        }
        if identities == nil, identity != entry.key.text { identities = entries.map(\.key.text) }
        identities?.append(identity)
        entries.append(entry)
        if entries.count == Self.indexThreshold {
            // Room for as many again, so that a mapping this long does not rehash at once.
            index.reserveCapacity(2 * Self.indexThreshold)
            for offset in entries.indices { index[self.identity(at: offset)] = offset }
        } else if entries.count > Self.indexThreshold {
            index[identity] = entries.count - 1
        }
        return nil
    }

    /// The key's JSON key, without typing the scalars that can only be strings or that print
    /// as written: quoted ones, plain words that are no null or bool form (told by first and
    /// second letter and length, as in `coreValue`), and decimal integers without a leading zero.
    private static func identity(of key: YAMLScalar) -> String {
        guard key.style == .plain else { return key.text }
        let utf8 = key.text.utf8
        // The first two bytes read in the text's storage: iterating a `String.UTF8View` cost more
        // than the rest of this, for every key of every mapping.
        let start = utf8.withContiguousStorageIfAvailable { bytes -> (UInt8, UInt8)? in
            guard let first = bytes.first else { return nil }
            return (first, bytes.count > 1 ? bytes[1] : 0)
        }
        guard let (first, secondByte) = start ?? utf8.first.map({ ($0, utf8.dropFirst().first ?? 0) }) else {
            return key.jsonKey
        }
        let second = secondByte | 0x20
        switch first {
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return utf8.count == 4 && second == UInt8(ascii: "r") ? key.jsonKey : key.text
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return utf8.count == 5 && second == UInt8(ascii: "a") ? key.jsonKey : key.text
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return utf8.count == 4 && second == UInt8(ascii: "u") ? key.jsonKey : key.text
        case UInt8(ascii: "1")...UInt8(ascii: "9"):
            // `200` is the integer 200, which prints as `200`; anything else is typed in full.
            let isPlainInteger =
                utf8.count <= 18 && utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            return isPlainInteger ? key.text : key.jsonKey
        case UInt8(ascii: "0"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return key.jsonKey
        default:
            return key.text
        }
    }

    private func identity(at offset: Int) -> String {
        identities?[offset] ?? entries[offset].key.text
    }

    private func firstIndex(of identity: String) -> Int? {
        if let identities { return identities.firstIndex(of: identity) }
        return entries.indices.first { entries[$0].key.text == identity }
    }
}
