import Foundation
import FronteggIdentity
import Testing

/// Opt-in retries with backoff, `Retry-After`, and interceptors that see every attempt.
@Suite struct RetryAndInterceptorTests {
    static let quickRetries = RetryPolicy(
        maxAttempts: 3, initialDelay: .milliseconds(10), maxDelay: .milliseconds(50), jitter: 0)

    @Test func busyServerIsRetriedHonouringRetryAfter() async throws {
        try await withFakeFrontegg { server in
            try await server.script("POST", "/resources/users/v1/u/lock", [
                ["status": 503, "headers": ["Retry-After": "1"]], ["status": 429],
            ])
            let client = FronteggIdentityClient(
                baseURL: server.baseURL, auth: .bearer("jwt-1"), configuration: .init(retryPolicy: Self.quickRetries))
            let start = ContinuousClock.now
            try await client.lockUser(userID: "u")
            #expect(ContinuousClock.now - start >= .seconds(1))
            #expect(try await server.requests().count == 3)
        }
    }

    @Test func withoutAPolicyNothingIsRetried() async throws {
        try await withFakeFrontegg { server in
            try await server.script("POST", "/resources/users/v1/u/lock", [["status": 503]])
            let client = FronteggIdentityClient(baseURL: server.baseURL, auth: .bearer("jwt-1"))
            let error = await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
            guard case .http(503, _, _)? = error else { Issue.record("unexpected \(String(describing: error))"); return }
            #expect(try await server.requests().count == 1)
        }
    }

    @Test func serverErrorsAreRetriedForIdempotentMethodsOnly() async throws {
        try await withFakeFrontegg { server in
            try await server.script("GET", "/resources/users/v2/me", [["status": 500], ["status": 502]])
            try await server.script("POST", "/resources/users/v1/u/lock", [["status": 500]])
            let client = FronteggIdentityClient(
                baseURL: server.baseURL, auth: .bearer("jwt-1"), configuration: .init(retryPolicy: Self.quickRetries))
            _ = try await client.getUserProfile()
            let error = await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
            guard case .http(500, _, _)? = error else { Issue.record("unexpected \(String(describing: error))"); return }
            #expect(try await server.requests().map(\.method) == ["GET", "GET", "GET", "POST"])
        }
    }

    @Test func retriesStopAtMaxAttempts() async throws {
        try await withFakeFrontegg { server in
            try await server.script("GET", "/resources/users/v2/me", [["status": 503], ["status": 503], ["status": 503], ["status": 503]])
            let client = FronteggIdentityClient(
                baseURL: server.baseURL, auth: .bearer("jwt-1"), configuration: .init(retryPolicy: Self.quickRetries))
            let error = await failure { () async throws(FronteggIdentityError) in try await client.getUserProfile() }
            guard case .http(503, _, _)? = error else { Issue.record("unexpected \(String(describing: error))"); return }
            #expect(try await server.requests().count == 3)
        }
    }

    @Test func backoffGrowsAndStaysWithinBounds() throws {
        let policy = RetryPolicy(maxAttempts: 5, initialDelay: .milliseconds(100), maxDelay: .milliseconds(300), jitter: 0.5)
        let request = HTTPRequest(method: "GET", url: URL(fileURLWithPath: "/"))
        let busy = HTTPResponse(statusCode: 500)
        let outcome = Result<HTTPResponse, FronteggIdentityError>.success(busy)
        for (attempt, ceiling) in [(1, 100), (2, 200), (3, 300), (4, 300)] {
            let delay = try #require(policy.delay(afterAttempt: attempt, of: request, outcome: outcome))
            let longest = Duration.milliseconds(ceiling)
            #expect(delay <= longest, "attempt \(attempt)")
            #expect(delay >= longest / 2, "attempt \(attempt)")
        }
        #expect(policy.delay(afterAttempt: 5, of: request, outcome: Result<HTTPResponse, FronteggIdentityError>.success(busy)) == nil)
        let tooLong = HTTPResponse(statusCode: 429, headers: ["retry-after": "3600"])
        #expect(policy.delay(afterAttempt: 1, of: request, outcome: Result<HTTPResponse, FronteggIdentityError>.success(tooLong)) == nil)
    }

    @Test func interceptorsSeeEveryAttemptInOrder() async throws {
        try await withFakeFrontegg { server in
            try await server.script("GET", "/resources/users/v2/me", [["status": 503]])
            let lines = Lines()
            let client = FronteggIdentityClient(
                baseURL: server.baseURL, auth: .bearer("jwt-1"),
                configuration: .init(retryPolicy: Self.quickRetries, interceptors: [
                    Tagging(tag: "outer", lines: lines), Tagging(tag: "inner", lines: lines),
                ]))
            _ = try await client.getUserProfile()
            #expect(lines.all == ["outer →", "inner →", "inner ← 503", "outer ← 503", "outer →", "inner →", "inner ← 200", "outer ← 200"])
            let sent = try await server.requests()
            #expect(sent.allSatisfy { $0.headers["x-trace"] == "outer,inner" })
        }
    }

    @Test func loggingNeverShowsSecrets() async throws {
        try await withFakeFrontegg { server in
            let lines = Lines()
            let logger = LoggingInterceptor { lines.append($0) }
            let client = FronteggIdentityClient(
                baseURL: server.baseURL, auth: .apiToken(clientID: "client-1", secret: "secret-1"),
                configuration: .init(interceptors: [logger]))
            try await client.lockUser(userID: "u")
            let log = lines.all.joined(separator: "\n")
            #expect(lines.all.count == 4)  // authenticate and lock, a line each way
            #expect(log.contains("Authorization: <redacted>"))
            for secret in ["secret-1", "access-1", "refresh-1"] {
                #expect(!log.contains(secret), "the log shows \(secret)")
            }
        }
    }
}

/// Lines collected from concurrent code.
final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    var all: [String] { lock.withLock { lines } }
    func append(_ line: String) { lock.withLock { lines.append(line) } }
}

/// Adds its tag to an `X-Trace` header and records what it sees.
struct Tagging: HTTPInterceptor {
    let tag: String
    let lines: Lines

    func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
        var request = request
        request.headers["X-Trace"] = [request.headers["X-Trace"], tag].compactMap { $0 }.joined(separator: ",")
        lines.append("\(tag) →")
        let response = try await next(request)
        lines.append("\(tag) ← \(response.statusCode)")
        return response
    }
}
