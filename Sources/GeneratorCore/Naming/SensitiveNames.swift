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
        if words.contains(where: wholeWords.contains) { return true }
        let runTogether = Array(words.joined().utf8)
        return partBytes.contains { holds(runTogether, $0) }
    }

    /// The UTF-8 of `parts`, which is what `holds` compares.
    private static let partBytes = parts.map { Array($0.utf8) }

    /// Whether `part` occurs anywhere in `text`. Both are UTF-8, and the parts are ASCII, so this
    /// finds the same places as a search by scalars.
    private static func holds(_ text: [UInt8], _ part: [UInt8]) -> Bool {
        guard let first = part.first, text.count >= part.count else { return false }
        for start in 0...(text.count - part.count) where text[start] == first {
            if text[start..<start + part.count].elementsEqual(part) { return true }
        }
        return false
    }
}
