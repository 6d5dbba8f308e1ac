import Foundation
import FronteggIdentity
import Testing

/// The API-token flow: authenticate with the client ID and secret, keep the token, refresh it
/// before it expires, and after a 401 renew once and retry once; concurrent calls share one
/// authentication.
@Suite struct TokenFlowTests {
    func routes(_ server: FakeFronteggServer) async throws -> [String] {
        try await server.requests().map { request in
            let path = request.path.replacingOccurrences(of: "/identity/resources", with: "")
            return "\(path) \(request.headers["authorization"] ?? "-")"
        }
    }

    @Test func authenticatesOnceAndReusesTheToken() async throws {
        try await withFakeFrontegg { server in
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .apiToken(clientID: "client-1", secret: "secret-1"))
            try await client.lockUser(userID: "u")
            try await client.unlockUser(userID: "u")
            #expect(try await routes(server) == [
                "/auth/v2/api-token -",
                "/users/v1/u/lock Bearer access-1",
                "/users/v1/u/unlock Bearer access-1",
            ])
            let authenticate = try #require(try await server.requests().first)
            #expect(authenticate.body == #"{"clientId":"client-1","secret":"secret-1"}"#)
        }
    }

    @Test func unauthorizedResponseRefreshesOnceAndRetriesOnce() async throws {
        try await withFakeFrontegg { server in
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .apiToken(clientID: "client-1", secret: "secret-1"))
            try await client.lockUser(userID: "warm-up")
            try await server.script("POST", "/resources/users/v1/u/lock", [["status": 401, "json": ["errors": ["Token revoked"]]]])
            try await client.lockUser(userID: "u")
            #expect(try await routes(server) == [
                "/auth/v2/api-token -",
                "/users/v1/warm-up/lock Bearer access-1",
                "/users/v1/u/lock Bearer access-1",
                "/auth/v2/api-token/token/refresh -",
                "/users/v1/u/lock Bearer access-2",
            ])
            let refresh = try await server.requests()[3]
            #expect(refresh.body == #"{"refreshToken":"refresh-1"}"#)
        }
    }

    @Test func aSecond401IsNotRetriedAgain() async throws {
        try await withFakeFrontegg { server in
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .apiToken(clientID: "client-1", secret: "secret-1"))
            try await server.script("POST", "/resources/users/v1/u/lock", [["status": 401], ["status": 401]])
            let error = await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
            guard case .http(401, _, _)? = error else { Issue.record("unexpected \(String(describing: error))"); return }
            #expect(try await routes(server).count == 4)  // authenticate, lock, refresh, lock
        }
    }

    @Test func expiringTokenIsRefreshedBeforeUse() async throws {
        try await withFakeFrontegg { server in
            try await server.setTokenLifetime(seconds: 1)
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .apiToken(clientID: "client-1", secret: "secret-1"))
            try await client.lockUser(userID: "u")
            try await Task.sleep(for: .milliseconds(1_000))
            try await client.lockUser(userID: "u")
            #expect(try await routes(server) == [
                "/auth/v2/api-token -",
                "/users/v1/u/lock Bearer access-1",
                "/auth/v2/api-token/token/refresh -",
                "/users/v1/u/lock Bearer access-2",
            ])
        }
    }

    @Test func theRefreshSendsTheVendorHostItsRouteWants() async throws {
        try await withFakeFrontegg { server in
            try await server.setTokenLifetime(seconds: 1)
            let client = FronteggIdentityClient(
                baseURL: server.baseURL, auth: .apiToken(clientID: "client-1", secret: "secret-1", vendorHost: "app-x.frontegg.com"))
            try await client.lockUser(userID: "u")
            try await Task.sleep(for: .milliseconds(1_000))
            try await client.lockUser(userID: "u")
            let refresh = try #require(try await server.requests().first { $0.path.hasSuffix("/token/refresh") })
            #expect(refresh.headers["frontegg-vendor-host"] == "app-x.frontegg.com")
            // Authenticating does not take the header, so it is not sent there.
            let authenticate = try #require(try await server.requests().first)
            #expect(authenticate.headers["frontegg-vendor-host"] == nil)
        }
    }

    @Test func rejectedRefreshTokenFallsBackToAuthenticating() async throws {
        try await withFakeFrontegg { server in
            try await server.setTokenLifetime(seconds: 1)
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .apiToken(clientID: "client-1", secret: "secret-1"))
            try await client.lockUser(userID: "u")
            try await server.script("POST", "/resources/auth/v2/api-token/token/refresh", [["status": 401]])
            try await Task.sleep(for: .milliseconds(1_000))
            try await client.lockUser(userID: "u")
            #expect(try await routes(server) == [
                "/auth/v2/api-token -",
                "/users/v1/u/lock Bearer access-1",
                "/auth/v2/api-token/token/refresh -",
                "/auth/v2/api-token -",
                "/users/v1/u/lock Bearer access-2",
            ])
        }
    }

    @Test func concurrentCallsShareOneAuthentication() async throws {
        try await withFakeFrontegg { server in
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .apiToken(clientID: "client-1", secret: "secret-1"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    group.addTask { try await client.lockUser(userID: "u\(index)") }
                }
                try await group.waitForAll()
            }
            let received = try await routes(server)
            #expect(received.filter { $0.hasPrefix("/auth/") }.count == 1)
            #expect(received.filter { $0.hasSuffix("Bearer access-1") }.count == 20)
        }
    }

    @Test func wrongCredentialsSurfaceTheServersAnswer() async throws {
        try await withFakeFrontegg { server in
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .apiToken(clientID: "client-1", secret: "nope"))
            let error = await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
            guard case .http(401, "Invalid API token", _)? = error else { Issue.record("unexpected \(String(describing: error))"); return }
        }
    }
}
