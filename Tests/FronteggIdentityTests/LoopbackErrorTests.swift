import Foundation
import FronteggIdentity
import Testing

/// Each way a call can fail over real HTTP has its own error, carrying what a user needs.
@Suite struct LoopbackErrorTests {
    @Test func errorStatusCarriesFronteggMessageHeadersAndBody() async throws {
        try await withFakeFrontegg { server in
            try await server.script("POST", "/resources/users/v1/missing/links/generate-password-reset-token", [
                ["status": 404, "json": ["errors": ["User not found"]], "headers": ["X-Request-Id": "req-9"]],
            ])
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .bearer("jwt-1"))
            let error = await failure { () async throws(FronteggIdentityError) in
                try await client.generatePasswordResetToken(userID: "missing")
            }
            guard case .http(let status, let message, let response)? = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(status == 404)
            #expect(message == "User not found")
            #expect(response.header("x-request-id") == "req-9")
            #expect(String(decoding: response.body, as: UTF8.self) == #"{"errors": ["User not found"]}"#)
            #expect(error.map { "\($0)" } == "HTTP 404: User not found")
        }
    }

    @Test func unauthorizedBearerIsAnHTTPError() async throws {
        try await withFakeFrontegg { server in
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .bearer("wrong"))
            let error = await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
            guard case .http(401, "Unauthorized", _)? = error else { Issue.record("unexpected \(String(describing: error))"); return }
            // A fixed token cannot be renewed: one request, no retry.
            let sent = try await server.requests()
            #expect(sent.count == 1)
        }
    }

    @Test func undecodableBodyNamesTheModelAndPath() async throws {
        try await withFakeFrontegg { server in
            try await server.script("GET", "/resources/users/v2/me", [["status": 200, "json": ["id": "u", "roles": [["id": 5]]]]])
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .bearer("jwt-1"))
            let error = await failure { () async throws(FronteggIdentityError) in try await client.getUserProfile() }
            guard case .decoding(let type, let path, let description)? = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(type == "UserProfile")
            #expect(["email", "roles[0].id"].contains(path), "path was \(path)")
            #expect(!description.isEmpty)
        }
    }

    @Test func connectionFailureIsATransportError() async throws {
        let server = try await FakeFronteggServer.start()
        let url = server.baseURL
        await server.stop()
        let client = FronteggIdentityClient(baseURL: url, auth: .bearer("t"))
        let error = await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
        guard case .transport(let underlying)? = error else { Issue.record("unexpected \(String(describing: error))"); return }
        #expect(underlying is URLError)
    }

    @Test func slowServerTimesOut() async throws {
        try await withFakeFrontegg { server in
            // The server answers after 10 s; the call gives up after 0.3 s. The bound leaves room
            // for a loaded machine while still telling a timeout from a wait for the answer.
            try await server.script("POST", "/resources/users/v1/u/lock", [["status": 200, "delay": 10]])
            let client = FronteggIdentityClient(
                baseURL: server.baseURL, auth: .bearer("jwt-1"), configuration: .init(timeout: .milliseconds(300)))
            let start = ContinuousClock.now
            let error = await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
            guard case .timedOut? = error else { Issue.record("unexpected \(String(describing: error))"); return }
            #expect(ContinuousClock.now - start < .seconds(8), "the call waited for the server's answer")
        }
    }

    @Test func cancellingTheTaskCancelsTheCall() async throws {
        try await withFakeFrontegg { server in
            try await server.script("POST", "/resources/users/v1/u/lock", [["status": 200, "delay": 60]])
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .bearer("jwt-1"))
            let task = Task {
                await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
            }
            try await Task.sleep(for: .milliseconds(200))
            let start = ContinuousClock.now
            task.cancel()
            let error = await task.value
            guard case .cancelled? = error else { Issue.record("expected .cancelled, got \(String(describing: error))"); return }
            // Far under the server's 60 s, with room for a machine whose threads are busy.
            #expect(ContinuousClock.now - start < .seconds(30), "the call waited for the server's answer")
        }
    }
}
