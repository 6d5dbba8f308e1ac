import Foundation
import FronteggIdentity
import Testing

/// Every operation goes to `<server>/identity<path>` on every server: one slash between the
/// server's `/identity/` and the operation's `/resources/...`, never two.
@Suite struct ServerURLTests {
    static let servers: [(FronteggIdentityClient.Server, String)] = [
        (.eu, "https://api.frontegg.com/identity"),
        (.us, "https://api.us.frontegg.com/identity"),
        (.ca, "https://api.ca.frontegg.com/identity"),
        (.au, "https://api.au.frontegg.com/identity"),
        (.custom(domain: "app-xxx"), "https://app-xxx.frontegg.com/identity"),
    ]

    /// Calls all 14 operations once, in a fixed order.
    static func callEveryOperation(_ client: FronteggIdentityClient) async {
        _ = try? await client.inviteUser(tenantID: "t", body: .init(email: "a@b.c"))
        _ = try? await client.updateUserProfile(body: .init(name: "A"))
        _ = try? await client.getUserProfile()
        _ = try? await client.recoverMFA(body: .init(recoveryCode: "r", email: "a@b.c"))
        _ = try? await client.disableAuthenticatorMFA(deviceID: "d", userID: "u", body: .init(token: "1"))
        _ = try? await client.preDisableSMSMFA(deviceID: "d", tenantID: "t", userID: "u")
        _ = try? await client.generatePasswordResetToken(userID: "u")
        _ = try? await client.unlockUser(userID: "u")
        _ = try? await client.lockUser(userID: "u")
        _ = try? await client.addPhoneNumber(body: .init(phoneNumber: "+1"))
        _ = try? await client.preVerifyPhoneNumber(body: .init(phoneNumber: "+1"))
        _ = try? await client.verifyPhoneNumber(body: .init(otcToken: "o", code: "c"))
        _ = try? await client.authenticateAPIToken(body: .init(clientID: "c", secret: "s"))
        _ = try? await client.refreshAPIToken(body: .init(refreshToken: "r"))
    }

    static let expected: [(method: String, path: String)] = [
        ("POST", "/resources/users/v2"),
        ("PUT", "/resources/users/v2/me"),
        ("GET", "/resources/users/v2/me"),
        ("POST", "/resources/auth/v1/user/mfa/recover"),
        ("POST", "/resources/users/v1/mfa/authenticator/d/disable/verify"),
        ("POST", "/resources/users/v1/mfa/sms/d/disable"),
        ("POST", "/resources/users/v1/u/links/generate-password-reset-token"),
        ("POST", "/resources/users/v1/u/unlock"),
        ("POST", "/resources/users/v1/u/lock"),
        ("POST", "/resources/users/phone-numbers/v1"),
        ("POST", "/resources/users/phone-numbers/v1/preverify"),
        ("POST", "/resources/users/phone-numbers/v1/verify"),
        ("POST", "/resources/auth/v2/api-token"),
        ("POST", "/resources/auth/v2/api-token/token/refresh"),
    ]

    @Test func everyOperationOnEveryServer() async {
        for (server, base) in Self.servers {
            let transport = RecordingTransport()
            await Self.callEveryOperation(FronteggIdentityClient(server: server, auth: .bearer("t"), transport: transport))
            let requests = transport.requests
            #expect(requests.map(\.method) == Self.expected.map(\.method), "\(server)")
            #expect(requests.map(\.url.absoluteString) == Self.expected.map { base + $0.path }, "\(server)")
        }
    }

    @Test func customDomainIsOneHostLabel() async throws {
        let transport = RecordingTransport()
        let client = FronteggIdentityClient(server: .custom(domain: "evil.com/x?"), auth: .bearer("t"), transport: transport)
        try await client.lockUser(userID: "u")
        #expect(try transport.only.url.host == "evil.com%2Fx%3F.frontegg.com" || transport.only.url.absoluteString.hasPrefix("https://evil.com%2Fx%3F.frontegg.com/"))
    }
}
