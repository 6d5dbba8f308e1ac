import Foundation
import RealWorld
import Testing

/// Operations whose successes differ return a case per status, and documented headers come
/// back typed beside the body.
@Suite struct ResultTests {
    func withClient(_ body: (RealWorldClient) async throws -> Void) async throws {
        try await EchoServer.withClient { client, _ in try await body(client) }
    }

    @Test func eachStatusHasItsCase() async throws {
        try await withClient { client in
            let body = StartSessionRequest(id: "s-9")
            #expect(try await client.startSession(code: 200, body: body) == .ok(StartedSession(id: "s-9"), xRateLimitRemaining: 42))
            let created = try await client.startSession(code: 201, body: body)
            #expect(
                created
                    == .created(
                        StartedSession(id: "s-9"), location: "https://api.example.com/sessions/s-1", remaining: 42))
            #expect(try await client.startSession(code: 204, body: body) == .noContent)
            guard case .undocumented(let response) = try await client.startSession(code: 202, body: body) else {
                Issue.record("expected the undocumented 202")
                return
            }
            #expect(response.statusCode == 202)
        }
    }

    @Test func headersComeBackTyped() async throws {
        try await withClient { client in
            let result = try await client.countThings(code: 200)
            #expect(result.body == StartedSession(id: "s-1"))
            #expect(result.xTotal == 7)
            #expect(result.xTags == ["a", "b", "c"])
            #expect(result.xMissing == nil)
        }
    }

    @Test func anErrorStatusIsStillAnError() async throws {
        try await withClient { client in
            do {
                _ = try await client.countThings(code: 404)
                Issue.record("expected an HTTP error")
            } catch let error as RealWorldError {
                guard case .http(let status, _, _) = error else {
                    Issue.record("expected an HTTP error, got \(error)")
                    return
                }
                #expect(status == 404)
            }
        }
    }
}

extension StartSessionResult: Equatable {
    public static func == (lhs: StartSessionResult, rhs: StartSessionResult) -> Bool {
        switch (lhs, rhs) {
        case (.ok(let a, let x), .ok(let b, let y)): a == b && x == y
        case (.created(let a, let l, let x), .created(let b, let m, let y)): a == b && l == m && x == y
        case (.noContent, .noContent): true
        case (.undocumented(let a), .undocumented(let b)): a == b
        default: false
        }
    }
}

/// Redirects come back to the caller: a documented one as its case, any other as an error.
@Suite struct RedirectTests {
    @Test func aDocumentedRedirectIsReturned() async throws {
        try await EchoServer.withClient { client, server in
            guard case .found(let location) = try await client.startLogin(code: 302) else {
                Issue.record("expected the 302")
                await server.stop()
                return
            }
            #expect(location == "https://api.example.com/sessions/s-1")
            guard case .ok(let session) = try await client.startLogin(code: 200) else {
                Issue.record("expected the 200")
                await server.stop()
                return
            }
            #expect(session.id == "s-1")
        }
    }

    @Test func anUndocumentedRedirectIsNotFollowed() async throws {
        try await EchoServer.withClient { client, _ in
            do throws(RealWorldError) {
                _ = try await client.countThings(code: 307)
                Issue.record("expected an HTTP error")
            } catch {
                guard case .http(let status, _, let response) = error else {
                    Issue.record("expected an HTTP error, got \(error)")
                    return
                }
                #expect(status == 307)
                #expect(response.header("Location") == "https://api.example.com/sessions/s-1")
            }
        }
    }
}
