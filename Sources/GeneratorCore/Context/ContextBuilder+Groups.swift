import ConcurrentMap
import SpecModel
import TemplateEngine

extension ContextBuilderState {
    /// The names of the groups apigen adds: `Shared`, and `Default` when some endpoints have no group.
    typealias ExtraGroups = (shared: String, default: String?)

    /// The groups in the docs' order, each with its operations and the models that live in its
    /// file (`modelHomes`, from `modelGroupAssignments`). Returns all groups, and the ones that
    /// have operations or models to write.
    mutating func groupContexts(
        extraGroups: ExtraGroups, modelHomes: [String: String]
    ) -> (all: [TemplateValue], withOperations: [TemplateValue], withModels: [TemplateValue]) {
        var declared = spec.groups.map { (name: $0.name.value, source: $0.name.source, description: $0.description) }
        let sharedName = extraGroups.shared
        if let defaultName = extraGroups.default {
            declared.append((name: defaultName, source: spec.info.name.source, description: nil))
        }
        if modelHomes.values.contains(sharedName) {
            declared.append((name: sharedName, source: spec.info.name.source, description: "Models that several groups use."))
        }
        let defaultGroup = extraGroups.default

        var fileNames = NameScope("the generated file names")
        fileNames.reserveCapacity(declared.count)
        // The client's own members without arguments; its internal helpers all take arguments,
        // so an operation may share their base names.
        var reserved: [String: String] = ["init": "is reserved"]
        for member in ["baseURLString", "authentication", "transport", "configuration", "tokenStore", "authorizationHeader"] {
            reserved[member] = "the client declares"
        }
        var operationScope = NameScope("the client's methods", reserved: reserved)
        operationScope.reserveCapacity(spec.endpoints.count)
        // Endpoints and models by group, in spec order, found in one pass each rather than one
        // pass per group, so that time grows linearly with the spec. They are kept as indices
        // into the spec: copying a spec item retains every string and array it holds.
        var endpointsByGroup: [String: [Int]] = [:]
        for index in spec.endpoints.indices {
            guard let group = spec.endpoints[index].group?.value ?? defaultGroup else { continue }
            endpointsByGroup[group, default: []].append(index)
        }
        var modelsByGroup: [String: [Int]] = [:]
        for index in spec.models.indices {
            guard let home = modelHomes[spec.models[index].name] else { continue }
            modelsByGroup[home, default: []].append(index)
        }
        // Every group's operations first: the models' doc comments link to them.
        let endpointsInGroups = declared.map { endpointsByGroup[$0.name] ?? [] }
        let operationsByGroup = operationContexts(endpointsInGroups.flatMap { $0 }, scope: &operationScope)
            .split(intoRunsOf: endpointsInGroups.map(\.count))
        let modelsInGroups = declared.map { modelsByGroup[$0.name] ?? [] }
        let models = spec.models
        let modelsByGroupInOrder = builtOnEveryCore(modelsInGroups.flatMap { $0 }) { builder, index in
            builder.buildModelContext(models[index])
        }.split(intoRunsOf: modelsInGroups.map(\.count))
        var all: [TemplateValue] = []
        var withOperations: [TemplateValue] = []
        var withModels: [TemplateValue] = []
        for ((group, operations), built) in zip(zip(declared, operationsByGroup), modelsByGroupInOrder) {
            let swiftName = SwiftNaming.upperCamelCase(group.name)
            fileNames.claim(swiftName, for: group.name, at: group.source, diagnostics: &diagnostics)
            // Here, in the order building the models one by one would report them.
            for model in built { diagnostics.append(contentsOf: model.diagnostics) }
            let models = built.map(\.output)
            var builder = TemplateShape.Builder(ContextShapes.group)
            builder.add("name", .string(group.name))
            builder.add("swiftName", .string(swiftName))
            builder.add("description", group.description.map(TemplateValue.string) ?? .null)
            builder.add("operations", .array(operations))
            builder.add("models", .array(models))
            let context = builder.value
            all.append(context)
            if !operations.isEmpty { withOperations.append(context) }
            if !models.isEmpty { withModels.append(context) }
        }
        return (all, withOperations, withModels)
    }

    /// The names of the groups apigen adds: `Shared` for models several groups use, and
    /// `Default` for endpoints without a group when there are any, each numbered when the spec
    /// already has a group of that Swift name.
    func extraGroupNames() -> ExtraGroups {
        let taken = Set(spec.groups.map { SwiftNaming.upperCamelCase($0.name.value) })
        let ungrouped = spec.endpoints.contains { $0.group == nil }
        return (uniqueGroupName("Shared", taken: taken), ungrouped ? uniqueGroupName("Default", taken: taken) : nil)
    }

    /// Which group's model file holds each model: its `group:`, else the one group whose
    /// endpoints use it (directly or through other models), else the shared file.
    func modelGroupAssignments(_ extraGroups: ExtraGroups) -> [String: String] {
        // Each endpoint's models on every core; then who uses what, in one pass.
        let state = self
        let reached = spec.endpoints.concurrentMap { endpoint -> Set<String> in
            var roots = endpoint.body.map { $0.type.referencedModels } ?? []
            for response in endpoint.responses { roots += response.body?.referencedModels ?? [] }
            for fields in [endpoint.pathParameters, endpoint.headers, endpoint.query] {
                for field in fields { roots += field.type.referencedModels }
            }
            return state.reachableModels(from: roots)
        }
        // By index: iterating the spec's arrays directly would copy each endpoint and model.
        var users: [String: Set<String>] = [:]
        for index in spec.endpoints.indices {
            guard let group = spec.endpoints[index].group?.value ?? extraGroups.default else { continue }
            for model in reached[index] { users[model, default: []].insert(group) }
        }
        var homes: [String: String] = [:]
        homes.reserveCapacity(spec.models.count)
        for index in spec.models.indices where !isEmptyRequestBody(spec.models[index]) {
            let name = spec.models[index].name
            if let group = spec.models[index].group?.value {
                homes[name] = group
            } else if let groups = users[name], groups.count == 1, let only = groups.first {
                homes[name] = only
            } else {
                homes[name] = extraGroups.shared
            }
        }
        return homes
    }

    func reachableModels(from roots: [String]) -> Set<String> {
        var seen: Set<String> = []
        var stack = roots
        while let name = stack.popLast() {
            guard seen.insert(name).inserted, let index = modelIndexes[name] else { continue }
            // By index rather than `flatMap(\.type.referencedModels)`, which copies every property.
            let properties = spec.models[index].properties
            for position in properties.indices { stack += properties[position].type.referencedModels }
        }
        return seen
    }

    func uniqueGroupName(_ base: String, taken: Set<String>) -> String {
        var candidate = base
        var number = 2
        while taken.contains(SwiftNaming.upperCamelCase(candidate)) {
            candidate = base + String(number)
            number += 1
        }
        return candidate
    }
}
