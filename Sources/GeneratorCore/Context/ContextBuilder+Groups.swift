import ConcurrentMap
import SpecModel

extension ContextBuilderState {
    /// The names of the groups apigen adds: `Shared`, and `Default` when some endpoints have no group.
    typealias ExtraGroups = (shared: String, default: String?)

    /// A group as the docs declare it, or one apigen adds.
    struct DeclaredGroup {
        let name: String
        let source: SourceRef
        let description: String?
    }

    /// The groups in the docs' order, then the ones apigen adds, each with its operations and the
    /// models that live in its file (`modelHomes`, by model index, from `modelGroupAssignments`).
    /// `declaredSwiftNames` are the Swift names of the spec's groups, in order.
    mutating func groupContexts(
        extraGroups: ExtraGroups, modelHomes: [String?], declaredSwiftNames: [String]
    ) -> [GroupContext] {
        var declared = spec.groups.map {
            DeclaredGroup(name: $0.name.value, source: $0.name.source, description: $0.description)
        }
        if let defaultName = extraGroups.default {
            declared.append(DeclaredGroup(name: defaultName, source: spec.info.name.source, description: nil))
        }
        if modelHomes.contains(where: { $0 == extraGroups.shared }) {
            declared.append(
                DeclaredGroup(
                    name: extraGroups.shared, source: spec.info.name.source, description: "Models that several groups use."))
        }
        let swiftNames = declared.indices.map { position in
            position < declaredSwiftNames.count ? declaredSwiftNames[position] : SwiftNaming.upperCamelCase(declared[position].name)
        }
        // Endpoints and models by group name, in spec order. A group declared twice (an error the
        // file names report) gets the same lists as its first declaration.
        var endpointsByGroup: [String: [Int]] = [:]
        // Read in place, by index: a copy of a spec value copies every one of its parts.
        for index in spec.endpoints.indices {
            if let group = spec.endpoints[index].group?.value ?? extraGroups.default {
                endpointsByGroup[group, default: []].append(index)
            }
        }
        var modelsByGroup: [String: [Int]] = [:]
        for (index, home) in modelHomes.enumerated() {
            if let home { modelsByGroup[home, default: []].append(index) }
        }
        // Every group's operations first, in group order: the models' doc comments link to them.
        var operationScope = clientMethodScope()
        operationScope.reserveCapacity(spec.endpoints.count)
        let groupEndpoints = declared.map { endpointsByGroup[$0.name] ?? [] }
        let operations = operationContexts(groupEndpoints.flatMap { $0 }, scope: &operationScope)
        var nextOperation = operations.startIndex
        // A model's context depends only on the names given out by now, so the models are built on
        // every core; each comes back with the diagnostics it found, reported below in order.
        let groupModels = declared.map { modelsByGroup[$0.name] ?? [] }
        let builder = self
        let models = groupModels.flatMap { $0 }.concurrentMap { index in
            builder.modelContextWithDiagnostics(builder.spec.models[index])
        }
        var nextModel = models.startIndex
        var fileNames = NameScope("the generated file names")
        fileNames.reserveCapacity(declared.count)
        var groups: [GroupContext] = []
        for (position, group) in declared.enumerated() {
            fileNames.claim(swiftNames[position], for: group.name, at: group.source, diagnostics: &diagnostics)
            let groupOperations = operations[nextOperation..<nextOperation + groupEndpoints[position].count]
            nextOperation += groupOperations.count
            let built = models[nextModel..<nextModel + groupModels[position].count]
            nextModel += built.count
            for model in built { diagnostics.append(contentsOf: model.diagnostics) }
            groups.append(
                GroupContext(
                    name: group.name, swiftName: swiftNames[position], description: group.description,
                    operations: Array(groupOperations), models: built.map(\.context)))
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

    /// The names of the groups apigen adds: `Shared` for models several groups use, and
    /// `Default` for endpoints without a group when there are any, each numbered when the spec
    /// already has a group of that Swift name: one of `taken`.
    func extraGroupNames(taken: [String]) -> ExtraGroups {
        let ungrouped = spec.endpoints.contains { $0.group == nil }
        return (uniqueGroupName("Shared", taken: taken), ungrouped ? uniqueGroupName("Default", taken: taken) : nil)
    }

    func uniqueGroupName(_ base: String, taken: [String]) -> String {
        var candidate = base
        var number = 2
        while taken.contains(SwiftNaming.upperCamelCase(candidate)) {
            candidate = base + String(number)
            number += 1
        }
        return candidate
    }

    /// Which group's model file holds each model, by model index: its `group:`, else the one
    /// group whose endpoints use it (directly or through other models), else the shared file;
    /// nil for an empty request body, which has no type.
    func modelGroupAssignments(_ extraGroups: ExtraGroups) -> [String?] {
        // The models each model's properties refer to, by index.
        // Spec values are read in place, by index: a copy of one copies every one of its parts.
        let references = spec.models.indices.map { index in
            let properties = spec.models[index].properties
            return properties.indices.flatMap { properties[$0].type.referencedModels.compactMap { modelIndexes[$0] } }
        }
        var users = [ModelUsers](repeating: .none, count: spec.models.count)
        for index in spec.endpoints.indices {
            guard let group = spec.endpoints[index].group?.value ?? extraGroups.default else { continue }
            for model in reachableModels(from: spec.endpoints[index], references: references) {
                users[model].add(group)
            }
        }
        return spec.models.indices.map { index in
            if isEmptyRequestBody(spec.models[index]) { return nil }
            if let group = spec.models[index].group?.value { return group }
            if case .one(let group) = users[index] { return group }
            return extraGroups.shared
        }
    }

    /// Which groups' endpoints use a model: none, one, or several.
    enum ModelUsers {
        case none
        case one(String)
        case several

        mutating func add(_ group: String) {
            switch self {
            case .none: self = .one(group)
            case .one(let first) where first != group: self = .several
            case .one, .several: break
            }
        }
    }

    /// The indices of the models an endpoint uses, directly or through other models' properties
    /// (`references`, by model index).
    func reachableModels(from endpoint: EndpointSpec, references: [[Int]]) -> Set<Int> {
        var types = (endpoint.body.map { [$0.type] } ?? []) + endpoint.responses.compactMap(\.body)
        for fields in [endpoint.pathParameters, endpoint.headers, endpoint.query] {
            types += fields.indices.map { fields[$0].type }
        }
        var pending = types.flatMap(\.referencedModels).compactMap { modelIndexes[$0] }
        var found: Set<Int> = []
        while let model = pending.popLast() {
            guard found.insert(model).inserted else { continue }
            pending += references[model]
        }
        return found
    }
}
