import Foundation
import FronteggIdentity
import Testing

/// Values no client should ever meet, which it must survive: retry policies and attempt counts
/// whose waits would overflow, and token lifetimes no clock can hold.
@Suite struct NeverTrapsTests {
    static let request = HTTPRequest(method: "GET", url: URL(fileURLWithPath: "/"), headers: [:], body: nil, timeout: nil)
    static let busy = Result<HTTPResponse, any Error>.success(HTTPResponse(statusCode: 503))

    @Test func backoffStaysWithinItsBoundsForEveryAttempt() {
        let policies = [
            RetryPolicy(maxAttempts: .max),
            RetryPolicy(maxAttempts: .max, initialDelay: .seconds(Int64.max), maxDelay: .seconds(Int64.max), multiplier: .infinity),
            RetryPolicy(maxAttempts: .max, initialDelay: .zero, multiplier: .infinity, jitter: .nan),
            RetryPolicy(maxAttempts: .max, initialDelay: .seconds(-5), maxDelay: .seconds(-1), multiplier: -3, jitter: 7),
        ]
        let year = Duration.seconds(365 * 24 * 60 * 60)
        for policy in policies {
            for attempt in [1, 2, 72, 1_000, Int.max - 1] {
                guard let wait = policy.delay(afterAttempt: attempt, of: Self.request, outcome: Self.busy) else {
                    Issue.record("a busy answer at attempt \(attempt) was not retried")
                    continue
                }
                #expect(wait >= .zero && wait <= max(policy.maxDelay, .zero) && wait <= year)
            }
        }
    }

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
            baseURL: URL(fileURLWithPath: "/"), auth: .apiToken(clientId: "c", secret: "s"), transport: transport)
        try await client.lockUser(userId: "u")
        #expect(transport.requests.last?.headers["Authorization"] == "Bearer jwt-1")
    }
}
