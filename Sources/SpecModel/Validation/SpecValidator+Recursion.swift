extension SpecValidator {
    /// A model may hold itself, directly or through others, but not through required
    /// properties only: a value of it could never end. Each such cycle is reported once, at the
    /// property that closes it. (Optional properties, arrays and maps end the recursion; the
    /// generator stores the optional ones that close a cycle indirectly.)
    mutating func checkRecursion() {
        // The graph's nodes are the first model of each name, by index. Its edges are the
        // properties that hold another model directly, all models' in one list: model `i`'s
        // are `edgeStarts[i]..<edgeStarts[i + 1]`, each with the target's node and the
        // property's index, to find where it is for a message.
        var edgeTargets: [Int] = []
        var edgeProperties: [Int] = []
        var edgeStarts: [Int] = [0]
        edgeStarts.reserveCapacity(models.count + 1)
        for index in models.indices {
            if case .object(let properties) = models[index].shape {
                for property in properties.indices {
                    guard case .model(let name) = properties[property].type, let target = modelIndexes[name],
                        properties[property].isAlwaysPresent
                    else { continue }
                    edgeTargets.append(target)
                    edgeProperties.append(property)
                }
            }
            edgeStarts.append(edgeTargets.count)
        }
        enum Mark { case inProgress, done }
        var marks = [Mark?](repeating: nil, count: models.count)
        // Depth-first search; a property leading back to a model still in progress closes a
        // cycle. `path` holds the models in progress, `nextEdges` the next edge of each.
        var path: [Int] = []
        var nextEdges: [Int] = []
        for index in models.indices {
            guard let root = modelIndexes[models[index].name], marks[root] == nil else { continue }
            path.append(root)
            nextEdges.append(edgeStarts[root])
            marks[root] = .inProgress
            while let current = path.last {
                let edge = nextEdges[nextEdges.count - 1]
                guard edge < edgeStarts[current + 1] else {
                    path.removeLast()
                    nextEdges.removeLast()
                    marks[current] = .done
                    continue
                }
                nextEdges[nextEdges.count - 1] = edge + 1
                let target = edgeTargets[edge]
                switch marks[target] {
                case .inProgress:
                    let cycle = (path.drop { $0 != target } + [target]).map { models[$0].name }
                    error(
                        "model '\(models[target].name)' contains itself through required properties "
                            + "(\(cycle.joined(separator: " → "))), so no value of it could ever end; make one of them optional",
                        at: models[current].properties[edgeProperties[edge]].nameSource)
                case .done:
                    continue
                case nil:
                    marks[target] = .inProgress
                    path.append(target)
                    nextEdges.append(edgeStarts[target])
                }
            }
        }
    }
}
