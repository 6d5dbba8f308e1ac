import Foundation

/// How generated clients hand a request to their transport.
@_spi(Generated) public enum RequestSending {
    /// Sends through the transport. Fails with `URLError(.timedOut)` once the request's timeout
    /// has passed, and with `CancellationError` as soon as the calling task is cancelled, whether
    /// or not the transport honours either: its work is cancelled and left to end on its own.
    public static func send(_ request: HTTPRequest, with transport: any HTTPTransport) async throws -> HTTPResponse {
        let outcome = FirstOutcome()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.deliver(to: continuation)
                let sending = Task {
                    do {
                        outcome.finish(.success(try await transport.send(request)))
                    } catch {
                        outcome.finish(.failure(error))
                    }
                }
                let timer = request.timeout.map { timeout in
                    Task {
                        guard (try? await Task.sleep(for: timeout)) != nil else { return }
                        outcome.finish(.failure(URLError(.timedOut)))
                    }
                }
                outcome.whenFinished {
                    sending.cancel()
                    timer?.cancel()
                }
            }
        } onCancel: {
            outcome.finish(.failure(CancellationError()))
        }
    }
}

/// The first outcome of a request (its response, its timeout or its cancellation), handed to
/// the one continuation that waits for it; later outcomes are dropped. Either may come first,
/// since a task cancelled already runs its cancellation handler before anything else.
final class FirstOutcome: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var outcome: Result<HTTPResponse, any Error>?
    nonisolated(unsafe) private var waiting: CheckedContinuation<HTTPResponse, any Error>?
    nonisolated(unsafe) private var cleanup: (@Sendable () -> Void)?

    /// Resumes `continuation` with the outcome, now or when it comes.
    func deliver(to continuation: CheckedContinuation<HTTPResponse, any Error>) {
        let ready = lock.withLock {
            if outcome == nil { waiting = continuation }
            return outcome
        }
        if let ready { continuation.resume(with: ready) }
    }

    /// Runs `action` once the outcome is known, now if it is.
    func whenFinished(_ action: @escaping @Sendable () -> Void) {
        let finished = lock.withLock {
            if outcome == nil { cleanup = action }
            return outcome != nil
        }
        if finished { action() }
    }

    func finish(_ result: Result<HTTPResponse, any Error>) {
        let (continuation, action) = lock.withLock {
            () -> (CheckedContinuation<HTTPResponse, any Error>?, (@Sendable () -> Void)?) in
            guard outcome == nil else { return (nil, nil) }
            outcome = result
            defer {
                waiting = nil
                cleanup = nil
            }
            return (waiting, cleanup)
        }
        continuation?.resume(with: result)
        action?()
    }
}
