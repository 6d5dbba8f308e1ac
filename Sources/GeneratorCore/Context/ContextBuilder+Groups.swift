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
        var declared = spec.groups.map {
            DeclaredGroup(name: $0.name.value, source: $0.name.source, description: $0.description)
        }
        let sharedName = extraGroups.shared
        if let defaultName = extraGroups.default {
            declared.append(DeclaredGroup(name: defaultName, source: spec.info.name.source, description: nil))
        }
        if modelHomes.values.contains(sharedName) {
            declared.append(
                DeclaredGroup(name: sharedName, source: spec.info.name.source, description: "Models that several groups use."))
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
        // into the spec: copying a spec item retains every string and array it holds. Each
        // item's group is looked up on every core; a group declared twice (an error the file
        // names report) shares the lists of its first declaration.
        var firstPositions: [String: Int] = [:]
        firstPositions.reserveCapacity(declared.count)
        var sharedPositions: [Int] = []
        sharedPositions.reserveCapacity(declared.count)
        for position in declared.indices {
            let first = firstPositions[declared[position].name, default: position]
            if first == position { firstPositions[declared[position].name] = position }
            sharedPositions.append(first)
        }
        let positions = firstPositions
        let endpoints = spec.endpoints
        let endpointRuns = GroupedIndices(
            groups: Array(endpoints.indices).concurrentMap { index in
                (endpoints[index].group?.value ?? defaultGroup).flatMap { positions[$0] }
            },
            groupCount: declared.count)
        let specModels = spec.models
        let modelRuns = GroupedIndices(
            groups: Array(specModels.indices).concurrentMap { index in
                modelHomes[specModels[index].name].flatMap { positions[$0] }
            },
            groupCount: declared.count)
        // Each declared group's runs, one after another, and where each group's begins.
        var groupEndpoints: [Int] = []
        var groupModels: [Int] = []
        var operationStarts = [0]
        var modelStarts = [0]
        operationStarts.reserveCapacity(declared.count + 1)
        modelStarts.reserveCapacity(declared.count + 1)
        for position in sharedPositions {
            groupEndpoints += endpointRuns.run(position)
            operationStarts.append(groupEndpoints.count)
            groupModels += modelRuns.run(position)
            modelStarts.append(groupModels.count)
        }
        // Every group's operations first: the models' doc comments link to them.
        let operations = operationContexts(groupEndpoints, scope: &operationScope)
        let models = builtOnEveryCore(groupModels) { builder, index in
            builder.buildModelContext(specModels[index])
        }
        // Each group's context on every core, from its runs of the lists built for all groups;
        // then, in order, what must be: claiming file names, and reporting.
        let groups = declared
        let operationBounds = operationStarts
        let modelBounds = modelStarts
        let contexts = Array(groups.indices).concurrentMap { group in
            let swiftName = SwiftNaming.upperCamelCase(groups[group].name)
            let groupOperations = Array(operations[operationBounds[group]..<operationBounds[group + 1]])
            let groupModels = models[modelBounds[group]..<modelBounds[group + 1]].map { $0.output }
            var builder = TemplateShape.Builder(ContextShapes.group)
            builder.add("name", .string(groups[group].name))
            builder.add("swiftName", .string(swiftName))
            builder.add("description", groups[group].description.map(TemplateValue.string) ?? .null)
            builder.add("operations", .array(groupOperations))
            builder.add("models", .array(groupModels))
            return (swiftName: swiftName, context: builder.value, hasOperations: !groupOperations.isEmpty, hasModels: !groupModels.isEmpty)
        }
        var all: [TemplateValue] = []
        var withOperations: [TemplateValue] = []
        var withModels: [TemplateValue] = []
        all.reserveCapacity(contexts.count)
        for group in groups.indices {
            fileNames.claim(contexts[group].swiftName, for: groups[group].name, at: groups[group].source, diagnostics: &diagnostics)
            // Here, in the order building the models one by one would report them.
            for model in modelBounds[group]..<modelBounds[group + 1] { diagnostics.append(contentsOf: models[model].diagnostics) }
            let context = contexts[group].context
            all.append(context)
            if contexts[group].hasOperations { withOperations.append(context) }
            if contexts[group].hasModels { withModels.append(context) }
        }
        return (all, withOperations, withModels)
    }

    /// A group as the docs declare it, or one apigen adds.
    struct DeclaredGroup: Sendable {
        let name: String
        let source: SourceRef
        let description: String?
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
