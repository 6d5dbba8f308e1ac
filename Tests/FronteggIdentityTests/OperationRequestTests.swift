import Foundation
import FronteggIdentity
import Testing

/// Every operation builds the exact request the docs describe: method, URL, headers and body.
@Suite struct OperationRequestTests {
    let transport = RecordingTransport()
    var client: FronteggIdentityClient { FronteggIdentityClient(server: .eu, auth: .bearer("jwt-1"), transport: transport) }

    func expectCommonHeaders(_ request: HTTPRequest, json: Bool) {
        #expect(request.headers["Authorization"] == "Bearer jwt-1")
        #expect(request.headers["Accept"] == "application/json")
        #expect(request.headers["Content-Type"] == (json ? "application/json" : nil))
    }

    @Test func inviteUser() async throws {
        let transport = RecordingTransport(json: #"{"id": "u-1", "email": "ana@example.com"}"#)
        let client = FronteggIdentityClient(server: .eu, auth: .bearer("jwt-1"), transport: transport)
        let user = try await client.inviteUser(
            tenantID: "t-1",
            body: .init(email: "ana@example.com", metadata: "{}", roleIDs: ["admin"], expirationInSeconds: 300))
        let request = try transport.only
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://api.frontegg.com/identity/resources/users/v2")
        #expect(request.headers["frontegg-tenant-id"] == "t-1")
        expectCommonHeaders(request, json: true)
        let body = try jsonObject(request.body)
        #expect(body == [
            "email": "ana@example.com", "metadata": "{}", "roleIds": ["admin"], "expirationInSeconds": 300,
            "provider": "local",
        ] as NSDictionary)
        #expect(user.id == "u-1")
        #expect(user.email == "ana@example.com")
    }

    @Test func updateUserProfileSendsNullToClear() async throws {
        _ = try? await client.updateUserProfile(body: .init(profilePictureURL: .null, name: "Ana"))
        let request = try transport.only
        #expect(request.method == "PUT")
        #expect(request.url.path == "/identity/resources/users/v2/me")
        expectCommonHeaders(request, json: true)
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self) == #"{"name":"Ana","profilePictureUrl":null}"#)
    }

    @Test func updateUserProfileLeavesOutAndSets() async throws {
        _ = try? await client.updateUserProfile(body: .init(name: "Ana"))
        _ = try? await client.updateUserProfile(body: .init(profilePictureURL: "https://x/me.png"))
        let bodies = transport.requests.map { String(decoding: $0.body ?? Data(), as: UTF8.self) }
        #expect(bodies == [#"{"name":"Ana"}"#, #"{"profilePictureUrl":"https://x/me.png"}"#])
    }

    @Test func getUserProfile() async throws {
        _ = try? await client.getUserProfile()
        let request = try transport.only
        #expect(request.method == "GET")
        #expect(request.url.absoluteString == "https://api.frontegg.com/identity/resources/users/v2/me")
        #expect(request.body == nil)
        expectCommonHeaders(request, json: false)
    }

    @Test func recoverMFA() async throws {
        try await client.recoverMFA(body: .init(recoveryCode: "code-1", email: "ana@example.com"))
        let request = try transport.only
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://api.frontegg.com/identity/resources/auth/v1/user/mfa/recover")
        expectCommonHeaders(request, json: true)
        #expect(try jsonObject(request.body) == ["recoveryCode": "code-1", "email": "ana@example.com"] as NSDictionary)
    }

    @Test func disableAuthenticatorMFA() async throws {
        try await client.disableAuthenticatorMFA(deviceID: "d-1", userID: "u-1", body: .init(token: "123456"))
        let request = try transport.only
        #expect(request.method == "POST")
        #expect(request.url.absoluteString
            == "https://api.frontegg.com/identity/resources/users/v1/mfa/authenticator/d-1/disable/verify")
        #expect(request.headers["frontegg-user-id"] == "u-1")
        expectCommonHeaders(request, json: true)
        #expect(try jsonObject(request.body) == ["token": "123456"] as NSDictionary)
    }

    @Test func preDisableSmsMfaSendsAnEmptyObject() async throws {
        try await client.preDisableSMSMFA(deviceID: "d-2", tenantID: "t-1", userID: "u-1")
        let request = try transport.only
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://api.frontegg.com/identity/resources/users/v1/mfa/sms/d-2/disable")
        #expect(request.headers["frontegg-tenant-id"] == "t-1")
        #expect(request.headers["frontegg-user-id"] == "u-1")
        expectCommonHeaders(request, json: true)
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self) == "{}")
    }

    @Test func generatePasswordResetToken() async throws {
        let transport = RecordingTransport(json: #"{ "link": "https://x/reset", "token": "tok", "userId": "u-1" }"#)
        let client = FronteggIdentityClient(server: .eu, auth: .bearer("jwt-1"), transport: transport)
        let reset = try await client.generatePasswordResetToken(userID: "u-1")
        let request = try transport.only
        #expect(request.method == "POST")
        #expect(request.url.absoluteString
            == "https://api.frontegg.com/identity/resources/users/v1/u-1/links/generate-password-reset-token")
        #expect(request.body == nil)
        expectCommonHeaders(request, json: false)
        #expect(reset == .init(link: "https://x/reset", token: "tok", userID: "u-1"))
    }

    @Test func lockAndUnlockUser() async throws {
        try await client.lockUser(userID: "u-1")
        try await client.unlockUser(userID: "u-1")
        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "POST"])
        #expect(requests.map(\.url.absoluteString) == [
            "https://api.frontegg.com/identity/resources/users/v1/u-1/lock",
            "https://api.frontegg.com/identity/resources/users/v1/u-1/unlock",
        ])
        #expect(requests.allSatisfy { $0.body == nil })
    }

    @Test func phoneNumbers() async throws {
        try await client.addPhoneNumber(body: .init(phoneNumber: "+15550100"))
        try await client.addPhoneNumber(body: .init(phoneNumber: "+15550100", verify: false))
        try await client.preVerifyPhoneNumber(body: .init(phoneNumber: "+15550100"))
        try await client.verifyPhoneNumber(body: .init(otcToken: "otc", code: "1234"))
        let requests = transport.requests
        #expect(requests.map(\.url.path) == [
            "/identity/resources/users/phone-numbers/v1",
            "/identity/resources/users/phone-numbers/v1",
            "/identity/resources/users/phone-numbers/v1/preverify",
            "/identity/resources/users/phone-numbers/v1/verify",
        ])
        #expect(requests.map(\.method) == ["POST", "POST", "POST", "POST"])
        let bodies = try requests.map { try jsonObject($0.body) }
        #expect(bodies == [
            ["phoneNumber": "+15550100", "verify": true],
            ["phoneNumber": "+15550100", "verify": false],
            ["phoneNumber": "+15550100"],
            ["otcToken": "otc", "code": "1234"],
        ] as [NSDictionary])
    }

    @Test func authenticateAndRefreshApiToken() async throws {
        let json = #"{ "access_token": "a", "refresh_token": "r", "expires_in": 3600, "expires": "Sat, 24 Aug 2019 15:15:22 GMT" }"#
        let transport = RecordingTransport(json: json)
        let client = FronteggIdentityClient(server: .eu, auth: .bearer("jwt-1"), transport: transport)
        let token = try await client.authenticateAPIToken(body: .init(clientID: "c", secret: "s"))
        let refreshed = try await client.refreshAPIToken(body: .init(refreshToken: "r"), vendorHost: "acme.frontegg.com")
        let requests = transport.requests
        #expect(requests.map(\.url.absoluteString) == [
            "https://api.frontegg.com/identity/resources/auth/v2/api-token",
            "https://api.frontegg.com/identity/resources/auth/v2/api-token/token/refresh",
        ])
        #expect(try jsonObject(requests[0].body) == ["clientId": "c", "secret": "s"] as NSDictionary)
        #expect(try jsonObject(requests[1].body) == ["refreshToken": "r"] as NSDictionary)
        #expect(requests[0].headers["frontegg-vendor-host"] == nil)
        #expect(requests[1].headers["frontegg-vendor-host"] == "acme.frontegg.com")
        #expect(token == APITokenResponse(accessToken: "a", refreshToken: "r", expiresIn: 3600, expires: "Sat, 24 Aug 2019 15:15:22 GMT"))
        #expect(refreshed == token)
    }

    @Test(arguments: [
        (FronteggIdentityClient.Server.eu, "https://api.frontegg.com/identity/resources/users/v1/u-1/lock"),
        (.us, "https://api.us.frontegg.com/identity/resources/users/v1/u-1/lock"),
        (.ca, "https://api.ca.frontegg.com/identity/resources/users/v1/u-1/lock"),
        (.au, "https://api.au.frontegg.com/identity/resources/users/v1/u-1/lock"),
        (.custom(domain: "acme"), "https://acme.frontegg.com/identity/resources/users/v1/u-1/lock"),
    ])
    func everyServer(server: FronteggIdentityClient.Server, url: String) async throws {
        let transport = RecordingTransport()
        try await FronteggIdentityClient(server: server, auth: .bearer("t"), transport: transport).lockUser(userID: "u-1")
        let request = try transport.only
        #expect(request.url.absoluteString == url)
        #expect(request.headers["Authorization"] == "Bearer t")
    }

    /// An operation that needs a bearer token fails before sending when the client has none.
    @Test func withoutCredentialsABearerOperationSendsNothing() async throws {
        let transport = RecordingTransport()
        do {
            try await FronteggIdentityClient(server: .eu, auth: .none, transport: transport).lockUser(userID: "u-1")
            Issue.record("expected missing credentials")
        } catch {
            guard case .missingCredentials(let schemes) = error else {
                Issue.record("expected missing credentials, got \(error)")
                return
            }
            #expect(schemes == ["bearer"])
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func anyBaseURL() async throws {
        let transport = RecordingTransport()
        let base = try #require(URL(string: "http://127.0.0.1:8080/identity"))
        try await FronteggIdentityClient(baseURL: base, auth: .bearer("t"), transport: transport).unlockUser(userID: "u")
        #expect(try transport.only.url.absoluteString == "http://127.0.0.1:8080/identity/resources/users/v1/u/unlock")
    }

    @Test(arguments: [
        ("../x", "..%2Fx"), ("a/b", "a%2Fb"), ("..", "%2E%2E"), (".", "%2E"), ("a b?c#d", "a%20b%3Fc%23d"),
        ("ü", "%C3%BC"),
    ])
    func pathParametersStayOneSegment(id: String, encoded: String) async throws {
        try await client.lockUser(userID: id)
        #expect(try transport.only.url.absoluteString == "https://api.frontegg.com/identity/resources/users/v1/\(encoded)/lock")
    }

    @Test func tokenProviderIsAskedPerRequest() async throws {
        let transport = RecordingTransport()
        let client = FronteggIdentityClient(server: .eu, auth: .tokenProvider { "fresh" }, transport: transport)
        try await client.lockUser(userID: "u")
        #expect(try transport.only.headers["Authorization"] == "Bearer fresh")
    }
}
