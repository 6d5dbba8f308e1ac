import ConcurrentMap
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// `concurrentMap` is `map`: the same results in the same order, whether the work is spread over
/// the cores or done on the calling thread.
@Suite struct ConcurrencyTests {
    @Test(arguments: [0, 1, 2, 7, 8, 9, 63, 1_000, 10_007], [1, 8, 100])
    func concurrentMapKeepsOrder(count: Int, minimumCount: Int) {
        let input = Array(0..<count)
        #expect(input.concurrentMap(minimumCount: minimumCount) { $0 * 3 + 1 } == input.map { $0 * 3 + 1 })
    }

    @Test func everyElementIsMappedOnce() {
        let calls = Counter()
        let output = Array(0..<5_000).concurrentMap { value -> String in
            calls.increment()
            return String(value)
        }
        #expect(calls.value == 5_000)
        #expect(output == (0..<5_000).map(String.init))
    }

    @Test func workReallySpreadsOverSeveralThreads() throws {
        try #require(ProcessInfo.processInfo.activeProcessorCount > 1, "needs two cores")
        // Other tests run at the same time and may hold every worker thread for a while, so the
        // work gets a few chances to spread: once is enough to show that it does.
        var threadCounts: [Int] = []
        for _ in 1...5 {
            let threads = Array(0..<64).concurrentMap(minimumCount: 1) { _ -> String in
                // Long enough per item that one thread cannot take every chunk before the others start.
                Thread.sleep(forTimeInterval: 0.005)
                return "\(pthread_self())"
            }
            threadCounts.append(Set(threads).count)
            if Set(threads).count > 1 { break }
        }
        #expect(threadCounts.contains { $0 > 1 }, "the work stayed on one thread each time: \(threadCounts)")
    }
}

/// A count that several threads add to.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
