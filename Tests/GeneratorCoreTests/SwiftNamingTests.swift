import Foundation
@testable import GeneratorCore
import Testing

@Suite struct SwiftNamingTests {
    @Test(arguments: [
        // (spec name, UpperCamelCase, lowerCamelCase)
        ("frontegg-tenant-id", "FronteggTenantID", "fronteggTenantID"),
        ("access_token", "AccessToken", "accessToken"),
        ("profilePictureUrl", "ProfilePictureURL", "profilePictureURL"),
        ("UserTenantDto", "UserTenantDTO", "userTenantDTO"),
        ("API token", "APIToken", "apiToken"),
        ("API tokens", "APITokens", "apiTokens"),
        ("Users-applications management", "UsersApplicationsManagement", "usersApplicationsManagement"),
        ("ID", "ID", "id"),
        ("URLValue", "URLValue", "urlValue"),
        ("2fa", "_2fa", "_2fa"),
        ("on hold", "OnHold", "onHold"),
        ("2nd-hand", "_2ndHand", "_2ndHand"),
        ("a[b]c", "ABC", "aBC"),
        ("café au lait", "CaféAuLait", "caféAuLait"),
        ("emoji 🎉 name", "EmojiName", "emojiName"),
        ("---", "Unnamed", "unnamed"),
        ("", "Unnamed", "unnamed"),
        // One word already in one of the forms, which comes back as it is in that form.
        ("roleResponse", "RoleResponse", "roleResponse"),
        ("RoleResponse2", "RoleResponse2", "roleResponse2"),
        ("APIToken", "APIToken", "apiToken"),
        ("x", "X", "x"),
        ("X", "X", "x"),
    ])
    func caseConversion(name: String, upper: String, lower: String) {
        #expect(SwiftNaming.upperCamelCase(name) == upper)
        #expect(SwiftNaming.lowerCamelCase(name) == lower)
    }

    /// The rules for ASCII names, written plainly on bytes (the definition an earlier byte-level
    /// version of the naming was checked against), must agree with the naming on seeded random
    /// names from an alphabet rich in separators, case changes and digits, and on single words
    /// of letters and digits, most of them already in one form or the other.
    @Test(arguments: [
        (alphabet: "aZbYzA09_- .[]()/$URLIdTokenapi2FA\t", seed: UInt64(0x5EED), longest: 14),
        (alphabet: "aZbYzA09URLIdTokenapi2FA", seed: UInt64(0xC0DE), longest: 11),
    ])
    func asciiNamesFollowTheByteDefinition(alphabet: String, seed: UInt64, longest: Int) {
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 0x20 : byte }
        func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }
        func words(_ name: String) -> [[UInt8]] {
            Array(name.utf8).split { !(isUpper($0) || isLower($0) || isDigit($0)) }.map(Array.init)
        }
        func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        func prefixingDigit(_ bytes: [UInt8]) -> String { text(bytes.first.map(isDigit) == true ? [0x5F] + bytes : bytes) }
        func upperCamelCase(_ name: String) -> String {
            let words = words(name)
            if words.isEmpty { return "Unnamed" }
            return prefixingDigit(words.flatMap { [upper($0[0])] + $0.dropFirst() })
        }
        func lowerCamelCase(_ name: String) -> String {
            let words = words(name)
            guard let first = words.first else { return "unnamed" }
            // The leading capitals, but the last of them when a lowercase letter follows it.
            var end = first.prefix(while: isUpper).count
            if end > 1, end < first.count, isLower(first[end]) { end -= 1 }
            let head = first[..<end].map(lower) + first[end...]
            return prefixingDigit(head + words.dropFirst().flatMap { [upper($0[0])] + $0.dropFirst() })
        }
        let characters = Array(alphabet)
        var random = SplitMix64(seed: seed)
        for _ in 0..<5000 {
            let name = String((0..<random.below(longest + 1)).map { _ in random.pick(characters) ?? "a" })
            // Initialisms are cased on top of the byte definition (tested on their own below).
            let upper = SwiftNaming.uniformInitialisms(upperCamelCase(name), lowercasingFirst: false)
            let lower = SwiftNaming.uniformInitialisms(lowerCamelCase(name), lowercasingFirst: true)
            #expect(SwiftNaming.upperCamelCase(name) == upper, "\(name)")
            #expect(SwiftNaming.lowerCamelCase(name) == lower, "\(name)")
            #expect(SwiftNaming.words(name) == words(name).map(text), "\(name)")
        }
    }

    /// Words are cut at characters that cannot be in an identifier; ASCII text is cut by bytes,
    /// other text by characters. Both must agree with the rule written on characters, on seeded
    /// random text with CR LF, combining marks, other scripts and emoji.
    @Test func wordsFollowTheCharacterDefinition() {
        func definition(_ text: String) -> [String] {
            text.split { !SwiftNaming.isIdentifierCharacter($0) }.map(String.init)
        }
        let pieces = ["ab", "Cd", "9", "_", "-", " ", "\r\n", "\r", "\n", "\t", "é", "e\u{301}", "日本", "🎉", "İ", "ß"]
        var random = SplitMix64(seed: 0x30D5)
        for round in 0..<3000 {
            // Every other text ASCII only, so both ways are taken often.
            let choices = round % 2 == 0 ? Array(pieces.prefix(10)) : pieces
            let text = (0..<random.below(8)).map { _ in random.pick(choices) ?? "" }.joined()
            #expect(SwiftNaming.words(text) == definition(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        ("userId", "UserID", "userID"), ("roleIds", "RoleIDs", "roleIDs"), ("recoverMfa", "RecoverMFA", "recoverMFA"),
        ("authenticateApiToken", "AuthenticateAPIToken", "authenticateAPIToken"), ("API token", "APIToken", "apiToken"),
        ("UserTenantDto", "UserTenantDTO", "userTenantDTO"), ("profilePictureUrl", "ProfilePictureURL", "profilePictureURL"),
        ("ID", "ID", "id"), ("ids", "IDs", "ids"), ("frontegg-tenant-id", "FronteggTenantID", "fronteggTenantID"),
        ("Identity", "Identity", "identity"), ("idle", "Idle", "idle"), ("OAuth", "OAuth", "oAuth"), ("scim2Users", "Scim2Users", "scim2Users"),
        ("preDisableSmsMfa", "PreDisableSMSMFA", "preDisableSMSMFA"), ("Ip", "IP", "ip"), ("xUserId", "XUserID", "xUserID"),
    ])
    func initialismsAreCasedUniformly(name: String, upper: String, lower: String) {
        #expect(SwiftNaming.upperCamelCase(name) == upper)
        #expect(SwiftNaming.lowerCamelCase(name) == lower)
    }

    @Test func nonASCIILettersAreKeptInWords() {
        #expect(SwiftNaming.words("café au-lait") == ["café", "au", "lait"])
        #expect(SwiftNaming.upperCamelCase("naïve name") == "NaïveName")
        #expect(SwiftNaming.upperCamelCase("plain name") == "PlainName")
        #expect(SwiftNaming.lowerCamelCase("Élan vital") == "élanVital")
    }

    @Test(arguments: [
        ("default", "`default`"), ("class", "`class`"), ("self", "`self`"), ("Type", "`Type`"),
        ("name", "name"), ("defaults", "defaults"),
    ])
    func keywordsAreEscaped(name: String, escaped: String) {
        #expect(SwiftNaming.escapedIdentifier(name) == escaped)
    }

    @Test func stringLiteralsCannotBecomeCode() {
        #expect(SwiftLiteral.string(#"a "b" \(c) \n"#) == #""a \"b\" \\(c) \\n""#)
        #expect(SwiftLiteral.string("line\nbreak\ttab\u{1}") == #""line\nbreak\ttab\u{1}""#)
    }

    /// Literals are the escaped content between quotes.
    @Test func stringLiteralsMatchTheirPlainDefinition() {
        let pieces = ["a", "userId", " ", "\"", "\\", "\n", "\u{1}", "é", "日本", "\u{2028}", "(x)", "a_much_longer_name_than_fifteen"]
        var random = SplitMix64(seed: 0x5717)
        for _ in 0..<2000 {
            let text = (0..<random.below(6)).map { _ in random.pick(pieces) ?? "" }.joined()
            #expect(SwiftLiteral.string(text) == "\"" + SwiftLiteral.stringContent(text) + "\"", "\(text.debugDescription)")
            #expect(
                SwiftLiteral.memberString(text) == "\"." + SwiftLiteral.stringContent(text) + "\"",
                "\(text.debugDescription)")
        }
    }

    /// The escaping against its definition written with conditions rather than a `switch` (the
    /// reference an earlier byte-by-byte version was checked against): every escape, both line
    /// separators, and characters whose UTF-8 starts like theirs (`…`, `€`, U+2027, U+202A).
    @Test func stringContentMatchesItsScalarDefinition() {
        func definition(_ text: String) -> String {
            var result = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\\": result += "\\\\"
                case "\"": result += "\\\""
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                case "\0": result += "\\0"
                case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029:
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result
        }
        let pieces = [
            "a", "userId", " ", "\"", "\\", "\n", "\r\n", "\t", "\0", "\u{1}", "\u{1B}", "\u{7F}", "é", "日本",
            "\u{2028}", "\u{2029}", "\u{2026}", "\u{20AC}", "\u{2027}", "\u{202A}", "\\(x)", "😀",
        ]
        var random = SplitMix64(seed: 0xE5C)
        for _ in 0..<3000 {
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) ?? "" }.joined()
            #expect(SwiftLiteral.stringContent(text) == definition(text), "\(text.debugDescription)")
        }
    }

    @Test func everyKeywordIsAKeyword() {
        for keyword in SwiftNaming.keywords { #expect(SwiftNaming.isKeyword(keyword), "\(keyword)") }
        for name in ["userId", "email", "defaults", "Default", "self_", "tenant-id", "x", "é", ""] {
            #expect(!SwiftNaming.isKeyword(name), "\(name)")
        }
        #expect(SwiftNaming.escapedIdentifier("default") == "`default`")
        #expect(SwiftNaming.escapedIdentifier("Protocol") == "`Protocol`")
        #expect(SwiftNaming.escapedIdentifier("tenantId") == "tenantId")
    }

    /// The member names that take a `Value` suffix.
    @Test func everyUnusableMemberNameIsFound() {
        for name in SwiftNaming.unusableMemberNames {
            #expect(SwiftNaming.isUnusableMemberName(name), "\(name)")
        }
        for name in ["selfie", "sELF", "types", "Typo", "initial", "superb", "", "s"] {
            #expect(!SwiftNaming.isUnusableMemberName(name), "\(name)")
        }
        #expect(SwiftNaming.memberName("init") == "initValue")
        #expect(SwiftNaming.memberName("subscript") == "subscriptValue")
    }

    @Test func docCommentsPrefixEveryLine() {
        #expect(SwiftLiteral.docComment("First.\n\nSecond */ line  \n") == "/// First.\n///\n/// Second */ line")
        #expect(SwiftLiteral.docComment("a\r\nb\rc") == "/// a\n/// b\n/// c")
    }

    @Test func oneLineJoinsLines() {
        #expect(SwiftLiteral.oneLine("The ID\n  of the user.\n") == "The ID of the user.")
        #expect(SwiftLiteral.oneLine("Tidy already.") == "Tidy already.")
        #expect(SwiftLiteral.oneLine("") == "")
        #expect(SwiftLiteral.oneLine(" \t\r\n \r") == "")
        #expect(SwiftLiteral.oneLine("a\r\nb\rc") == "a b c")
        // Every space separator goes, as with Foundation's `CharacterSet.whitespaces`, and so
        // does U+200B; other invisible characters stay.
        #expect(SwiftLiteral.oneLine("\u{A0}café\u{3000}\n\u{200B}naïve\u{2009}") == "café naïve")
        #expect(SwiftLiteral.oneLine("\u{200D}x\u{FEFF}") == "\u{200D}x\u{FEFF}")
    }

    /// One line against the rule written plainly with Foundation, on seeded random text, ASCII
    /// only and not.
    @Test func oneLineMatchesItsPlainDefinition() {
        func plain(_ text: String) -> String {
            text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .joined(separator: " ")
        }
        let pieces = ["a", "Bc.", " ", "  ", "\t", "\n", "\r", "\r\n", "x y", "é", "\u{A0}", "日本"]
        var random = SplitMix64(seed: 0x1E1)
        for round in 0..<3000 {
            // Every other text without the non-ASCII pieces, so both ways are taken often.
            let choices = round % 2 == 0 ? Array(pieces.prefix(9)) : pieces
            let text = (0..<random.below(12)).map { _ in random.pick(choices) ?? "" }.joined()
            #expect(SwiftLiteral.oneLine(text) == plain(text), "\(text.debugDescription)")
        }
    }

    /// The doc comment against the rule written plainly on characters, on seeded random text
    /// rich in blank lines, trailing blanks, line endings and non-ASCII.
    @Test func docCommentsMatchTheirPlainDefinition() {
        func plain(_ text: String) -> String {
            var lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { line in String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
            while lines.last?.isEmpty == true { lines.removeLast() }
            while lines.first?.isEmpty == true { lines.removeFirst() }
            return lines.map { $0.isEmpty ? "///" : "/// " + $0 }.joined(separator: "\n")
        }
        let pieces = ["a", "Ünï", " ", "\t", "\n", "\r", "\r\n", "*/", "日本", "e\u{301}", "\u{A0}"]
        var random = SplitMix64(seed: 0xD0C)
        for _ in 0..<3000 {
            let text = (0..<random.below(12)).map { _ in random.pick(pieces) ?? "" }.joined()
            #expect(SwiftLiteral.docComment(text) == plain(text), "\(text.debugDescription)")
        }
    }

    @Test func textWithNothingToEscapeIsReturnedAsItIs() {
        #expect(SwiftLiteral.stringContent("plain text, é and 日本") == "plain text, é and 日本")
        #expect(SwiftLiteral.stringContent("line\u{2028}separator") == "line\\u{2028}separator")
        #expect(SwiftLiteral.stringContent("\u{2026} ellipsis") == "\u{2026} ellipsis")
        #expect(SwiftLiteral.docComment("one\r\ntwo") == "/// one\n/// two")
    }

    @Test func doubleLiteralsReadBack() {
        #expect(SwiftLiteral.double(300) == "300")
        #expect(SwiftLiteral.double(0.5) == "0.5")
        #expect(SwiftLiteral.double(-1.25) == "-1.25")
    }
}

/// ASCII names become upper camel case as the rule says: letters and digits kept, each run of
/// them capitalized, a leading digit prefixed with `_`.
@Suite struct ASCIIUpperCamelCaseTests {
    @Test func followsTheRuleOnSeededASCIIText() {
        let alphabet = Array("aZ09 -_.x/Q\r\n\tb")
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            let text = String((0..<next(12)).map { _ in alphabet[next(alphabet.count)] })
            let words = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            var expected = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            if expected.isEmpty { expected = "Unnamed" }
            if expected.first?.isNumber == true { expected = "_" + expected }
            #expect(SwiftNaming.upperCamelCase(text) == expected, "\(text.debugDescription)")
        }
    }
}
