/// Code that sees every attempt's request and response: for logging, tracing, metrics, or
/// adding headers.
///
/// Call `next` to send the request on, or answer without sending it.
public protocol HTTPInterceptor: Sendable {
    /// Handles one attempt: passes the request, perhaps changed, to `next`, and returns its
    /// response, perhaps changed.
    ///
    /// - Parameters:
    ///   - request: The request about to be sent.
    ///   - next: Sends the request on: to the next interceptor, or to the transport.
    /// - Returns: The response for the request.
    /// - Throws: What `next` threw, or an error of the interceptor's own.
    func intercept(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse
}

/// Logs one line per request and one per response or failure.
///
/// Lines never hold credentials or bodies: the `Authorization` header prints as `<redacted>`.
public struct LoggingInterceptor: HTTPInterceptor {
    let log: @Sendable (String) -> Void

    /// Creates an interceptor that writes its lines to `log`.
    ///
    /// - Parameter log: Where lines go; `print` unless you pass your logger.
    public init(log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.log = log
    }

    /// Logs the request, sends it on, and logs the response's status or the failure, with the time
    /// it took.
    ///
    /// - Parameters:
    ///   - request: The request about to be sent.
    ///   - next: Sends the request on.
    /// - Returns: The response `next` returned, unchanged.
    /// - Throws: What `next` threw, unchanged.
    public func intercept(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let start = ContinuousClock.now
        log("→ \(request)")
        do {
            let response = try await next(request)
            let elapsed = ContinuousClock.now - start
            log("← \(response.statusCode) \(request.method) \(request.url.absoluteString) in \(elapsed)")
            return response
        } catch {
            let elapsed = ContinuousClock.now - start
            log("✗ \(request.method) \(request.url.absoluteString) failed after \(elapsed): \(error)")
            throw error
        }
    }
}
