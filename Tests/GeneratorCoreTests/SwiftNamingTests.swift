@testable import GeneratorCore
import Testing

@Suite struct SwiftNamingTests {
    @Test(arguments: [
        // (spec name, UpperCamelCase, lowerCamelCase)
        ("frontegg-tenant-id", "FronteggTenantId", "fronteggTenantId"),
        ("access_token", "AccessToken", "accessToken"),
        ("profilePictureUrl", "ProfilePictureUrl", "profilePictureUrl"),
        ("UserTenantDto", "UserTenantDto", "userTenantDto"),
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
    ])
    func caseConversion(name: String, upper: String, lower: String) {
        #expect(SwiftNaming.upperCamelCase(name) == upper)
        #expect(SwiftNaming.lowerCamelCase(name) == lower)
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

    @Test func docCommentsPrefixEveryLine() {
        #expect(SwiftLiteral.docComment("First.\n\nSecond */ line  \n") == "/// First.\n///\n/// Second */ line")
        #expect(SwiftLiteral.docComment("a\r\nb\rc") == "/// a\n/// b\n/// c")
    }

    @Test func oneLineJoinsLines() {
        #expect(SwiftLiteral.oneLine("The ID\n  of the user.\n") == "The ID of the user.")
    }

    @Test func doubleLiteralsReadBack() {
        #expect(SwiftLiteral.double(300) == "300")
        #expect(SwiftLiteral.double(0.5) == "0.5")
        #expect(SwiftLiteral.double(-1.25) == "-1.25")
    }
}
