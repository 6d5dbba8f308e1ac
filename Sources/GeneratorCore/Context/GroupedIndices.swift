/// Item indices sorted into groups, in one flat list: the items of group `g` are `run(g)`, in
/// their original order.
///
/// Built with a counting sort, so that ten thousand groups cost two arrays of integers, not an
/// array each.
struct GroupedIndices {
    /// Every grouped item's index, group after group.
    let items: [Int]
    /// Where each group's run starts in `items`, and, last, where the final run ends.
    let starts: [Int]

    /// `groups[item]` is the group of each item, from 0 to `groupCount - 1`, or nil for an item in
    /// no group, which is left out.
    init(groups: [Int?], groupCount: Int) {
        var starts = [Int](repeating: 0, count: groupCount + 1)
        for case let group? in groups { starts[group + 1] += 1 }
        for group in 0..<groupCount { starts[group + 1] += starts[group] }
        var next = starts
        var items = [Int](repeating: 0, count: starts[groupCount])
        for (item, group) in groups.enumerated() {
            guard let group else { continue }
            items[next[group]] = item
            next[group] += 1
        }
        self.items = items
        self.starts = starts
    }

    /// The items of `group`, in their original order.
    func run(_ group: Int) -> ArraySlice<Int> {
        items[starts[group]..<starts[group + 1]]
    }
}
