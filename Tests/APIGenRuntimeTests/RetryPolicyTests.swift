import APIGenRuntime
import Foundation
import Testing

/// When `RetryPolicy` retries, how long it waits, and that no policy or attempt count traps.
@Suite struct RetryPolicyTests {
    static func request(_ method: String) -> HTTPRequest {
        HTTPRequest(method: method, url: URL(fileURLWithPath: "/"))
    }

    static func answer(_ status: Int, retryAfter: String? = nil) -> Result<HTTPResponse, any Error> {
        .success(HTTPResponse(statusCode: status, headers: retryAfter.map { ["retry-after": $0] } ?? [:]))
    }

    /// An error a client says must not be retried.
    struct Refused: FinalError {
        var isFinal: Bool { true }
    }

    @Test func busyAnswersAreRetriedForEveryMethodAndServerErrorsOnlyForIdempotentOnes() {
        let policy = RetryPolicy(maxAttempts: 3, jitter: 0)
        #expect(policy.delay(afterAttempt: 1, of: Self.request("POST"), outcome: Self.answer(503)) != nil)
        #expect(policy.delay(afterAttempt: 1, of: Self.request("POST"), outcome: Self.answer(500)) == nil)
        #expect(policy.delay(afterAttempt: 1, of: Self.request("GET"), outcome: Self.answer(500)) != nil)
        #expect(policy.delay(afterAttempt: 1, of: Self.request("GET"), outcome: Self.answer(404)) == nil)
        #expect(policy.delay(afterAttempt: 3, of: Self.request("GET"), outcome: Self.answer(503)) == nil)
    }

    @Test func retryAfterIsHonouredInSecondsOrAsADateUpToItsLimit() {
        let policy = RetryPolicy(maxAttempts: 3, maxRetryAfter: .seconds(60))
        #expect(policy.delay(afterAttempt: 1, of: Self.request("GET"), outcome: Self.answer(429, retryAfter: "7")) == .seconds(7))
        #expect(policy.delay(afterAttempt: 1, of: Self.request("GET"), outcome: Self.answer(429, retryAfter: "120")) == nil)
        #expect(policy.delay(afterAttempt: 1, of: Self.request("GET"), outcome: Self.answer(429, retryAfter: "soon")) == nil)
        let past = "Wed, 21 Oct 2015 07:28:00 GMT"
        #expect(policy.delay(afterAttempt: 1, of: Self.request("GET"), outcome: Self.answer(503, retryAfter: past)) == .zero)
    }

    @Test func finalErrorsAndCancellationAreNeverRetried() {
        let policy = RetryPolicy(maxAttempts: 3)
        let get = Self.request("GET")
        #expect(policy.delay(afterAttempt: 1, of: get, outcome: Result<HTTPResponse, any Error>.failure(Refused())) == nil)
        #expect(policy.delay(afterAttempt: 1, of: get, outcome: Result<HTTPResponse, any Error>.failure(CancellationError())) == nil)
        #expect(policy.delay(afterAttempt: 1, of: get, outcome: Result<HTTPResponse, any Error>.failure(URLError(.cancelled))) == nil)
        #expect(policy.delay(afterAttempt: 1, of: get, outcome: Result<HTTPResponse, any Error>.failure(URLError(.timedOut))) != nil)
    }

    @Test func waitsStayWithinTheirBoundsForEveryAttempt() {
        let policies = [
            RetryPolicy(maxAttempts: .max),
            RetryPolicy(maxAttempts: .max, initialDelay: .seconds(Int64.max), maxDelay: .seconds(Int64.max), multiplier: .infinity),
            RetryPolicy(maxAttempts: .max, initialDelay: .zero, multiplier: .infinity, jitter: .nan),
            RetryPolicy(maxAttempts: .max, initialDelay: .seconds(-5), maxDelay: .seconds(-1), multiplier: -3, jitter: 7),
        ]
        let year = Duration.seconds(365 * 24 * 60 * 60)
        for policy in policies {
            for attempt in [1, 2, 72, 1_000, Int.max - 1] {
                guard let wait = policy.delay(afterAttempt: attempt, of: Self.request("GET"), outcome: Self.answer(503)) else {
                    Issue.record("a busy answer at attempt \(attempt) was not retried")
                    continue
                }
                #expect(wait >= .zero && wait <= max(policy.maxDelay, .zero) && wait <= year)
            }
        }
    }
}
