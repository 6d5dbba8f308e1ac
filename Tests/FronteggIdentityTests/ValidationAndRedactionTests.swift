import Foundation
import FronteggIdentity
import Testing

/// The spec's constraints are checked before anything is sent, and secrets never print.
@Suite struct ValidationAndRedactionTests {
    let transport = RecordingTransport()
    var client: FronteggIdentityClient { FronteggIdentityClient(server: .eu, auth: .bearer("jwt-1"), transport: transport) }

    func expectValidation(
        _ expected: (operation: String, field: String, rule: String),
        _ call: () async throws(FronteggIdentityError) -> Void
    ) async {
        let error = await failure(of: call)
        guard case .validation(let operation, let field, let rule)? = error else {
            Issue.record("expected a validation error, got \(String(describing: error))")
            return
        }
        #expect(operation == expected.operation)
        #expect(field == expected.field)
        #expect(rule == expected.rule)
        #expect(transport.requests.isEmpty, "nothing may be sent")
    }

    @Test func profilePictureUrlIsAtMost4095Characters() async throws {
        await expectValidation(("inviteUser", "body.profilePictureUrl", "maxLength: 4095")) { () async throws(FronteggIdentityError) in
            _ = try await client.inviteUser(tenantID: "t", body: .init(email: "a@b.c", profilePictureURL: String(repeating: "x", count: 4096)))
        }
        await expectValidation(("updateUserProfile", "body.profilePictureUrl", "maxLength: 4095")) { () async throws(FronteggIdentityError) in
            _ = try await client.updateUserProfile(body: .init(profilePictureURL: .value(String(repeating: "é", count: 4096))))
        }
        _ = try? await client.inviteUser(tenantID: "t", body: .init(email: "a@b.c", profilePictureURL: String(repeating: "x", count: 4095)))
        #expect(transport.requests.count == 1)
    }

    @Test func temporaryExpirationIsAtLeast300Seconds() async throws {
        await expectValidation(("inviteUser", "body.expirationInSeconds", "minimum: 300")) { () async throws(FronteggIdentityError) in
            _ = try await client.inviteUser(tenantID: "t", body: .init(email: "a@b.c", expirationInSeconds: 299.5))
        }
        _ = try? await client.inviteUser(tenantID: "t", body: .init(email: "a@b.c", expirationInSeconds: 300))
        #expect(transport.requests.count == 1)
    }

    @Test func phoneNumberFollowsThePattern() async throws {
        await expectValidation(("updateUserProfile", "body.phoneNumber", #"pattern: ^\+[1-9]{1}(\-?)(([0-9])(\-?)){5,13}(([0-9]$))"#)) { () async throws(FronteggIdentityError) in
            _ = try await client.updateUserProfile(body: .init(phoneNumber: "555-0100"))
        }
        _ = try? await client.updateUserProfile(body: .init(phoneNumber: "+1-555-0100"))
        #expect(transport.requests.count == 1)
    }

    @Test func validationErrorDescriptionNamesEverything() {
        let error = FronteggIdentityError.validation(operation: "inviteUser", field: "body.expirationInSeconds", rule: "minimum: 300")
        #expect("\(error)" == "inviteUser: 'body.expirationInSeconds' breaks the rule minimum: 300")
    }

    @Test func secretsPrintRedacted() {
        let credentials = AuthenticateAPITokenRequest(clientID: "client-1", secret: "secret-1")
        let tokens = APITokenResponse(accessToken: "access-1", refreshToken: "refresh-1", expiresIn: 60, expires: "soon")
        var dumped = ""
        dump(credentials, to: &dumped)
        dump(tokens, to: &dumped)
        let printed = [
            "\(credentials)", String(reflecting: credentials), "\(tokens)", dumped,
            "\(FronteggIdentityClient.Authentication.apiToken(clientID: "client-1", secret: "secret-1"))",
            "\(RecoverMFARequest(recoveryCode: "rc-secret", email: "a@b.c"))",
            "\(HTTPRequest(method: "GET", url: URL(fileURLWithPath: "/"), headers: ["Authorization": "Bearer access-1"]))",
        ].joined(separator: "\n")
        for secret in ["secret-1", "access-1", "refresh-1", "rc-secret"] {
            #expect(!printed.contains(secret), "\(secret) printed in:\n\(printed)")
        }
        #expect(printed.contains("client-1"))
        #expect("\(credentials)" == #"AuthenticateAPITokenRequest(clientID: client-1, secret: <redacted>)"#)
    }
}
