import Testing

@testable import GeneratorCore

@Suite struct GroupedIndicesTests {
    @Test func keepsEachGroupsItemsInOrderAndLeavesOutUngrouped() {
        let grouped = GroupedIndices(groups: [2, nil, 0, 2, 0, nil, 3], groupCount: 4)
        #expect(Array(grouped.run(0)) == [2, 4])
        #expect(Array(grouped.run(1)) == [])
        #expect(Array(grouped.run(2)) == [0, 3])
        #expect(Array(grouped.run(3)) == [6])
        #expect(grouped.items == [2, 4, 0, 3, 6])
    }

    @Test func handlesNoGroupsAndNoItems() {
        #expect(GroupedIndices(groups: [], groupCount: 0).items.isEmpty)
        let empty = GroupedIndices(groups: [nil, nil], groupCount: 2)
        #expect(empty.run(0).isEmpty && empty.run(1).isEmpty)
    }

    /// Against the obvious bucketing, on seeded random input.
    @Test func matchesBucketingOneByOne() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<50 {
            let groupCount = Int(generator.next() % 20)
            let groups: [Int?] = (0..<Int(generator.next() % 200)).map { _ in
                groupCount == 0 || generator.next() % 5 == 0 ? nil : Int(generator.next() % UInt64(groupCount))
            }
            let grouped = GroupedIndices(groups: groups, groupCount: groupCount)
            for group in 0..<groupCount {
                #expect(Array(grouped.run(group)) == groups.indices.filter { groups[$0] == group })
            }
        }
    }
}
