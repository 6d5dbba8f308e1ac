/// The result of parsing one YAML-lite text: its tree, and every error found.
public struct YAMLDocument: Sendable {
    /// The root node; nil for an empty document (only comments and blank lines).
    ///
    /// When ``errors`` is not empty the root may be partial or nil.
    public var root: YAMLNode?
    /// Every error found, in source order.
    public var errors: [YAMLLiteError]

    /// Creates a document from a root and its errors.
    public init(root: YAMLNode?, errors: [YAMLLiteError]) {
        self.root = root
        self.errors = errors
    }
}

/// The YAML-lite parser: a strict subset of YAML 1.2 in which anything outside the subset
/// is an error naming the construct, never a silent misreading.
public enum YAMLLite {
    /// Parses a YAML-lite text.
    ///
    /// Parsing never throws and never traps: problems are collected in the document's
    /// `errors`. Recoverable ones (duplicate keys, tabs, anchors, ...) let parsing go on, so
    /// one run reports as many errors as it can; structural ones stop it.
    ///
    /// For example, `YAMLLite.parse("a: 1\na: 2").errors.map(\.description)` is
    /// `["2:1: error: duplicate key 'a' (first at 1:1)"]`.
    /// - Parameter text: The source text: LF or CRLF line ends, an optional leading BOM.
    /// - Returns: The tree and the errors, in source order.
    public static func parse(_ text: String) -> YAMLDocument {
        // Parsed in the string's own UTF-8 storage, which lives until the parse ends, rather than
        // in a copy: specs are megabytes of text, and every node is read out of it into strings.
        var text = text
        return text.withUTF8 { bytes in
            var parser = Parser(utf8: bytes)
            return parser.parseDocument()
        }
    }
}
