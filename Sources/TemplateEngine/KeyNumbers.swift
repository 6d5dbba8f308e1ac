#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A number for every key name the process uses, the same for equal names: what templates and
/// shapes compare and look keys up by.
///
/// Names are numbered when a template is parsed or a shape is made, never while rendering, so
/// the lock is taken a few thousand times in a run, not once per lookup. Numbers are dense from
/// 0, so a shape can keep its slots in an array indexed by them.
final class KeyNumbers: @unchecked Sendable {
    static let shared = KeyNumbers()

    /// Allocated once and never freed: the one instance lives as long as the process.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Guarded by `mutex`.
    private var numbers: [String: Int] = [:]

    private init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    /// The number of `name`: the one it was given before, or the next one.
    func number(of name: String) -> Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let number = numbers[name] { return number }
        let number = numbers.count
        numbers[name] = number
        return number
    }
}
