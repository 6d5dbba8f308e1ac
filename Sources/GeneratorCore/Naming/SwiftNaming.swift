/// Turns names from the spec (JSON keys, header names, group titles, enum values) into Swift
/// identifiers. Every generated name goes through here, so the rules live in one place:
///
/// - Words are split at every character that cannot be part of an identifier (`-`, `_`, `.`,
///   spaces, brackets, ...); letters inside a word keep their case, so `profilePictureUrl`
///   and `UserTenantDto` survive unchanged and `API token` becomes `APIToken`.
/// - `lowerCamelCase` lowers the leading capital run of the first word: `APIToken` → `apiToken`,
///   `URLValue` → `urlValue`.
/// - A name that starts with a digit gets a leading `_`: `2fa` → `_2fa`.
/// - Keywords are escaped with backticks by `escapedIdentifier`, not renamed.
public enum SwiftNaming {
    /// `frontegg-tenant-id` → `FronteggTenantId`, `API token` → `APIToken`.
    public static func upperCamelCase(_ text: String) -> String {
        if isOneASCIIWord(text), text.first?.isUppercase == true { return text }
        let words = words(text)
        guard !words.isEmpty else { return "Unnamed" }
        return prefixingDigit(words.map(capitalizedFirst).joined())
    }

    /// `frontegg-tenant-id` → `fronteggTenantId`, `access_token` → `accessToken`, `ID` → `id`.
    public static func lowerCamelCase(_ text: String) -> String {
        if isOneASCIIWord(text), text.first?.isLowercase == true { return text }
        let words = words(text)
        guard let first = words.first else { return "unnamed" }
        return prefixingDigit(lowercasedLeadingRun(first) + words.dropFirst().map(capitalizedFirst).joined())
    }

    /// A property, argument or enum case name: the lowerCamelCase of the text, with `Value`
    /// added to the few words that cannot name a member even in backticks (`self`, `init`, ...).
    public static func memberName(_ text: String) -> String {
        let name = lowerCamelCase(text)
        return isUnusableMemberName(name) ? name + "Value" : name
    }

    /// Whether `name` is one of `unusableMemberNames`.
    static func isUnusableMemberName(_ name: String) -> Bool {
        unusableMemberNames.contains(name)
    }

    /// Member names Swift reads as something else even when escaped: `x.self` is `x` itself.
    static let unusableMemberNames: Set<String> = ["self", "Self", "super", "init", "deinit", "subscript", "Type", "Protocol"]

    /// Wraps Swift keywords in backticks so the name can be declared and referenced: `default` → `` `default` ``.
    public static func escapedIdentifier(_ name: String) -> String {
        isKeyword(name) ? "`\(name)`" : name
    }

    /// Whether a name needs backticks in a declaration.
    public static func isKeyword(_ name: String) -> Bool {
        keywords.contains(name)
    }

    // MARK: Internals

    /// Letters, digits and `_`-free runs of the text; `_` separates words like `-` does, so
    /// `access_token` and `access-token` name the same thing.
    static func words(_ text: String) -> [String] {
        if isOneASCIIWord(text) { return [text] }
        var words: [String] = []
        var current = ""
        for character in text {
            if isIdentifierCharacter(character) {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// ASCII letters and digits, and letters of other scripts (`é`, `日`), which Swift accepts in
    /// identifiers. Emoji, symbols and punctuation separate words.
    static func isIdentifierCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return isASCIILetterOrDigit(ascii) }
        return character.isLetter && character.unicodeScalars.count == 1
            && character.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
    }

    /// Whether `text` is one word of ASCII letters and digits, as most spec names are: such a
    /// name is its own only word, and already in camel case when its first letter's case is the
    /// one asked for.
    static func isOneASCIIWord(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isASCIILetterOrDigit)
    }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    static func capitalizedFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// `APIToken` → `apiToken`, `URL` → `url`, `Users` → `users`, `eTag` → `eTag`.
    static func lowercasedLeadingRun(_ word: String) -> String {
        let characters = Array(word)
        var end = 0
        while end < characters.count, characters[end].isUppercase { end += 1 }
        if end == 0 { return word }
        // In `APIToken` the run is `APIT`; its last capital starts the next word, unless the run is the whole word.
        if end > 1, end < characters.count, characters[end].isLowercase { end -= 1 }
        return String(characters[..<end]).lowercased() + String(characters[end...])
    }

    static func prefixingDigit(_ name: String) -> String {
        guard let first = name.first, first.isNumber else { return name }
        return "_" + name
    }

    /// Words Swift reserves in declarations and expressions; escaped with backticks.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw",
        "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws",
        "true", "try", "Type", "Protocol",
    ]
}
