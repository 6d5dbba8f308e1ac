extension SpecValidator {
    /// A struct cannot hold itself, even optionally, except through an array. Report each model
    /// that reaches itself through non-array properties, at the property that closes the cycle.
    mutating func checkRecursion() {
        let models = Dictionary(spec.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for model in spec.models {
            var visited: Set<String> = []
            var stack: [(name: String, path: [String])] = [(model.name, [model.name])]
            while let (name, path) = stack.popLast() {
                for property in models[name]?.properties ?? [] {
                    guard case .model(let target) = property.type, models[target] != nil else { continue }
                    if target == model.name {
                        if name == model.name || path.count > 1 {
                            error(
                                "model '\(model.name)' contains itself through \((path + [target]).joined(separator: " → ")); use an array, or break the cycle",
                                at: model.source)
                        }
                        stack.removeAll()
                        break
                    }
                    if visited.insert(target).inserted { stack.append((target, path + [target])) }
                }
            }
        }
    }
}
