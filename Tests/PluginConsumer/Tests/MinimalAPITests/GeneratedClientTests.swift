import Foundation
import MinimalAPI
import Testing

/// Calls the client that APIGenPlugin generated at build time from `Sources/MinimalAPI/*.yaml`,
/// through a transport that records requests, so the tests show that the plugin's output is
/// compiled into the target and behaves as the specs say.
@Suite struct GeneratedClientTests {
    let transport: RecordingTransport
    let client: MinimalClient

    init() throws {
        transport = RecordingTransport { request in
            let body =
                request.url.path.hasSuffix("/pets")
                ? #"{"id": 7, "name": "Rex", "kind": "axolotl"}"#
                : #"{"ok": true}"#
            return HTTPResponse(
                statusCode: request.method == "POST" ? 201 : 200, headers: ["Content-Type": "application/json"],
                body: Data(body.utf8))
        }
        let baseURL = try #require(URL(string: "https://api.example.com/v1"))
        client = MinimalClient(baseURL: baseURL, auth: .none, transport: transport)
    }

    @Test func pingSendsAGetAndDecodesTheInlineResponse() async throws {
        let response = try await client.ping()
        #expect(response.ok)
        let request = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(request.method == "GET")
        #expect(request.url.absoluteString == "https://api.example.com/v1/ping")
        #expect(request.body == nil)
    }

    @Test func createPetPostsTheModelAsJSON() async throws {
        let created = try await client.createPet(body: Pet(id: 7, name: "Rex", kind: .dog, tag: "good"))
        let request = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://api.example.com/v1/pets")
        let body = try #require(request.body)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? NSDictionary)
        #expect(json == ["id": 7, "name": "Rex", "kind": "dog", "tag": "good"] as NSDictionary)
        // The enum is open: a kind the spec does not list still decodes, keeping its value.
        #expect(created.kind == .unknown("axolotl"))
        #expect(created.tag == nil)
    }

    @Test func theSpecsConstraintsAreCheckedBeforeSending() async throws {
        let error = await #expect(throws: MinimalError.self) {
            _ = try await client.createPet(body: Pet(id: 1, name: String(repeating: "x", count: 65), kind: .cat))
        }
        guard case .validation(let operation, let field, let rule)? = error else {
            Issue.record("expected a validation error, got \(String(describing: error))")
            return
        }
        #expect(operation == "createPet")
        #expect(field == "body.name")
        #expect(rule == "maxLength: 64")
        #expect(transport.requests.isEmpty)
    }
}

/// Records every request and answers it with `respond`.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    // Guarded by `lock`: the client may send from any task.
    private let lock = NSLock()
    private var recorded: [HTTPRequest] = []
    private let respond: @Sendable (HTTPRequest) -> HTTPResponse

    init(respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.respond = respond
    }

    var requests: [HTTPRequest] { lock.withLock { recorded } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { recorded.append(request) }
        return respond(request)
    }
}
