import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` spread over every core, results in the same order as `self`.
    ///
    /// Generation is CPU-bound work on many independent items (model contexts, files to
    /// render), and `swift build` runs it while the user waits, so using every core is a direct
    /// win. Items are handed out in contiguous chunks, sixteen per core, so that scheduling
    /// costs next to nothing even for tiny items, while items that take longer than others (a
    /// large model, a long file) even out across the cores instead of leaving one core to finish
    /// a long chunk alone.
    /// Small inputs run on the calling thread: starting threads would cost more than it saves.
    ///
    /// Inlinable, like the rest of this module, so that callers in other modules get it
    /// specialized for their types rather than going through generic, boxed code.
    @inlinable
    public func concurrentMap<Result: Sendable>(
        minimumCount: Int = 8, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count >= minimumCount else { return map(transform) }
        let chunkCount = Swift.min(count, cores * 16)
        let results = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = count * chunk / chunkCount
            let end = count * (chunk + 1) / chunkCount
            // Each result goes straight to its place, with no array per chunk to copy it from.
            for index in start..<end { results.initialize(transform(self[index]), at: index) }
            results.didFill(end - start)
        }
        return results.collected()
    }

    /// `concurrentMap` for work with a set-up cost per thread: `transform` gets a whole chunk
    /// (a contiguous run of elements) and returns one result per element, in order, so it can
    /// prepare once and reuse that for every element of its chunk.
    @inlinable
    public func concurrentChunkMap<Result: Sendable>(
        minimumCount: Int = 8, _ transform: @Sendable (ArraySlice<Element>) -> [Result]
    ) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count >= minimumCount else {
            let results = transform(self[...])
            precondition(results.count == count, "a chunk gave \(results.count) results for \(count) elements")
            return results
        }
        let chunkCount = Swift.min(count, cores * 16)
        let results = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = count * chunk / chunkCount
            let end = count * (chunk + 1) / chunkCount
            let chunkResults = transform(self[start..<end])
            precondition(
                chunkResults.count == end - start,
                "a chunk gave \(chunkResults.count) results for \(end - start) elements")
            results.store(chunkResults, at: start)
        }
        return results.collected()
    }
}

extension Array where Element: Sendable {
    /// `concurrentMap` with state of each worker thread's own: `makeState` runs once per
    /// worker, and the worker transforms every element it takes with that state.
    ///
    /// For work that reads large shared structures: objects only one thread touches keep their
    /// reference counts in that core's cache, where every thread retaining the same objects
    /// would pass the counts' cache lines from core to core on each retain. Elements are handed
    /// out one at a time, so elements of uneven cost even out across the workers.
    @inlinable
    public func concurrentMap<State, Result: Sendable>(
        minimumCount: Int = 8, workerState makeState: @Sendable () -> State,
        _ transform: @Sendable (inout State, Element) -> Result
    ) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count >= minimumCount else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        let results = ResultSlots<Result>(count: count)
        let next = NextIndex()
        DispatchQueue.concurrentPerform(iterations: Swift.min(cores, count)) { _ in
            var state = makeState()
            var taken = 0
            while let index = next.take(below: count) {
                results.initialize(transform(&state, self[index]), at: index)
                taken += 1
            }
            results.didFill(taken)
        }
        return results.collected()
    }
}

/// `first()` and `second()` at the same time, each on its own core when there are two, and
/// both their results: for independent steps that would otherwise run one after the other.
@inlinable
public func inParallel<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    let firstSlot = ResultSlots<First>(count: 1)
    let secondSlot = ResultSlots<Second>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            firstSlot.initialize(first(), at: 0)
            firstSlot.didFill(1)
        } else {
            secondSlot.initialize(second(), at: 0)
            secondSlot.didFill(1)
        }
    }
    // `collected` checks that each slot was filled.
    return (firstSlot.collected()[0], secondSlot.collected()[0])
}

/// The next element to hand out, shared by the workers of `concurrentMap(workerState:)`.
@usableFromInline
final class NextIndex: @unchecked Sendable {
    @usableFromInline var value = 0
    @usableFromInline let lock = NSLock()

    @inlinable
    init() {}

    /// The next index below `count`, or nil when every index has been taken.
    @inlinable
    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < count else { return nil }
        defer { value += 1 }
        return value
    }
}

/// The results of a concurrent map, written in place from several threads and moved out once.
///
/// Each worker initializes only the slots of the elements it took, so the writes need no lock;
/// the caller reads only after `concurrentPerform` returns, which waits for every worker and so
/// sees all their writes. The results are moved into the array returned, not copied: a copy
/// retained every result and freeing the slots released it again, a reference count touched
/// twice on objects another core had just made, for every element of every map.
@usableFromInline
final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<Result>
    @usableFromInline let count: Int
    /// How many slots the workers report filled, under `lock`: once per chunk or worker.
    @usableFromInline var filled = 0
    /// Whether `collected` moved the results out; until then they are the slots' to destroy.
    @usableFromInline var isMovedOut = false
    @usableFromInline let lock = NSLock()

    @inlinable
    init(count: Int) {
        self.count = count
        base = .allocate(capacity: Swift.max(count, 1))
    }

    /// Puts the result of the element at `index` in its slot; each slot exactly once, and
    /// reported with `didFill` after.
    @inlinable
    func initialize(_ result: consuming Result, at index: Int) {
        (base + index).initialize(to: result)
    }

    /// Reports `count` more slots initialized, by one worker or chunk.
    @inlinable
    func didFill(_ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        filled += count
    }

    /// Copies a chunk's results into the slots from `start`.
    @inlinable
    func store(_ chunk: [Result], at start: Int) {
        chunk.withUnsafeBufferPointer { results in
            guard let first = results.baseAddress else { return }
            (base + start).initialize(from: first, count: results.count)
        }
        didFill(chunk.count)
    }

    /// The results in order, moved out; only once. Every slot is filled by then: each chunk
    /// stores exactly its own range.
    @inlinable
    func collected() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        precondition(filled == count, "a chunk of a concurrent map left its slots empty")
        precondition(!isMovedOut, "the results of a concurrent map were collected twice")
        isMovedOut = true
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            if let target = buffer.baseAddress { target.moveInitialize(from: base, count: count) }
            initialized = count
        }
    }

    @inlinable
    deinit {
        // Results never collected are destroyed when every slot holds one; a map that stopped
        // part way (a precondition failed) cannot tell which do, and leaves them.
        if !isMovedOut && filled == count { base.deinitialize(count: count) }
        base.deallocate()
    }
}
