@testable import ConcurrentMap
import Dispatch
import Foundation
import Testing

@testable import GeneratorCore

/// The parallel map the context builder and renderer rely on: results in input order, chunks as
/// contiguous runs.
@Suite struct ConcurrencyTests {
    static let counts = [0, 1, 7, 8, 1000]
    /// The default, which maps small inputs on the calling thread, and 1, which never does.
    static let minimumCounts = [8, 1]

    @Test(arguments: counts, minimumCounts) func concurrentMapKeepsOrder(count: Int, minimumCount: Int) {
        let input = Array(0..<count)
        #expect(input.concurrentMap(minimumCount: minimumCount) { $0 * 3 + 1 } == input.map { $0 * 3 + 1 })
    }

    @Test(arguments: counts, minimumCounts) func concurrentChunkMapKeepsOrder(count: Int, minimumCount: Int) {
        let input = (0..<count).map { "item\($0)" }
        let output = input.concurrentChunkMap(minimumCount: minimumCount) { chunk in chunk.map { $0.uppercased() } }
        #expect(output == input.map { $0.uppercased() })
    }

    @Test(arguments: counts, minimumCounts) func chunksAreContiguousAndCoverEveryElementOnce(
        count: Int, minimumCount: Int
    ) {
        let input = Array(0..<count)
        let seen = ChunkLog()
        _ = input.concurrentChunkMap(minimumCount: minimumCount) { chunk in
            // The elements are their own indices, so a contiguous chunk holds exactly its range.
            seen.record(range: chunk.startIndex..<chunk.endIndex, elements: Array(chunk))
            return Array(chunk)
        }
        let chunks = seen.chunks.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for chunk in chunks { #expect(chunk.elements == Array(chunk.range), "\(chunk.range)") }
        // Each chunk starts where the one before ended, from 0 to the end: no gap, no overlap.
        var next = 0
        for chunk in chunks {
            #expect(chunk.range.lowerBound == next)
            next = chunk.range.upperBound
        }
        #expect(next == count)
        if count > 0 { #expect(chunks.allSatisfy { !$0.range.isEmpty }) }
    }

    @Test(arguments: counts, minimumCounts) func workerStateMapKeepsOrderWithAtMostOneStatePerCore(
        count: Int, minimumCount: Int
    ) {
        let states = Counter()
        let input = Array(0..<count)
        // Each worker's state counts the elements it transformed; every element is done once.
        let newState: @Sendable () -> Int = {
            states.increment()
            return 0
        }
        let output = input.concurrentMap(minimumCount: minimumCount, workerState: newState) { done, element in
            done += 1
            return (element * 3, done)
        }
        #expect(output.map(\.0) == input.map { $0 * 3 })
        #expect(states.value >= 1)
        #expect(states.value <= max(1, ProcessInfo.processInfo.activeProcessorCount))
        // Within a worker, the running count goes 1, 2, 3…: its state is kept between elements,
        // so there are as many 1s as workers that took any element.
        let firsts = output.map(\.1).filter { $0 == 1 }.count
        #expect(count == 0 ? firsts == 0 : (1...states.value).contains(firsts))
        #expect(output.map(\.1).max() ?? 0 <= count)
    }
}

/// The chunks a `concurrentChunkMap` transform was given, from whichever threads ran them.
private final class ChunkLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(range: Range<Int>, elements: [Int])] = []

    func record(range: Range<Int>, elements: [Int]) {
        lock.withLock { recorded.append((range, elements)) }
    }

    var chunks: [(range: Range<Int>, elements: [Int])] { lock.withLock { recorded } }
}

/// Counts from several threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }

    func increment() { lock.withLock { count += 1 } }
}

/// Work started on a thread of its own: its result, however often and from wherever it is asked.
@Suite struct BackgroundWorkTests {
    @Test func givesTheResultOfItsWork() {
        let work = BackgroundWork { (1...1000).reduce(0, +) }
        #expect(work.value == 500_500)
        #expect(work.value == 500_500)
    }

    @Test func waitsForWorkThatIsStillRunning() {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let work = BackgroundWork { () -> String in
            started.signal()
            release.wait()
            return "done"
        }
        started.wait()
        // The work is blocked until released, so whoever asks now has to wait for it.
        let waiters = Array(0..<4).concurrentMap(minimumCount: 1) { index -> String in
            if index == 0 { release.signal() }
            return work.value
        }
        #expect(waiters == ["done", "done", "done", "done"])
    }

    @Test func runsBesideNestedMaps() {
        // The caller's own maps over every core must not wait for it, nor it for them.
        let work = BackgroundWork { Array(0..<2000).concurrentMap(minimumCount: 1) { $0 * 2 }.reduce(0, +) }
        let own = Array(0..<2000).concurrentMap(minimumCount: 1) { $0 * 3 }.reduce(0, +)
        #expect(own == 5_997_000)
        #expect(work.value == 3_998_000)
    }
}

extension BackgroundWorkTests {
    final class Box: Sendable {
        let number: Int
        init(_ number: Int) { self.number = number }
    }

    /// `take()` hands over the result itself, so the caller holds the only reference; `value`
    /// gives a copy, and the work keeps its own.
    @Test func takeMovesTheResultOut() {
        let kept = BackgroundWork { Box(1) }
        var copy = kept.value
        #expect(copy.number == 1 && !isKnownUniquelyReferenced(&copy))
        let moved = BackgroundWork { Box(2) }
        var taken = moved.take()
        #expect(taken.number == 2 && isKnownUniquelyReferenced(&taken))
    }
}

extension BackgroundWorkTests {
    /// Asked not to use a thread, the work is done before the initializer returns, on the
    /// caller's thread, and its result is read the same way.
    @Test func workNotInBackgroundIsDoneBeforeReturning() {
        let caller = pthread_self()
        let ranOnCaller = Counter()
        let work = BackgroundWork(inBackground: false) { () -> Int in
            if pthread_equal(pthread_self(), caller) != 0 { ranOnCaller.increment() }
            return 42
        }
        #expect(ranOnCaller.value == 1)
        #expect(work.value == 42)
        #expect(work.take() == 42)
    }
}

/// The maps move their results into the array they return: nothing else keeps a reference to
/// them, and results a map made but never handed over are still freed.
@Suite struct ConcurrentMapResultTests {
    final class Tracked: Sendable {
        let number: Int
        let freed: Counter

        init(_ number: Int, freed: Counter) {
            self.number = number
            self.freed = freed
        }

        deinit { freed.increment() }
    }

    @Test(arguments: ConcurrencyTests.counts, ConcurrencyTests.minimumCounts)
    func resultsAreHandedOverWhole(count: Int, minimumCount: Int) {
        let freed = Counter()
        var plain = Array(0..<count).concurrentMap(minimumCount: minimumCount) { Tracked($0, freed: freed) }
        var withState = Array(0..<count).concurrentMap(minimumCount: minimumCount, workerState: { 0 }) { _, number in
            Tracked(number, freed: freed)
        }
        #expect(plain.map(\.number) == Array(0..<count))
        #expect(withState.map(\.number) == Array(0..<count))
        for index in 0..<count {
            #expect(isKnownUniquelyReferenced(&plain[index]))
            #expect(isKnownUniquelyReferenced(&withState[index]))
        }
        #expect(freed.value == 0)
        plain = []
        withState = []
        #expect(freed.value == 2 * count)
    }

    @Test func inParallelHandsOverBothResults() {
        let freed = Counter()
        var (first, second) = inParallel({ Tracked(1, freed: freed) }, { Tracked(2, freed: freed) })
        #expect(first.number == 1 && second.number == 2)
        #expect(isKnownUniquelyReferenced(&first) && isKnownUniquelyReferenced(&second))
    }

    @Test func uncollectedResultsAreFreed() {
        let freed = Counter()
        do {
            let slots = ResultSlots<Tracked>(count: 3)
            for index in 0..<3 { slots.initialize(Tracked(index, freed: freed), at: index) }
            slots.didFill(3)
        }
        #expect(freed.value == 3)
    }
}
