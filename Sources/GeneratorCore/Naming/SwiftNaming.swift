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
        ASCIINaming.camelCase(text, upperFirst: true) ?? upperCamelCaseOfAnyText(text)
    }

    /// `upperCamelCase` by characters, for text that is not all ASCII.
    static func upperCamelCaseOfAnyText(_ text: String) -> String {
        let words = wordsOfAnyText(text)
        guard !words.isEmpty else { return "Unnamed" }
        let joined = words.map(capitalizedFirst).joined()
        return prefixingDigit(joined)
    }

    /// `frontegg-tenant-id` → `fronteggTenantId`, `access_token` → `accessToken`, `ID` → `id`.
    public static func lowerCamelCase(_ text: String) -> String {
        ASCIINaming.camelCase(text, upperFirst: false) ?? lowerCamelCaseOfAnyText(text)
    }

    /// `lowerCamelCase` by characters, for text that is not all ASCII.
    static func lowerCamelCaseOfAnyText(_ text: String) -> String {
        let words = wordsOfAnyText(text)
        guard let first = words.first else { return "unnamed" }
        let joined = lowercasedLeadingRun(first) + words.dropFirst().map(capitalizedFirst).joined()
        return prefixingDigit(joined)
    }

    /// A property, argument or enum case name: the lowerCamelCase of the text, with `Value`
    /// added to the few words that cannot name a member even in backticks (`self`, `init`, ...).
    public static func memberName(_ text: String) -> String {
        let name = lowerCamelCase(text)
        return isUnusableMemberName(name) ? name + "Value" : name
    }

    /// Whether `name` is one of `unusableMemberNames`. Every member name is checked, and most
    /// are told apart by their length and first byte, without hashing them.
    static func isUnusableMemberName(_ name: String) -> Bool {
        let utf8 = name.utf8
        switch utf8.count {
        case 4, 5, 6, 8, 9: break
        default: return false
        }
        switch utf8.first {
        case UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "i"), UInt8(ascii: "d"), UInt8(ascii: "T"), UInt8(ascii: "P"):
            return unusableMemberNames.contains(name)
        default:
            return false
        }
    }

    /// Member names Swift reads as something else even when escaped: `x.self` is `x` itself.
    static let unusableMemberNames: Set<String> = ["self", "Self", "super", "init", "deinit", "subscript", "Type", "Protocol"]

    /// Wraps Swift keywords in backticks so the name can be declared and referenced: `default` → `` `default` ``.
    public static func escapedIdentifier(_ name: String) -> String {
        isKeyword(name) ? "`\(name)`" : name
    }

    /// Whether a name needs backticks in a declaration. Most names are told apart from every
    /// keyword by their bytes alone (a keyword is 2 to 15 ASCII letters, capitalized at most at
    /// the first), without hashing them: every field's and operation's name is checked.
    public static func isKeyword(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count >= 2, utf8.count <= 15 else { return false }
        var isFirst = true
        for byte in utf8 {
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            guard isLower || (isUpper && isFirst) else { return false }
            isFirst = false
        }
        return keywords.contains(name)
    }

    // MARK: Internals

    /// Letters, digits and `_`-free runs of the text; `_` separates words like `-` does, so
    /// `access_token` and `access-token` name the same thing.
    static func words(_ text: String) -> [String] {
        ASCIINaming.words(text) ?? wordsOfAnyText(text)
    }

    /// `words` by characters, for text that is not all ASCII.
    static func wordsOfAnyText(_ text: String) -> [String] {
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
        if character.isASCII { return character.isLetter || character.isNumber }
        return character.isLetter && character.unicodeScalars.count == 1
            && character.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
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
