import SpecModel
import TemplateEngine

extension ContextBuilderState {
    /// The groups in the docs' order, each with its operations and the models that live in its
    /// file. Returns all groups, and the ones that have operations or models to write.
    mutating func groupContexts() -> (all: [TemplateValue], withOperations: [TemplateValue], withModels: [TemplateValue]) {
        var declared = spec.groups.map { (name: $0.name.value, source: $0.name.source, description: $0.description) }
        let ungrouped = spec.endpoints.contains { $0.group == nil }
        let modelHomes = modelGroupAssignments()
        let sharedName = uniqueGroupName("Shared", among: declared.map(\.name))
        if ungrouped {
            declared.append((name: uniqueGroupName("Default", among: declared.map(\.name)), source: spec.info.name.source, description: nil))
        }
        if modelHomes.values.contains(sharedName) {
            declared.append((name: sharedName, source: spec.info.name.source, description: "Models that several groups use."))
        }
        let defaultGroup = ungrouped ? declared.last(where: { $0.name != sharedName })?.name : nil

        var fileNames = NameScope("the generated file names")
        // The client's own members without arguments; its internal helpers all take arguments,
        // so an operation may share their base names.
        var reserved: [String: String] = ["init": "is reserved"]
        for member in ["baseURLString", "authentication", "transport", "configuration", "tokenStore", "authorizationHeader"] {
            reserved[member] = "the client declares"
        }
        var operationScope = NameScope("the client's methods", reserved: reserved)
        // Endpoints and models by group, in spec order, found in one pass each rather than one
        // pass per group, so that time grows linearly with the spec.
        var endpointsByGroup: [String: [EndpointSpec]] = [:]
        for endpoint in spec.endpoints {
            guard let group = endpoint.group?.value ?? defaultGroup else { continue }
            endpointsByGroup[group, default: []].append(endpoint)
        }
        var modelsByGroup: [String: [ModelSpec]] = [:]
        for model in spec.models {
            guard let home = modelHomes[model.name] else { continue }
            modelsByGroup[home, default: []].append(model)
        }
        // Every group's operations first: the models' doc comments link to them.
        let endpointsInGroups = declared.map { endpointsByGroup[$0.name] ?? [] }
        let operationsByGroup = operationContexts(endpointsInGroups.flatMap { $0 }, scope: &operationScope)
            .split(intoRunsOf: endpointsInGroups.map(\.count))
        let modelsInGroups = declared.map { modelsByGroup[$0.name] ?? [] }
        let modelsByGroupInOrder = builtOnEveryCore(modelsInGroups.flatMap { $0 }) { builder, model in
            builder.buildModelContext(model)
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
            let context = TemplateValue.object([
                "name": .string(group.name),
                "swiftName": .string(swiftName),
                "description": group.description.map(TemplateValue.string) ?? .null,
                "operations": .array(operations),
                "models": .array(models),
            ])
            all.append(context)
            if !operations.isEmpty { withOperations.append(context) }
            if !models.isEmpty { withModels.append(context) }
        }
        return (all, withOperations, withModels)
    }

    /// Which group's model file holds each model: its `group:`, else the one group whose
    /// endpoints use it (directly or through other models), else the shared file.
    func modelGroupAssignments() -> [String: String] {
        let sharedName = uniqueGroupName("Shared", among: spec.groups.map(\.name.value))
        let defaultGroup = spec.endpoints.contains { $0.group == nil }
            ? uniqueGroupName("Default", among: spec.groups.map(\.name.value)) : nil
        var users: [String: Set<String>] = [:]
        for endpoint in spec.endpoints {
            guard let group = endpoint.group?.value ?? defaultGroup else { continue }
            var roots = endpoint.body.map { $0.type.referencedModels } ?? []
            roots += endpoint.responses.flatMap { $0.body?.referencedModels ?? [] }
            roots += (endpoint.pathParameters + endpoint.headers + endpoint.query).flatMap(\.type.referencedModels)
            for model in reachableModels(from: roots) { users[model, default: []].insert(group) }
        }
        var homes: [String: String] = [:]
        for model in spec.models where !isEmptyRequestBody(model) {
            if let group = model.group?.value {
                homes[model.name] = group
            } else if let groups = users[model.name], groups.count == 1, let only = groups.first {
                homes[model.name] = only
            } else {
                homes[model.name] = sharedName
            }
        }
        return homes
    }

    func reachableModels(from roots: [String]) -> Set<String> {
        var seen: Set<String> = []
        var stack = roots
        while let name = stack.popLast() {
            guard seen.insert(name).inserted, let model = modelsByName[name] else { continue }
            stack += model.properties.flatMap(\.type.referencedModels)
        }
        return seen
    }

    func uniqueGroupName(_ base: String, among names: [String]) -> String {
        let taken = Set(names.map(SwiftNaming.upperCamelCase))
        var candidate = base
        var number = 2
        while taken.contains(SwiftNaming.upperCamelCase(candidate)) {
            candidate = base + String(number)
            number += 1
        }
        return candidate
    }
}
