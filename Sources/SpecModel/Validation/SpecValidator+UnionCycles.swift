extension SpecValidator {
    /// A union may not be one of its own members, directly or through other unions: decoding a
    /// value would try the same value as the same union forever. (Through an object model it
    /// may: each object nests the JSON one level deeper, so decoding ends.) Each cycle is
    /// reported once, at the member that closes it.
    ///
    /// A depth-first search kept in arrays rather than on the call stack, so that a long chain
    /// of unions cannot overflow it.
    mutating func checkUnionCycles() {
        enum Mark { case inProgress, done }
        var marks = [Mark?](repeating: nil, count: models.count)
        for root in models.indices where marks[root] == nil {
            guard case .union = models[root].shape else { continue }
            // The unions in progress, each with the next of its members to follow.
            var frames: [(model: Int, member: Int)] = [(root, 0)]
            marks[root] = .inProgress
            while let frame = frames.last {
                guard case .union(let union) = models[frame.model].shape, frame.member < union.members.count else {
                    marks[frame.model] = .done
                    frames.removeLast()
                    continue
                }
                frames[frames.count - 1].member += 1
                let member = union.members[frame.member]
                guard case .model(let name) = member.value, let target = modelIndexes[name],
                    case .union = models[target].shape
                else { continue }
                switch marks[target] {
                case .inProgress:
                    let cycle = (frames.map(\.model).drop { $0 != target } + [target]).map { models[$0].name }
                    error(
                        "model '\(models[target].name)' is one of its own members (\(cycle.joined(separator: " → "))), "
                            + "so decoding it would never end",
                        at: member.source)
                case .done:
                    continue
                case nil:
                    marks[target] = .inProgress
                    frames.append((target, 0))
                }
            }
        }
    }
}
