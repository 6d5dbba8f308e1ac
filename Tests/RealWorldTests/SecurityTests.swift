import Foundation
import RealWorld
import Testing

/// Each operation sends the credentials of the first of its schemes the client holds.
@Suite struct SecurityTests {
    /// The request `whoAmI` sends with these credentials.
    func whoAmI(_ auth: RealWorldClient.Authentication) async throws -> EchoServer.Request {
        var request: EchoServer.Request?
        try await EchoServer.withClient(auth: auth) { client, server in
            try await client.whoAmI()
            request = try await server.lastRequest()
        }
        return try #require(request)
    }

    @Test func aBearerTokenGoesInAuthorization() async throws {
        let request = try await whoAmI(.bearer("jwt-1"))
        #expect(request.headers["authorization"] == "Bearer jwt-1")
        #expect(request.query == "")
    }

    @Test func aRawKeyGoesInAuthorizationAsItIs() async throws {
        let request = try await whoAmI(.raw("key-1"))
        #expect(request.headers["authorization"] == "key-1")
    }

    @Test func schemesListedTogetherAreSentTogether() async throws {
        let request = try await whoAmI(RealWorldClient.Authentication(vendor: "v-1", key: "k 1&2"))
        #expect(request.headers["x-access-token"] == "v-1")
        #expect(request.query == "api_key=k%201%262")
        #expect(request.headers["authorization"] == nil)
    }

    @Test func cookiesShareOneHeader() async throws {
        let request = try await whoAmI(RealWorldClient.Authentication(session: "s-1", device: "d-1"))
        #expect(request.headers["cookie"] == "ory_session=s-1; device_id=d-1")
    }

    @Test func basicCredentialsAreBase64() async throws {
        let request = try await whoAmI(.basic(username: "ana", password: "pä:ss"))
        #expect(request.headers["authorization"] == "Basic " + Data("ana:pä:ss".utf8).base64EncodedString())
    }

    @Test func theFirstHeldAlternativeWins() async throws {
        // Bearer comes first in the operation's list; half of [vendor, key] is not enough.
        let both = try await whoAmI(RealWorldClient.Authentication(bearer: .token("t"), vendor: "v", raw: "r"))
        #expect(both.headers["authorization"] == "Bearer t")
        #expect(both.headers["x-access-token"] == nil)
        let half = try await whoAmI(RealWorldClient.Authentication(basic: .init(username: "u", password: "p"), vendor: "v"))
        #expect(half.headers["authorization"] == "Basic " + Data("u:p".utf8).base64EncodedString())
        #expect(half.headers["x-access-token"] == nil)
    }

    @Test func withoutCredentialsNothingIsSent() async throws {
        let client = RealWorldClient(baseURL: URL(fileURLWithPath: "/"), auth: .none)
        do {
            try await client.whoAmI()
            Issue.record("expected missing credentials")
        } catch {
            guard case .missingCredentials(let schemes) = error else {
                Issue.record("expected missing credentials, got \(error)")
                return
            }
            #expect(schemes == ["bearer", "raw", "vendor", "key", "session", "device", "basic"])
        }
    }

    @Test func optionalCredentialsAreSentWhenHeld() async throws {
        try await EchoServer.withClient { client, server in
            try await client.browse()
            #expect(try await server.lastRequest().headers["authorization"] == nil)
            try await RealWorldClient(baseURL: server.baseURL, auth: .tokenProvider { "fresh" }).browse()
            #expect(try await server.lastRequest().headers["authorization"] == "Bearer fresh")
        }
    }

    @Test func descriptionsNameSchemesNotSecrets() {
        let auth = RealWorldClient.Authentication(bearer: .token("secret-token"), vendor: "secret-key")
        #expect(auth.description == "bearer(<redacted>), vendor(<redacted>)")
        #expect(RealWorldClient.Authentication.none.description == "none")
    }
}
