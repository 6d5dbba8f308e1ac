import Foundation

/// When to try a request again, and how long to wait first.
///
/// A request is retried when the server answers `429 Too Many Requests` or `503 Service
/// Unavailable` (after the `Retry-After` it asks for, when it asks), and, for idempotent
/// methods only (`GET`, `HEAD`, `OPTIONS`, `PUT`, `DELETE`), after a `500`, `502` or `504`, a
/// timeout or a failed connection. Waits grow exponentially, with random jitter so that
/// clients that failed together do not retry together.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included: 1 never retries.
    public var maxAttempts: Int
    /// The wait before the first retry.
    public var initialDelay: Duration
    /// The longest wait between attempts.
    public var maxDelay: Duration
    /// How much each wait grows.
    public var multiplier: Double
    /// The fraction of each wait that is random, from 0 (none) to 1.
    public var jitter: Double
    /// The longest `Retry-After` honoured; a server asking for more is not retried.
    public var maxRetryAfter: Duration

    /// Creates a policy that makes up to `maxAttempts` attempts.
    ///
    /// - Parameters:
    ///   - maxAttempts: Attempts in all, the first included: 1 never retries.
    ///   - initialDelay: The wait before the first retry.
    ///   - maxDelay: The longest wait between attempts.
    ///   - multiplier: How much each wait grows.
    ///   - jitter: The fraction of each wait that is random, from 0 (none) to 1.
    ///   - maxRetryAfter: The longest `Retry-After` honoured; a server asking for more is not retried.
    public init(
        maxAttempts: Int, initialDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(10),
        multiplier: Double = 2, jitter: Double = 0.2, maxRetryAfter: Duration = .seconds(60)
    ) {
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.multiplier = multiplier
        self.jitter = jitter
        self.maxRetryAfter = maxRetryAfter
    }

    /// Never retry.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Retry up to `maxAttempts` attempts in all, waiting `initialDelay`, then twice as long each time.
    ///
    /// - Parameters:
    ///   - maxAttempts: Attempts in all, the first included.
    ///   - initialDelay: The wait before the first retry.
    ///   - maxDelay: The longest wait between attempts.
    /// - Returns: A policy with the default multiplier, jitter and longest `Retry-After`.
    public static func exponentialBackoff(
        maxAttempts: Int = 3, initialDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(10)
    ) -> RetryPolicy {
        RetryPolicy(maxAttempts: maxAttempts, initialDelay: initialDelay, maxDelay: maxDelay)
    }

    static let idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]

    /// The wait before the next attempt, or nil when the outcome stands.
    ///
    /// - Parameters:
    ///   - attempt: The attempt that just ended, from 1.
    ///   - request: The request that was sent.
    ///   - outcome: Its response, or the error that took its place.
    /// - Returns: How long to wait before sending the request again, or nil not to send it again.
    public func delay(
        afterAttempt attempt: Int, of request: HTTPRequest, outcome: Result<HTTPResponse, some Error>
    ) -> Duration? {
        guard attempt < maxAttempts else { return nil }
        let idempotent = Self.idempotentMethods.contains(request.method)
        switch outcome {
        case .success(let response) where response.statusCode == 429 || response.statusCode == 503:
            // The server did not act on the request, so any method may be sent again.
            guard let retryAfter = response.header("Retry-After") else { return backoff(attempt) }
            guard let wait = Self.parseRetryAfter(retryAfter), wait <= maxRetryAfter else { return nil }
            return wait
        case .success(let response) where [500, 502, 504].contains(response.statusCode):
            return idempotent ? backoff(attempt) : nil
        case .success:
            return nil
        case .failure(let error):
            if let error = error as? any FinalError, error.isFinal { return nil }
            if error is CancellationError || (error as? URLError)?.code == .cancelled { return nil }
            return idempotent ? backoff(attempt) : nil
        }
    }

    /// `initialDelay × multiplier^(attempt - 1)`, at most `maxDelay`, less up to `jitter` of it.
    ///
    /// Computed in seconds as a `Double`, where growth past any bound is infinity rather than an
    /// overflow, and clamped to `0...maxDelay` (at most a year) before it becomes a `Duration`
    /// again: no policy and no attempt count can make it trap.
    func backoff(_ attempt: Int) -> Duration {
        let cap = min(max(Self.seconds(maxDelay), 0), Self.longestWait)
        let grown = Self.seconds(initialDelay) * pow(max(multiplier, 0), Double(max(attempt - 1, 0)))
        let capped = grown.isNaN ? 0 : min(max(grown, 0), cap)
        let randomShare = min(max(jitter.isNaN ? 0 : jitter, 0), 1) * Double.random(in: 0..<1)
        return .seconds(capped * (1 - randomShare))
    }

    /// The longest wait a policy may ask for, in seconds: a year.
    static let longestWait: Double = 365 * 24 * 60 * 60

    /// A duration in seconds, as a `Double`.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// `Retry-After` as seconds (`120`) or an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`).
    static func parseRetryAfter(_ value: String) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .seconds(max(0, date.timeIntervalSinceNow.rounded(.up)))
    }
}

/// An error that may say that trying again cannot help: a cancellation, or a request the client
/// refused to send. Generated clients' errors conform, so ``RetryPolicy`` never retries those.
public protocol FinalError: Error {
    /// Whether sending the request again cannot succeed.
    var isFinal: Bool { get }
}
