import Dispatch

/// Frees large values on another thread.
///
/// The spec and the template context are trees of hundreds of thousands of small objects; at the
/// end of a large run, freeing them took a fifth of a second on the calling thread, which had
/// other work to do (rendering, writing files) or nothing left to do at all. The value is moved,
/// not copied, into a box the background thread drops, so the last reference is that thread's.
enum BackgroundRelease {
    private final class Box<Value>: @unchecked Sendable {
        // Only the background thread touches it after `release` returns.
        var value: Value?

        init(_ value: consuming Value) { self.value = consume value }
    }

    /// Frees `value` on a background thread; pass it with `consume` so no copy stays behind.
    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(consume value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }
}
