/// Text with `{name}` placeholders, as in a path (`/users/{userId}/lock`) or a server URL
/// (`https://{domain}.frontegg.com/`): one parser for the validator and the generator alike.
public enum TemplatedText {
    /// A run of the text: literal characters, or one `{name}` placeholder.
    public enum Part: Sendable, Hashable {
        case literal(String)
        /// A placeholder's name, and its offset in Unicode scalars from the start of the text.
        case placeholder(String, offset: Int)
    }

    /// The text split into literal runs and placeholders. An unclosed `{` stays literal text.
    public static func parts(_ text: String) -> [Part] {
        // Braces are ASCII and no byte of a multi-byte character is, so the text is cut at its
        // UTF-8 bytes; offsets still count Unicode scalars.
        let bytes = Array(text.utf8)
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var parts: [Part] = []
        // Where the literal run being read starts; it runs on through an unclosed `{`.
        var literalStart = 0
        var open: (index: Int, offset: Int)?
        var offset = 0
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "{"), open == nil {
                open = (index, offset)
            } else if byte == UInt8(ascii: "}"), let brace = open {
                if brace.index > literalStart { parts.append(.literal(string(literalStart..<brace.index))) }
                parts.append(.placeholder(string(brace.index + 1..<index), offset: brace.offset))
                open = nil
                literalStart = index + 1
            }
            // Each scalar has exactly one byte that is not a continuation byte (10xxxxxx).
            if byte & 0xC0 != 0x80 { offset += 1 }
        }
        if literalStart < bytes.count { parts.append(.literal(string(literalStart..<bytes.count))) }
        return parts
    }

    /// The placeholder names, in order.
    public static func placeholders(_ text: String) -> [String] {
        parts(text).compactMap { part in
            if case .placeholder(let name, _) = part { return name }
            return nil
        }
    }
}
