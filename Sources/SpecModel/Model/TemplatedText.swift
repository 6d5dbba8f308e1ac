/// Text with `{name}` placeholders, as in a path (`/users/{userId}/lock`) or a server URL
/// (`https://{domain}.frontegg.com/`): one parser for the validator and the generator alike.
public enum TemplatedText {
    public enum Part: Sendable, Hashable {
        case literal(String)
        /// A placeholder's name, and its offset in Unicode scalars from the start of the text.
        case placeholder(String, offset: Int)
    }

    /// The text split into literal runs and placeholders. An unclosed `{` stays literal text.
    public static func parts(_ text: String) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var placeholder: (name: String, offset: Int)?
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch (scalar, placeholder) {
            case ("{", nil):
                placeholder = ("", offset)
            case ("}", let open?):
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.placeholder(open.name, offset: open.offset))
                placeholder = nil
            case (_, var open?):
                open.name.unicodeScalars.append(scalar)
                placeholder = open
            default:
                literal.unicodeScalars.append(scalar)
            }
        }
        if let open = placeholder { literal += "{" + open.name }
        if !literal.isEmpty { parts.append(.literal(literal)) }
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
