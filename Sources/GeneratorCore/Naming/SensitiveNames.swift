/// Whether a field's name says it holds a secret: a password, secret, token, passcode, API or
/// private key or credential anywhere in it, or a word that is just `otc` or `pin`. Such fields
/// print as `<redacted>` in the generated code's descriptions.
enum SensitiveNames {
    /// Found anywhere in the name's words, lowercased and run together: `userPassword`,
    /// `api-key`, `refresh_tokens`.
    static let parts = ["password", "secret", "token", "passcode", "apikey", "privatekey", "credential"]
    /// Found only as a whole word: `user_otc` and `PIN`, but not `pinned` or `spin`.
    static let wholeWords: Set<String> = ["otc", "pin"]

    static func isSensitive(_ name: String) -> Bool {
        let words = SwiftNaming.words(name).map { $0.lowercased() }
        let runTogether = words.joined()
        return parts.contains { holds(runTogether, $0) } || words.contains { wholeWords.contains($0) }
    }

    /// Whether `part`'s UTF-8 occurs anywhere in `text`'s: the parts are ASCII, so this finds
    /// the same places as a search by scalars.
    private static func holds(_ text: String, _ part: String) -> Bool {
        let text = Array(text.utf8)
        let part = Array(part.utf8)
        guard text.count >= part.count else { return false }
        return (0...(text.count - part.count)).contains { start in text[start..<start + part.count] == part[...] }
    }
}
