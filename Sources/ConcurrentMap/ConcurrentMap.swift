import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` spread over every core, with the results in the same order as `self`: for
    /// independent work on many items, such as reading spec files or rendering output files.
    ///
    /// The elements are cut into sixteen contiguous chunks per core, each mapped on whichever core
    /// takes it, so that a slow item does not leave the other cores idle. Fewer than
    /// `minimumCount` elements are mapped on the calling thread: starting work on the other cores
    /// would cost more than it saves.
    public func concurrentMap<Result: Sendable>(
        minimumCount: Int = 8, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count >= Swift.max(minimumCount, 2) else { return map(transform) }
        let chunkCount = Swift.min(count, cores * 16)
        let chunks = ChunkResults<Result>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = count * chunk / chunkCount
            let end = count * (chunk + 1) / chunkCount
            chunks.store(self[start..<end].map(transform), at: chunk)
        }
        return chunks.joined()
    }
}

/// The results of each chunk of a ``Swift/Array/concurrentMap(minimumCount:_:)``, stored by the
/// threads that mapped them, under a lock.
private final class ChunkResults<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var chunks: [[Result]]

    init(count: Int) {
        chunks = Array(repeating: [], count: count)
    }

    func store(_ results: [Result], at chunk: Int) {
        lock.lock()
        defer { lock.unlock() }
        chunks[chunk] = results
    }

    /// Every chunk's results, in chunk order; read once every chunk is stored.
    func joined() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return Array(chunks.joined())
    }
}
