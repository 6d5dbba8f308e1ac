import Foundation
import FronteggIdentity
import Testing

/// A seeded property test: a fake transport answers every request with a random status, random
/// headers, a random body after a random delay, or throws, and the client must neither trap nor
/// hang, and may only succeed on a success status.
@Suite(.timeLimit(.minutes(2))) struct RandomServerTests {
    /// SplitMix64: a tiny generator whose sequence depends only on its seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let statuses = [200, 201, 204, 299, 301, 304, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504, 0, -1, 99, 600, 1_000, .max]
    static let retryAfters = ["0", "1", "-1", "abc", "99999999999999999999", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", ""]
    static let contentTypes = ["application/json", "text/plain", "application/octet-stream", "", "application/json; charset=latin1"]
    static let bodies = [
        "", "{}", "[]", "null", "1e400", "-0", "\"text\"", "{\"message\":\"no\"}", "{\"errors\":[\"a\",{\"message\":\"b\"},3]}",
        #"{"access_token":"jwt","refresh_token":"r","expires_in":1e300,"expires":"x"}"#,
        #"{"access_token":"jwt","refresh_token":"r","expires_in":-1,"expires":"x"}"#,
        #"{"link":"l","token":"t","userId":"u"}"#,
        #"{"id":"i","email":"e","name":"n","profilePictureUrl":"p","verified":true,"roles":[],"permissions":[],"tenantId":"t","tenantIds":[],"tenants":[],"metadata":"{}","vendorMetadata":"{}","createdAt":"2024-05-01T12:30:00Z","lastLogin":"2024-05-01T12:30:00.123Z","subAccountAccessAllowed":false,"managedBy":"someone-new"}"#,
        #"{"id":7,"email":null}"#, "{\"createdAt\":\"not a date\"}", String(repeating: "[", count: 600), "\u{FF}\u{FE}",
        String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
    ]

    /// Answers at random, recording the statuses it answered with.
    final class RandomTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var generator: Generator
        private var answered: [Int] = []

        init(seed: UInt64) {
            generator = Generator(state: seed)
        }

        var statuses: [Int] { lock.withLock { answered } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let (delay, outcome) = lock.withLock { () -> (Int, Result<HTTPResponse, any Error>) in
                let delay = Int.random(in: 0...3, using: &generator) == 0 ? Int.random(in: 0...30, using: &generator) : 0
                switch Int.random(in: 0..<12, using: &generator) {
                case 0: return (delay, .failure(URLError(.notConnectedToInternet)))
                case 1: return (delay, .failure(URLError(.timedOut)))
                case 2: return (delay, .failure(CancellationError()))
                default:
                    let status = RandomServerTests.statuses.randomElement(using: &generator) ?? 200
                    var headers: [String: String] = [:]
                    if Bool.random(using: &generator) {
                        headers["Retry-After"] = RandomServerTests.retryAfters.randomElement(using: &generator)
                    }
                    headers["Content-Type"] = RandomServerTests.contentTypes.randomElement(using: &generator)
                    let body = RandomServerTests.bodies.randomElement(using: &generator) ?? ""
                    answered.append(status)
                    return (delay, .success(HTTPResponse(statusCode: status, headers: headers, body: Data(body.utf8))))
                }
            }
            if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
            return try outcome.get()
        }
    }

    /// One call of the client, chosen by `pick`; whether it succeeded.
    static func call(_ client: FronteggIdentityClient, _ pick: Int) async throws(FronteggIdentityError) {
        switch pick {
        case 0: try await client.lockUser(userID: "u")
        case 1: _ = try await client.getUserProfile()
        case 2: _ = try await client.generatePasswordResetToken(userID: "u")
        case 3: _ = try await client.inviteUser(tenantID: "t", body: InviteUserRequest(email: "a@example.com"))
        default: _ = try await client.authenticateAPIToken(body: .init(clientID: "c", secret: "s"))
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomAnswersNeverTrapOrHang(seed: UInt64) async {
        var generator = Generator(state: seed)
        for round in 0..<150 {
            let transport = RandomTransport(seed: generator.next())
            let retries = RetryPolicy(maxAttempts: 3, initialDelay: .milliseconds(1), maxDelay: .milliseconds(5), maxRetryAfter: .milliseconds(10))
            let auth: FronteggIdentityClient.Authentication =
                Bool.random(using: &generator) ? .bearer("jwt") : .apiToken(clientID: "c", secret: "s", vendorHost: "v")
            let timeout: Duration? = Bool.random(using: &generator) ? .milliseconds(20) : nil
            let client = FronteggIdentityClient(
                baseURL: URL(fileURLWithPath: "/"), auth: auth, transport: transport,
                configuration: .init(timeout: timeout, retryPolicy: retries))
            let pick = Int.random(in: 0..<5, using: &generator)
            let error = await failure { () async throws(FronteggIdentityError) in try await Self.call(client, pick) }
            if error == nil {
                // Success only on a success status, the last answer.
                #expect(transport.statuses.last.map { (200..<300).contains($0) } == true, "seed \(seed), round \(round)")
            }
            if case .http(let status, _, _)? = error {
                #expect(!(200..<300).contains(status), "seed \(seed), round \(round)")
            }
        }
    }
}
