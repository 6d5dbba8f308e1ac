extension SpecValidator {
    /// A struct cannot hold itself, even optionally, except through an array. Each cycle of
    /// models through non-array properties is reported once, at the property that closes it.
    mutating func checkRecursion() {
        let models = Dictionary(spec.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        /// The properties of a model that hold another model directly: the edges of the graph.
        func edges(of name: String) -> [FieldSpec] {
            (models[name]?.properties ?? []).filter { property in
                if case .model(let target) = property.type { return models[target] != nil }
                return false
            }
        }
        enum Mark { case inProgress, done }
        var marks: [String: Mark] = [:]
        // Depth-first search; a property leading back to a model still in progress closes a cycle.
        for root in spec.models where marks[root.name] == nil {
            var path: [String] = [root.name]
            var pending: [[FieldSpec]] = [edges(of: root.name)]
            marks[root.name] = .inProgress
            while !pending.isEmpty {
                guard let property = pending[pending.count - 1].first else {
                    pending.removeLast()
                    if let finished = path.popLast() { marks[finished] = .done }
                    continue
                }
                pending[pending.count - 1].removeFirst()
                guard case .model(let target) = property.type else { continue }
                switch marks[target] {
                case .inProgress:
                    let cycle = (path.drop { $0 != target }) + [target]
                    error(
                        "model '\(target)' contains itself through \(cycle.joined(separator: " → ")); use an array, or break the cycle",
                        at: property.nameSource)
                case .done:
                    continue
                case nil:
                    marks[target] = .inProgress
                    path.append(target)
                    pending.append(edges(of: target))
                }
            }
        }
    }
}
