import Foundation

/// A step started now on a thread of its own, for a caller that needs its result later and has
/// other work to do first.
///
/// A thread rather than `inParallel` or a dispatch queue: the caller's own work maps over every
/// core, and libdispatch runs a `concurrentPerform` nested in another one on a single thread;
/// a block queued on the global queue can wait for a pool thread those maps keep busy.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let lock = NSCondition()
    /// Set once, by the thread, under `lock`.
    private var result: Value?
    /// Set by `take()`, under `lock`.
    private var isTaken = false

    /// Starts `work` at once on a new thread, or, when `inBackground` is false, does it here
    /// before returning: for callers whose work is too small to be worth a thread on small
    /// inputs (starting one costs tens of microseconds), but that read the result the same way.
    public init(inBackground: Bool = true, _ work: @escaping @Sendable () -> Value) {
        guard inBackground else {
            result = work()
            return
        }
        let thread = Thread { [self] in
            let value = work()
            lock.lock()
            // Moved, so that the thread keeps no reference once `take()` has the result.
            result = consume value
            lock.broadcast()
            lock.unlock()
        }
        thread.start()
    }

    /// The result, waiting for the thread to finish if it has not yet.
    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        precondition(!isTaken, "BackgroundWork.value read after take()")
        while true {
            if let result { return result }
            lock.wait()
        }
    }

    /// The result, moved out rather than copied: a value with copy-on-write parts that the caller
    /// changes next would otherwise be copied whole while this still holds it. Only once, and
    /// no `value` after it.
    public func take() -> Value {
        lock.lock()
        defer { lock.unlock() }
        precondition(!isTaken, "BackgroundWork.take() called twice")
        while true {
            if let taken = result.take() {
                isTaken = true
                return taken
            }
            lock.wait()
        }
    }
}
