import Dispatch
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

    /// Starts `work` at once on a new thread.
    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            lock.lock()
            result = value
            lock.broadcast()
            lock.unlock()
        }
        thread.start()
    }

    /// The result, waiting for the thread to finish if it has not yet.
    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let result { return result }
            lock.wait()
        }
    }
}
