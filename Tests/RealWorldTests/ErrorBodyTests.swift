import Foundation
import RealWorld
import Testing

/// Documented error bodies come back decoded in the thrown error, with the response beside them.
@Suite struct ErrorBodyTests {
    /// The error `call` throws, which must be one.
    func error(_ call: (RealWorldClient) async throws(RealWorldError) -> Void) async throws -> RealWorldError {
        var thrown: RealWorldError?
        try await EchoServer.withClient { client, _ in
            do throws(RealWorldError) {
                try await call(client)
            } catch {
                thrown = error
            }
        }
        guard let thrown else { throw Failure("the call did not fail") }
        return thrown
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func anExactStatusDecodesItsBody() async throws {
        let thrown = try await error { client throws(RealWorldError) in _ = try await client.failWith(code: 404) }
        guard case .apiError(let status, .notFound(let body), let response) = thrown else {
            Issue.record("expected the documented 404, got \(thrown)")
            return
        }
        #expect(status == 404)
        #expect(body.resource == "user")
        #expect(response.body == Data(#"{"resource": "user"}"#.utf8))
    }

    @Test func aTextBodyIsAString() async throws {
        let thrown = try await error { client throws(RealWorldError) in _ = try await client.failWith(code: 409) }
        guard case .apiError(409, .string(let text), _) = thrown else {
            Issue.record("expected the documented 409, got \(thrown)")
            return
        }
        #expect(text == "already exists")
    }

    @Test func aRangeAndDefaultCoverTheRest() async throws {
        let teapot = try await error { client throws(RealWorldError) in _ = try await client.failWith(code: 418) }
        guard case .apiError(418, .problem(let problem), _) = teapot else {
            Issue.record("expected the 4XX body, got \(teapot)")
            return
        }
        #expect(problem.title == "teapot")
        #expect(problem.status == 418)
        let boom = try await error { client throws(RealWorldError) in _ = try await client.failWith(code: 500) }
        guard case .apiError(500, .problem(let other), _) = boom else {
            Issue.record("expected the default body, got \(boom)")
            return
        }
        #expect(other.title == "boom")
    }

    @Test func aBodyThatDoesNotDecodeStaysRaw() async throws {
        let thrown = try await error { client throws(RealWorldError) in _ = try await client.failWith(code: 422) }
        guard case .http(422, _, let response) = thrown else {
            Issue.record("expected a plain HTTP error, got \(thrown)")
            return
        }
        #expect(response.body == Data(#"{"unexpected": true}"#.utf8))
    }

    @Test func aLoneDefaultIsBothTheResultAndTheError() async throws {
        // The echo answers a 200 with {"id": ...}, which is no Problem; a documented body is.
        let thrown = try await error { client throws(RealWorldError) in _ = try await client.describeAnything(code: 418) }
        guard case .apiError(418, .problem(let problem), _) = thrown else {
            Issue.record("expected the default body, got \(thrown)")
            return
        }
        #expect(problem.title == "teapot")
    }
}
