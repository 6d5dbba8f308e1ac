/// Turns names from the spec (JSON keys, header names, group titles, enum values) into Swift
/// identifiers. Every generated name goes through here, so the rules live in one place:
///
/// - Words are split at every character that cannot be part of an identifier (`-`, `_`, `.`,
///   spaces, brackets, ...); letters inside a word keep their case (but for initialisms), so
///   `roleResponse` survives unchanged and `API token` becomes `APIToken`.
/// - `lowerCamelCase` lowers the leading capital run of the first word: `APIToken` → `apiToken`,
///   `URLValue` → `urlValue`.
/// - Initialisms are uniformly cased, as the Swift API Design Guidelines ask: `userId` →
///   `userID`, `AuthenticateApiTokenRequest` → `AuthenticateAPITokenRequest`, `roleIds` →
///   `roleIDs`, and at the start of a lowerCamelCase name all lowercase: `ApiToken` →
///   `apiToken`. `initialisms` lists the ones apigen knows.
/// - A name that starts with a digit gets a leading `_`: `2fa` → `_2fa`.
/// - Keywords are escaped with backticks by `escapedIdentifier`, not renamed.
public enum SwiftNaming {
    /// `frontegg-tenant-id` → `FronteggTenantID`, `API token` → `APIToken`.
    public static func upperCamelCase(_ text: String) -> String {
        if isOneASCIIWord(text), let first = text.utf8.first, isASCIIUppercase(first) {
            return uniformInitialisms(text, lowercasingFirst: false)
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiUpperCamelCase(text) }
        let words = words(text)
        guard !words.isEmpty else { return "Unnamed" }
        var name = ""
        for word in words { appendCapitalized(word, to: &name) }
        return prefixingDigit(uniformInitialisms(name, lowercasingFirst: false))
    }

    /// `upperCamelCase` of ASCII text, where every character is one byte: each letter or digit
    /// is kept, capitalized when it starts a word.
    static func asciiUpperCamelCase(_ text: String) -> String {
        var bytes: [UInt8] = []
        var startsWord = true
        for byte in text.utf8 {
            guard isASCIILetterOrDigit(byte) else {
                startsWord = true
                continue
            }
            bytes.append(startsWord && isASCIILowercase(byte) ? byte - 32 : byte)
            startsWord = false
        }
        guard !bytes.isEmpty else { return "Unnamed" }
        return prefixingDigit(uniformInitialisms(String(decoding: bytes, as: UTF8.self), lowercasingFirst: false))
    }

    /// `frontegg-tenant-id` → `fronteggTenantID`, `access_token` → `accessToken`, `ID` → `id`.
    public static func lowerCamelCase(_ text: String) -> String {
        if isOneASCIIWord(text), let first = text.utf8.first, isASCIILowercase(first) {
            return uniformInitialisms(text, lowercasingFirst: true)
        }
        let words = words(text)
        guard let first = words.first else { return "unnamed" }
        var name = lowercasedLeadingRun(first)
        for word in words.dropFirst() { appendCapitalized(word, to: &name) }
        return prefixingDigit(uniformInitialisms(name, lowercasingFirst: true))
    }

    /// Initialisms that American English writes in capitals, which Swift names case uniformly.
    static let initialisms: Set<String> = [
        "acl", "api", "csv", "dns", "dto", "html", "http", "https", "id", "ip", "json", "jwt", "mfa", "oidc", "otp",
        "pdf", "rbac", "saml", "scim", "sdk", "sms", "ssl", "sso", "tls", "totp", "ttl", "uri", "url", "utc", "uuid",
        "xml",
    ]

    /// `name` with each hump that is an initialism (or one's plural) in capitals (`Id` → `ID`,
    /// `Ids` → `IDs`), except a first one when `lowercasingFirst`, which is all lowercase.
    static func uniformInitialisms(_ name: String, lowercasingFirst: Bool) -> String {
        let humps = humps(name)
        guard humps.contains(where: { initialism(in: $0) != nil }) else { return name }
        var result = ""
        for (index, hump) in humps.enumerated() {
            if let (letters, plural) = initialism(in: hump) {
                result += index == 0 && lowercasingFirst ? hump.lowercased() : letters.uppercased() + (plural ? "s" : "")
            } else {
                result += hump
            }
        }
        return result
    }

    /// The initialism a hump is, and whether it is its plural: `Ids` → (`id`, true).
    static func initialism(in hump: Substring) -> (letters: String, plural: Bool)? {
        let lowered = hump.lowercased()
        if initialisms.contains(lowered) { return (lowered, false) }
        if lowered.count > 2, lowered.hasSuffix("s"), hump.last == "s", initialisms.contains(String(lowered.dropLast())) {
            return (String(lowered.dropLast()), true)
        }
        return nil
    }

    /// A camelCase name's humps: `profilePictureUrl` → `profile`, `Picture`, `Url`;
    /// `APIToken` → `API`, `Token`; `scim2Users` → `scim2`, `Users`.
    static func humps(_ name: String) -> [Substring] {
        var humps: [Substring] = []
        var start = name.startIndex
        var previous: Character?
        var index = name.startIndex
        while index < name.endIndex {
            let character = name[index]
            let next = name.index(after: index)
            if let previous, character.isUppercase {
                let endsLowercaseRun = previous.isLowercase || previous.isNumber
                let startsWordAfterCapitals = previous.isUppercase && next < name.endIndex && name[next].isLowercase
                if endsLowercaseRun || startsWordAfterCapitals {
                    humps.append(name[start..<index])
                    start = index
                }
            }
            previous = character
            index = next
        }
        humps.append(name[start...])
        return humps
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
        // In ASCII text every character is one scalar (but CR LF, whose two scalars separate
        // words as the one character does), so the words are cut at bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.split { !isASCIILetterOrDigit($0) }.map { String(Substring($0)) }
        }
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

    static func isASCIIUppercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }

    static func isASCIILowercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }

    /// Appends `word` to `name` with its first character uppercased: `token` → `Token`.
    static func appendCapitalized(_ word: String, to name: inout String) {
        guard let first = word.first else { return }
        if let ascii = first.asciiValue, isASCIILowercase(ascii) {
            // An ASCII letter's capital is 32 below it: no need for the Unicode tables.
            name.unicodeScalars.append(Unicode.Scalar(ascii - 32))
        } else {
            name += first.uppercased()
        }
        name += word.dropFirst()
    }

    /// `APIToken` → `apiToken`, `URL` → `url`, `Users` → `users`, `eTag` → `eTag`.
    static func lowercasedLeadingRun(_ word: String) -> String {
        // A word that starts in lowercase, as most do, is already in the form asked for.
        guard word.first?.isUppercase == true else { return word }
        let characters = Array(word)
        var end = 1
        while end < characters.count, characters[end].isUppercase { end += 1 }
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
