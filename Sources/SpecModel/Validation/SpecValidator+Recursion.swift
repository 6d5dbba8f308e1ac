extension SpecValidator {
    /// A struct cannot hold itself, even optionally, except through an array. Each cycle of
    /// models through non-array properties is reported once, at the property that closes it.
    mutating func checkRecursion() {
        let models = spec.models
        // The graph's nodes are the first model of each name, by index. Each model's edges are
        // its properties that hold another model directly, each with the target's node and
        // where the property is.
        let firstIndex = modelIndexes
        let graph = models.map { model in
            let edges = model.properties.compactMap { property -> (target: Int, source: SourceRef)? in
                guard case .model(let name) = property.type, let target = firstIndex[name] else { return nil }
                return (target, property.nameSource)
            }
            return (node: firstIndex[model.name], edges: edges)
        }
        func edges(of node: Int) -> [(target: Int, source: SourceRef)] { graph[node].edges }
        enum Mark { case inProgress, done }
        var marks = [Mark?](repeating: nil, count: models.count)
        // Depth-first search; a property leading back to a model still in progress closes a cycle.
        for index in models.indices {
            guard let root = graph[index].node, marks[root] == nil else { continue }
            var path: [Int] = [root]
            // For each model on the path, its edges and how many of them were followed.
            var pending: [(edges: [(target: Int, source: SourceRef)], next: Int)] = [(edges(of: root), 0)]
            marks[root] = .inProgress
            while let (current, next) = pending.last {
                guard next < current.count else {
                    pending.removeLast()
                    if let finished = path.popLast() { marks[finished] = .done }
                    continue
                }
                pending[pending.count - 1].next += 1
                let target = current[next].target
                switch marks[target] {
                case .inProgress:
                    let cycle = (path.drop { $0 != target } + [target]).map { models[$0].name }
                    error(
                        "model '\(models[target].name)' contains itself through \(cycle.joined(separator: " → ")); use an array, or break the cycle",
                        at: current[next].source)
                case .done:
                    continue
                case nil:
                    marks[target] = .inProgress
                    path.append(target)
                    pending.append((edges(of: target), 0))
                }
            }
        }
    }
}
