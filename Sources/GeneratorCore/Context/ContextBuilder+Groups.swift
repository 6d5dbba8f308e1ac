import ConcurrentMap
import SpecModel

extension ContextBuilderState {
    /// A group as the docs declare it, or `Default`, which apigen adds for endpoints without one.
    struct DeclaredGroup {
        let name: String
        let source: SourceRef
        let description: String?
    }

    /// The groups in the docs' order, then `Default` when some endpoints have no group (named
    /// `defaultGroup`), each with its operations. `declaredSwiftNames` are the Swift names of
    /// the spec's groups, in order.
    mutating func groupContexts(defaultGroup: String?, declaredSwiftNames: [String]) -> [GroupContext] {
        var declared = spec.groups.map {
            DeclaredGroup(name: $0.name.value, source: $0.name.source, description: $0.description)
        }
        if let defaultGroup {
            declared.append(DeclaredGroup(name: defaultGroup, source: spec.info.name.source, description: nil))
        }
        let swiftNames = declared.indices.map { position in
            position < declaredSwiftNames.count ? declaredSwiftNames[position] : SwiftNaming.upperCamelCase(declared[position].name)
        }
        // Endpoints by group name, in spec order. A group declared twice (an error the file names
        // report) gets the same list as its first declaration.
        var endpointsByGroup: [String: [Int]] = [:]
        // Read in place, by index: a copy of a spec value copies every one of its parts.
        for index in spec.endpoints.indices {
            if let group = spec.endpoints[index].group?.value ?? defaultGroup {
                endpointsByGroup[group, default: []].append(index)
            }
        }
        var operationScope = clientMethodScope()
        operationScope.reserveCapacity(spec.endpoints.count)
        let groupEndpoints = declared.map { endpointsByGroup[$0.name] ?? [] }
        let operations = operationContexts(groupEndpoints.flatMap { $0 }, scope: &operationScope)
        var nextOperation = operations.startIndex
        var fileNames = NameScope("the generated file names")
        fileNames.reserveCapacity(declared.count)
        var groups: [GroupContext] = []
        for (position, group) in declared.enumerated() {
            fileNames.claim(swiftNames[position], for: group.name, at: group.source, diagnostics: &diagnostics)
            let groupOperations = operations[nextOperation..<nextOperation + groupEndpoints[position].count]
            nextOperation += groupOperations.count
            groups.append(
                GroupContext(
                    name: group.name, swiftName: swiftNames[position], description: group.description,
                    operations: Array(groupOperations)))
        }
        return groups
    }

    /// The client's own members without arguments, which no operation may be named like; its
    /// internal helpers all take arguments, so an operation may share their base names.
    func clientMethodScope() -> NameScope {
        var reserved: [String: String] = ["init": "is reserved"]
        for member in ["baseURLString", "authentication", "transport", "configuration", "tokenStore", "authorizationHeader"] {
            reserved[member] = "the client declares"
        }
        return NameScope("the client's methods", reserved: reserved)
    }

    /// The name of the group apigen adds for endpoints without a group, when there are any:
    /// `Default`, numbered when the spec already has a group of that Swift name (one of `taken`).
    func defaultGroupName(taken: [String]) -> String? {
        guard spec.endpoints.contains(where: { $0.group == nil }) else { return nil }
        var candidate = "Default"
        var number = 2
        while taken.contains(SwiftNaming.upperCamelCase(candidate)) {
            candidate = "Default" + String(number)
            number += 1
        }
        return candidate
    }
}
