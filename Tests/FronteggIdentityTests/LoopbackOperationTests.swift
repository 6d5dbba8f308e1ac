import Foundation
import FronteggIdentity
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The generated client, through its URLSession transport, performs every operation against
/// the fake Frontegg over real HTTP; the server checks each request against the docs.
@Suite struct LoopbackOperationTests {
    @Test func everyOperationOverHTTP() async throws {
        try await withFakeFrontegg { server in
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .bearer("jwt-1"))
            let invited = try await client.inviteUser(
                tenantID: "t-1",
                body: .init(
                    email: "ben@example.com", name: "Ben", profilePictureURL: "https://x/ben.png", password: "pw",
                    phoneNumber: "+15550100", provider: .saml, metadata: "{}", skipInviteEmail: true,
                    roleIDs: ["admin"], emailMetadata: ["plan": "pro"], expirationInSeconds: 300))
            #expect(invited.email == "ben@example.com")
            #expect(invited.createdAt == Date(timeIntervalSince1970: 1_566_656_122))
            let updated = try await client.updateUserProfile(body: .init(profilePictureURL: .null, name: "Ana"))
            #expect(updated.managedBy == .frontegg)
            let profile = try await client.getUserProfile()
            #expect(profile.roles.first?.key == "admin")
            #expect(profile.tenants.first?.roles.first?.permissions == ["read"])
            try await client.recoverMFA(body: .init(recoveryCode: "rc", email: "ana@example.com"))
            try await client.disableAuthenticatorMFA(deviceID: "d-1", userID: "u-1", body: .init(token: "123456"))
            try await client.preDisableSMSMFA(deviceID: "d-2", tenantID: "t-1", userID: "u-1")
            let reset = try await client.generatePasswordResetToken(userID: "u/1")
            #expect(reset.userID == "u/1")
            try await client.unlockUser(userID: "u-1")
            try await client.lockUser(userID: "u-1")
            try await client.addPhoneNumber(body: .init(phoneNumber: "+15550100", verify: false))
            try await client.preVerifyPhoneNumber(body: .init(phoneNumber: "+15550100"))
            try await client.verifyPhoneNumber(body: .init(otcToken: "otc", code: "1234"))
            let minted = try await client.authenticateAPIToken(body: .init(clientID: "client-1", secret: "secret-1"))
            let refreshed = try await client.refreshAPIToken(
                body: .init(refreshToken: minted.refreshToken), vendorHost: "acme.frontegg.com")
            #expect(refreshed.accessToken != minted.accessToken)

            let received = try await server.requests()
            #expect(received.map { "\($0.method) \($0.path)" } == [
                "POST /identity/resources/users/v2",
                "PUT /identity/resources/users/v2/me",
                "GET /identity/resources/users/v2/me",
                "POST /identity/resources/auth/v1/user/mfa/recover",
                "POST /identity/resources/users/v1/mfa/authenticator/d-1/disable/verify",
                "POST /identity/resources/users/v1/mfa/sms/d-2/disable",
                "POST /identity/resources/users/v1/u%2F1/links/generate-password-reset-token",
                "POST /identity/resources/users/v1/u-1/unlock",
                "POST /identity/resources/users/v1/u-1/lock",
                "POST /identity/resources/users/phone-numbers/v1",
                "POST /identity/resources/users/phone-numbers/v1/preverify",
                "POST /identity/resources/users/phone-numbers/v1/verify",
                "POST /identity/resources/auth/v2/api-token",
                "POST /identity/resources/auth/v2/api-token/token/refresh",
            ])
            #expect(received.dropLast(2).allSatisfy { $0.headers["authorization"] == "Bearer jwt-1" })
            #expect(received[0].headers["frontegg-tenant-id"] == "t-1")
            #expect(received[4].headers["frontegg-user-id"] == "u-1")
            #expect(received[5].body == "{}")
            #expect(received[13].headers["frontegg-vendor-host"] == "acme.frontegg.com")
            #expect(received[1].body == #"{"name":"Ana","profilePictureUrl":null}"#)
        }
    }

    @Test func customURLSessionWorks() async throws {
        try await withFakeFrontegg { server in
            let transport = URLSessionTransport(session: URLSession(configuration: .ephemeral))
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .bearer("jwt-1"), transport: transport)
            try await client.lockUser(userID: "u-1")
            #expect(try await server.requests().count == 1)
        }
    }
}
