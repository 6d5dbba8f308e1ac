import YAMLLite

/// Reads the values of one spec file's YAML-lite tree, turning every shape mismatch into a
/// diagnostic at the offending node instead of a crash or a silent default.
struct NodeReader {
    let file: String
    /// The file's text, to tell where a scalar's text starts in the source.
    let text: String
    /// The text's lines, split on first use: only quoted and block scalars need them.
    private var splitLines: [Substring]?
    private(set) var diagnostics = DiagnosticCollector()

    init(file: String, text: String = "") {
        self.file = file
        self.text = text
    }

    /// The text's lines, cut at `"\n"` and `"\r\n"`: a CR is part of a line unless an LF
    /// follows it. Split once, on first use.
    private mutating func lines() -> [Substring] {
        if let splitLines { return splitLines }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        splitLines = lines
        return lines
    }

    /// Where a scalar's text starts in the source, when its characters stand there one for one:
    /// a plain scalar, a quoted one without escapes, or a block scalar of one line. Nil for
    /// escaped or multi-line text, whose columns do not map onto the text.
    mutating func textStart(_ node: YAMLNode) -> SourceRef? {
        guard let scalar = node.scalar else { return nil }
        switch scalar.style {
        case .plain:
            return ref(node)
        case .singleQuoted, .doubleQuoted:
            let lines = lines()
            let location = node.location
            guard location.line >= 1, location.line <= lines.count else { return nil }
            let raw = lines[location.line - 1].unicodeScalars.dropFirst(location.column)  // after the quote
            let quote: Unicode.Scalar = scalar.style == .singleQuoted ? "'" : "\""
            let text = scalar.text.unicodeScalars
            guard raw.starts(with: text), raw.dropFirst(text.count).first == quote else { return nil }
            return ref(SourceLocation(line: location.line, column: location.column + 1))
        case .literal, .folded:
            // A one-line block scalar's text stands on the line after its indicator.
            let lines = lines()
            let next = node.location.line + 1
            guard !scalar.text.contains("\n"), next <= lines.count else { return nil }
            let line = lines[next - 1].unicodeScalars
            let indentation = line.prefix { $0 == " " }.count
            guard line.dropFirst(indentation).starts(with: scalar.text.unicodeScalars) else { return nil }
            return ref(SourceLocation(line: next, column: indentation + 1))
        }
    }

    func ref(_ location: SourceLocation) -> SourceRef {
        SourceRef(file: file, location: location)
    }

    func ref(_ node: YAMLNode) -> SourceRef { ref(node.location) }

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.error(message, at: ref(location))
    }

    mutating func append(_ other: NodeReader) {
        diagnostics.append(contentsOf: other.diagnostics.diagnostics)
    }

    /// The entries of a mapping node; `what` names the value in the message ("endpoint 'lockUser'").
    ///
    /// Here and in every reading method, `what` is an autoclosure, built only for a message.
    mutating func mapping(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [YAMLMappingEntry]? {
        if let entries = node.mapping { return entries }
        error("expected a mapping for \(what()), found \(describe(node))", at: node.location)
        return nil
    }

    mutating func sequence(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [YAMLNode]? {
        if let items = node.sequence { return items }
        error("expected a list for \(what()), found \(describe(node))", at: node.location)
        return nil
    }

    /// Reports every key that is not one of `allowed`, with the closest allowed key as a hint.
    mutating func checkKeys(_ entries: [YAMLMappingEntry], allowed: [String], in what: @autoclosure () -> String) {
        for entry in entries where !allowed.contains(entry.key.text) {
            error(
                "unknown key '\(entry.key.text)' in \(what())" + Suggestions.hint(for: entry.key.text, in: allowed),
                at: entry.keyLocation)
        }
    }

    /// A non-null scalar's text. Plain scalars keep their text, so `version: 1.0` reads "1.0".
    mutating func string(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
        guard let scalar = node.scalar, !scalar.isNull else {
            error("expected a string for \(what()), found \(describe(node))", at: node.location)
            return nil
        }
        return scalar.text
    }

    mutating func locatedString(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Located<String>? {
        string(node, what()).map { Located($0, at: ref(node)) }
    }

    mutating func bool(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Bool? {
        if let scalar = node.scalar, scalar.style == .plain, case .bool(let value) = scalar.coreValue {
            return value
        }
        error("expected true or false for \(what()), found \(describe(node))", at: node.location)
        return nil
    }

    mutating func int(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Located<Int>? {
        if let scalar = node.scalar, scalar.style == .plain, case .int(let value) = scalar.coreValue {
            return Located(value, at: ref(node))
        }
        error("expected an integer for \(what()), found \(describe(node))", at: node.location)
        return nil
    }

    mutating func number(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Located<Double>? {
        if let scalar = node.scalar, scalar.style == .plain {
            switch scalar.coreValue {
            case .int(let value): return Located(Double(value), at: ref(node))
            case .float(let value) where value.isFinite: return Located(value, at: ref(node))
            default: break
            }
        }
        error("expected a number for \(what()), found \(describe(node))", at: node.location)
        return nil
    }

    /// A literal typed by the core schema: enum values, defaults and examples.
    mutating func literal(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Located<LiteralValue>? {
        guard let scalar = node.scalar else {
            error("expected a single value for \(what()), found \(describe(node))", at: node.location)
            return nil
        }
        let value: LiteralValue
        switch scalar.coreValue {
        case .null: value = .null
        case .bool(let bool): value = .bool(bool)
        case .int(let int): value = .integer(int)
        case .float(let double) where double.isFinite: value = .number(double)
        case .float: value = .string(scalar.text)
        case .string(let string): value = .string(string)
        }
        return Located(value, at: ref(node))
    }

    /// A list of strings, from `[a, b]` or a block list.
    mutating func stringList(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [Located<String>]? {
        guard let items = sequence(node, what()) else { return nil }
        return items.compactMap { locatedString($0, "an item of \(what())") }
    }

    func describe(_ node: YAMLNode) -> String {
        switch node.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if scalar.isNull { return "nothing" }
            let text = scalar.text.count > 40 ? String(scalar.text.prefix(40)) + "…" : scalar.text
            return "'\(text)'"
        }
    }
}

extension [YAMLMappingEntry] {
    /// The value of the first entry whose key is `key`.
    func value(forKey key: String) -> YAMLNode? {
        firstIndex(ofKey: key).map { self[$0].value }
    }

    /// The index of the first entry whose key is `key`.
    func firstIndex(ofKey key: String) -> Int? {
        indices.first { self[$0].key.text == key }
    }
}
