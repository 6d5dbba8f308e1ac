/// How many entries the last collection at each depth had, so that a new one can reserve as
/// many rather than grow its array from empty, one reallocation per doubling.
///
/// Siblings tend to be alike (every field has a type and a description or two), so the last
/// one's size is a good guess; a collection with nothing to go by reserves a few entries.
struct CollectionSizeHints {
    private static let fallback = 4

    /// The last count recorded at each depth, for the depths seen so far.
    private var counts: [Int] = []

    /// The capacity a new collection at `depth` should reserve.
    func capacity(atDepth depth: Int) -> Int {
        depth < counts.count ? max(counts[depth], 1) : Self.fallback
    }

    /// Records the size of a finished collection at `depth`.
    mutating func record(_ count: Int, atDepth depth: Int) {
        while counts.count <= depth { counts.append(Self.fallback) }
        counts[depth] = count
    }
}
