import SpecModel

extension ContextBuilderState {
    /// Where a cycle of values held in place must be broken for Swift to lay the types out.
    ///
    /// A struct that holds itself (directly, or through other models or unions) has no finite
    /// size unless something on the cycle lives on the heap. Arrays and maps do already; for the
    /// rest, within each group of models that reach one another (a strongly connected component
    /// of the "holds in place" graph), every optional property to another model of the group is
    /// stored boxed, and every union of the group is an `indirect` enum. The validator has already
    /// rejected cycles through required properties only, which no value could ever end.
    func recursionLayout() -> (boxedProperties: [String: Set<String>], indirectUnions: Set<String>) {
        // The graph: model index → the models it holds in place, each with the property that
        // holds it (nil for a union's member).
        var edges: [[(target: Int, property: FieldSpec?)]] = Array(repeating: [], count: spec.models.count)
        for index in spec.models.indices {
            switch spec.models[index].shape {
            case .object(let properties):
                for property in properties {
                    if case .model(let name) = property.type, let target = modelIndexes[name] {
                        edges[index].append((target, property))
                    }
                }
            case .union(let union):
                for member in union.members {
                    if case .model(let name) = member.value, let target = modelIndexes[name] {
                        edges[index].append((target, nil))
                    }
                }
            case .enumeration:
                break
            }
        }
        let component = stronglyConnectedComponents(edgeTargets: edges.map { $0.map(\.target) })
        var boxed: [String: Set<String>] = [:]
        var indirect: Set<String> = []
        for index in spec.models.indices {
            for edge in edges[index] where component[edge.target] == component[index] {
                let model = spec.models[index]
                if let property = edge.property {
                    if !property.isAlwaysPresent { boxed[model.name, default: []].insert(property.name) }
                } else {
                    indirect.insert(model.name)
                }
            }
        }
        return (boxed, indirect)
    }

    /// Tarjan's algorithm, iterative so that a long chain of models cannot overflow the stack:
    /// the component number of each node, equal for nodes that reach each other.
    func stronglyConnectedComponents(edgeTargets: [[Int]]) -> [Int] {
        let count = edgeTargets.count
        var order = [Int?](repeating: nil, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var component = [Int](repeating: -1, count: count)
        var stack: [Int] = []
        var nextOrder = 0
        var nextComponent = 0
        for root in 0..<count where order[root] == nil {
            // Each frame: a node and the next of its edges to follow.
            var frames: [(node: Int, edge: Int)] = [(root, 0)]
            order[root] = nextOrder
            lowLink[root] = nextOrder
            nextOrder += 1
            stack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.edge < edgeTargets[node].count {
                    frames[frames.count - 1].edge += 1
                    let target = edgeTargets[node][frame.edge]
                    if let targetOrder = order[target] {
                        if onStack[target] { lowLink[node] = min(lowLink[node], targetOrder) }
                    } else {
                        order[target] = nextOrder
                        lowLink[target] = nextOrder
                        nextOrder += 1
                        stack.append(target)
                        onStack[target] = true
                        frames.append((target, 0))
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                if lowLink[node] == order[node] {
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component[member] = nextComponent
                        if member == node { break }
                    }
                    nextComponent += 1
                }
            }
        }
        return component
    }
}
