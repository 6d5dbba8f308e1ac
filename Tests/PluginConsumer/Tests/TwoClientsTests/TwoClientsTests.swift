import Foundation
import MinimalAPI
import Testing
import TodoAPI

/// Two generated clients in one file: they share apigen's runtime, so `HTTPTransport`,
/// `HTTPRequest` and `HTTPResponse` are one type each, and one transport serves both.
@Suite struct TwoClientsTests {
    /// Answers every request with `{}` or a todo, and keeps what it was sent.
    final class SharedTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var sent: [HTTPRequest] = []

        var requests: [HTTPRequest] { lock.withLock { sent } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { sent.append(request) }
            let body = request.url.path.hasPrefix("/todos") ? #"{"id": 3, "title": "Ship"}"# : #"{"ok": true}"#
            return HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }
    }

    @Test func oneTransportServesBothClients() async throws {
        let transport = SharedTransport()
        // Neither API needs credentials, and a client needs only where to send and how.
        let minimal = MinimalClient(baseURL: try #require(URL(string: "https://api.example.com")), transport: transport)
        let todos = TodosClient(server: .main, transport: transport)
        #expect(try await minimal.ping().ok)
        #expect(try await todos.getTodo(todoID: 3).title == "Ship")
        #expect(transport.requests.map(\.url.absoluteString) == ["https://api.example.com/ping", "https://todos.example.com/todos/3"])
    }

    @Test func theClientsShareTheRuntimesTypes() {
        // The same `JSONValue` and `RetryPolicy` whichever module names them.
        let value: MinimalAPI.JSONValue = ["a": 1]
        let same: TodoAPI.JSONValue = value
        #expect(same == value)
        let policy: MinimalClient.Configuration = .init(retryPolicy: .exponentialBackoff())
        let other: TodosClient.Configuration = .init(retryPolicy: policy.retryPolicy)
        #expect(other.retryPolicy == policy.retryPolicy)
    }
}
