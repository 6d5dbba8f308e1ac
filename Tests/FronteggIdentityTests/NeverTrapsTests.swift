import Foundation
import FronteggIdentity
import Testing

/// Values no client should ever meet, which it must survive: token lifetimes no clock can hold,
/// and bodies nested as deep as the JSON parser allows. (Retry waits: `RetryPolicyTests`.)
@Suite struct NeverTrapsTests {
    @Test(arguments: ["1e300", "-5", "0", "9223372036854775807"])
    func anyTokenLifetimeIsKeptWithoutTrapping(expiresIn: String) async throws {
        let transport = RecordingTransport { request in
            let body =
                request.url.path.hasSuffix("/api-token")
                ? #"{"access_token":"jwt-1","refresh_token":"r-1","expires_in":\#(expiresIn),"expires":"later"}"#
                : "{}"
            return HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }
        let client = FronteggIdentityClient(
            baseURL: URL(fileURLWithPath: "/"), auth: .apiToken(clientID: "c", secret: "s"), transport: transport)
        try await client.lockUser(userID: "u")
        #expect(transport.requests.last?.headers["Authorization"] == "Bearer jwt-1")
    }

    /// Arrays and objects nested `depth` deep around `1`, alternating: the text and the value.
    static func nested(_ depth: Int) -> (text: String, value: JSONValue) {
        var text = "1"
        var value = JSONValue.integer(1)
        for level in 0..<depth {
            if level % 2 == 0 {
                text = "[" + text + "]"
                value = .array([value])
            } else {
                text = #"{"k":"# + text + "}"
                value = .object(["k": value])
            }
        }
        return (text, value)
    }

    @Test func deepFreeFormValuesDecodeExactly() throws {
        let (text, value) = Self.nested(500)
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) == value)
        // Deeper than the JSON parser allows (512 levels) is an error, not a crash. Only the text is
        // made: a value that deep would overflow the stack when it is freed.
        let tooDeep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(JSONValue.self, from: Data(tooDeep.utf8)) }
    }

    @Test func theServersMessageIsFoundBesideDeepContent() async {
        let body = #"{"errors":[{"message":"a"},"b",[[[1]]],{"code":7}],"detail":"# + Self.nested(500).text + "}"
        let transport = RecordingTransport { _ in
            HTTPResponse(statusCode: 400, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }
        let client = FronteggIdentityClient(baseURL: URL(fileURLWithPath: "/"), auth: .bearer("jwt"), transport: transport)
        let error = await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
        guard case .http(400, let message, _)? = error else {
            Issue.record("expected HTTP 400, got \(String(describing: error))")
            return
        }
        #expect(message == "a; b")
    }
}
