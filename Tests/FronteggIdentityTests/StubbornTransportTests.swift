import Foundation
import FronteggIdentity
import Testing

/// A transport that ignores cancellation and timeouts still cannot hold a call up: the client
/// returns when the timeout passes or the task is cancelled, and leaves the transport to finish.
///
/// The transport answers only after ten minutes, so a call that waited for it would hit the time
/// limit. The tests assert how the call ended rather than how fast: on a loaded machine the
/// concurrency pool may be busy with other tests for seconds.
@Suite(.timeLimit(.minutes(1))) struct StubbornTransportTests {
    /// Answers after `delay` whatever happens: its wait is not cancellable.
    struct StubbornTransport: HTTPTransport {
        var delay: TimeInterval

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                DispatchQueue.global().asyncAfter(deadline: .now() + delay) { continuation.resume() }
            }
            return HTTPResponse(statusCode: 200, headers: [:], body: Data())
        }
    }

    @Test func theTimeoutHoldsWhenTheTransportIgnoresIt() async {
        let client = FronteggIdentityClient(
            baseURL: URL(fileURLWithPath: "/"), auth: .bearer("jwt"), transport: StubbornTransport(delay: 600),
            configuration: .init(timeout: .milliseconds(200)))
        let error = await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
        guard case .timedOut? = error else {
            Issue.record("expected .timedOut, got \(String(describing: error))")
            return
        }
    }

    @Test func cancellingReturnsAtOnceWhenTheTransportIgnoresIt() async {
        let client = FronteggIdentityClient(
            baseURL: URL(fileURLWithPath: "/"), auth: .bearer("jwt"), transport: StubbornTransport(delay: 600))
        let task = Task {
            await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
        }
        try? await Task.sleep(for: .milliseconds(100))
        task.cancel()
        let error = await task.value
        guard case .cancelled? = error else {
            Issue.record("expected .cancelled, got \(String(describing: error))")
            return
        }
    }

    @Test func aTaskCancelledBeforeTheCallSendsNothing() async {
        let transport = RecordingTransport()
        let client = FronteggIdentityClient(baseURL: URL(fileURLWithPath: "/"), auth: .bearer("jwt"), transport: transport)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await failure { () async throws(FronteggIdentityError) in try await client.lockUser(userID: "u") }
        }
        let error = await task.value
        guard case .cancelled? = error else {
            Issue.record("expected .cancelled, got \(String(describing: error))")
            return
        }
        #expect(transport.requests.isEmpty)
    }
}
