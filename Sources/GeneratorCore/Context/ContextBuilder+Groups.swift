import ConcurrentMap
import SpecModel
import TemplateEngine

extension ContextBuilderState {
    /// The names of the groups apigen adds: `Shared`, and `Default` when some endpoints have no group.
    typealias ExtraGroups = (shared: String, default: String?)

    /// The groups in the docs' order, each with its operations and the models that live in its
    /// file (`modelHomes`, by model index, from `modelGroupAssignments`). Returns all groups, and the ones that
    /// have operations or models to write. `declaredSwiftNames` are the Swift names of the
    /// spec's groups, in order.
    mutating func groupContexts(
        extraGroups: ExtraGroups, modelHomes: [String?], declaredSwiftNames: [String]
    ) -> (all: [TemplateValue], withOperations: [TemplateValue], withModels: [TemplateValue]) {
        var declared = spec.groups.map {
            DeclaredGroup(name: $0.name.value, source: $0.name.source, description: $0.description)
        }
        let sharedName = extraGroups.shared
        if let defaultName = extraGroups.default {
            declared.append(DeclaredGroup(name: defaultName, source: spec.info.name.source, description: nil))
        }
        if modelHomes.contains(where: { $0 == sharedName }) {
            declared.append(
                DeclaredGroup(name: sharedName, source: spec.info.name.source, description: "Models that several groups use."))
        }
        let defaultGroup = extraGroups.default
        // Each group's file name, claimed in order on a thread of its own while the contexts are
        // built on every core: the claims hash every group's name, which left the other core
        // idle at the end. Only the clashes come back, each with its group.
        let fileNameGroups = declared
        let claimingFileNames = BackgroundWork(inBackground: declared.count >= cheapItemsMinimumCount) {
            Self.fileNameClashes(of: fileNameGroups, declaredSwiftNames: declaredSwiftNames)
        }
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
        // into the spec, so that every group's list is a run of one array of integers. Each
        // item's group is looked up on every core; a group declared twice (an error the file
        // names report) shares the lists of its first declaration.
        var firstPositions: [String: Int] = [:]
        firstPositions.reserveCapacity(declared.count)
        var sharedPositions: [Int] = []
        sharedPositions.reserveCapacity(declared.count)
        for position in declared.indices {
            // One hash for the common case, a name not declared before; a repeat puts the first back.
            if let first = firstPositions.updateValue(position, forKey: declared[position].name) {
                firstPositions[declared[position].name] = first
                sharedPositions.append(first)
            } else {
                sharedPositions.append(position)
            }
        }
        let positions = firstPositions
        let endpoints = spec.endpoints
        let endpointRuns = GroupedIndices(
            groups: Array(endpoints.indices).concurrentMap(minimumCount: cheapItemsMinimumCount) { index in
                (endpoints[index].group?.value ?? defaultGroup).flatMap { positions[$0] }
            },
            groupCount: declared.count)
        let specModels = spec.models
        let modelRuns = GroupedIndices(
            groups: Array(specModels.indices).concurrentMap(minimumCount: cheapItemsMinimumCount) { index in
                modelHomes[index].flatMap { positions[$0] }
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
        let contexts = Array(groups.indices).concurrentMap(minimumCount: cheapItemsMinimumCount) { group in
            let swiftName = Self.swiftName(ofGroup: group, named: groups[group].name, declaredSwiftNames: declaredSwiftNames)
            let groupOperations = Array(operations[operationBounds[group]..<operationBounds[group + 1]])
            let groupModels = models[modelBounds[group]..<modelBounds[group + 1]].map { $0.output }
            // Gathered here, on every core: most groups have none, and looking at each model's on
            // one thread below took longer than the rest of that loop.
            var modelDiagnostics: [Diagnostic] = []
            for model in modelBounds[group]..<modelBounds[group + 1] where !models[model].diagnostics.isEmpty {
                modelDiagnostics += models[model].diagnostics
            }
            var builder = TemplateShape.Builder(ContextShapes.group)
            builder.add("name", .string(groups[group].name))
            builder.add("swiftName", .string(swiftName))
            builder.add("description", groups[group].description.map(TemplateValue.string) ?? .null)
            builder.add("operations", .array(groupOperations))
            builder.add("models", .array(groupModels))
            return (
                context: builder.value, modelDiagnostics: modelDiagnostics, hasOperations: !groupOperations.isEmpty,
                hasModels: !groupModels.isEmpty
            )
        }
        var all: [TemplateValue] = []
        var withOperations: [TemplateValue] = []
        var withModels: [TemplateValue] = []
        all.reserveCapacity(contexts.count)
        let fileNameClashes = claimingFileNames.take()
        for group in groups.indices {
            if !fileNameClashes.isEmpty, let clashes = fileNameClashes[group] { diagnostics.append(contentsOf: clashes) }
            // Here, in the order building the models one by one would report them.
            diagnostics.append(contentsOf: contexts[group].modelDiagnostics)
            let context = contexts[group].context
            all.append(context)
            if contexts[group].hasOperations { withOperations.append(context) }
            if contexts[group].hasModels { withModels.append(context) }
        }
        return (all, withOperations, withModels)
    }

    /// The Swift name of the group at `position` of the declared groups and the ones apigen
    /// adds after them: worked out already for the declared ones.
    static func swiftName(ofGroup position: Int, named name: String, declaredSwiftNames: [String]) -> String {
        position < declaredSwiftNames.count ? declaredSwiftNames[position] : SwiftNaming.upperCamelCase(name)
    }

    /// The diagnostics of claiming every group's file name in order, by group position, for the
    /// groups whose name some group before took; most specs have none.
    static func fileNameClashes(
        of groups: [DeclaredGroup], declaredSwiftNames: [String]
    ) -> [Int: [Diagnostic]] {
        var fileNames = NameScope("the generated file names")
        fileNames.reserveCapacity(groups.count)
        var clashes: [Int: [Diagnostic]] = [:]
        for position in groups.indices {
            let swiftName = swiftName(ofGroup: position, named: groups[position].name, declaredSwiftNames: declaredSwiftNames)
            var found = DiagnosticCollector()
            fileNames.claim(swiftName, for: groups[position].name, at: groups[position].source, diagnostics: &found)
            if !found.diagnostics.isEmpty { clashes[position] = found.diagnostics }
        }
        return clashes
    }

    /// A group as the docs declare it, or one apigen adds.
    struct DeclaredGroup: Sendable {
        let name: String
        let source: SourceRef
        let description: String?
    }

    /// The names of the groups apigen adds: `Shared` for models several groups use, and
    /// `Default` for endpoints without a group when there are any, each numbered when the spec
    /// already has a group of that Swift name: one of `taken`. A list, not a set: it is
    /// searched for a name or two, and hashing every group's name took longer.
    func extraGroupNames(taken: [String]) -> ExtraGroups {
        // By index: `contains(where:)` would copy each endpoint.
        let ungrouped = spec.endpoints.indices.contains { spec.endpoints[$0].group == nil }
        return (uniqueGroupName("Shared", taken: taken), ungrouped ? uniqueGroupName("Default", taken: taken) : nil)
    }

    /// Which group's model file holds each model, by model index: its `group:`, else the one
    /// group whose endpoints use it (directly or through other models), else the shared file;
    /// nil for an empty request body, which has no type.
    ///
    /// Models are followed by index: each model's references are resolved to indices once, and
    /// each endpoint's reachable models found from those on every core, without hashing a name.
    func modelGroupAssignments(_ extraGroups: ExtraGroups) -> [String?] {
        let modelIndexes = self.modelIndexes
        let models = spec.models
        @Sendable func indexes(of type: TypeExpression, into found: inout [Int]) {
            for name in type.referencedModels {
                if let index = modelIndexes[name] { found.append(index) }
            }
        }
        let references = Array(models.indices).concurrentMap(minimumCount: cheapItemsMinimumCount) { index in
            var found: [Int] = []
            let properties = models[index].properties
            for position in properties.indices { indexes(of: properties[position].type, into: &found) }
            return found
        }
        let endpoints = spec.endpoints
        let reached = Array(endpoints.indices).concurrentMap(
            minimumCount: lightItemsMinimumCount, workerState: { ReachableModels(count: models.count) }
        ) { search, index -> (group: String?, models: [Int]) in
            var roots: [Int] = []
            if let body = endpoints[index].body { indexes(of: body.type, into: &roots) }
            for response in endpoints[index].responses.indices {
                if let body = endpoints[index].responses[response].body { indexes(of: body, into: &roots) }
            }
            for fields in [endpoints[index].pathParameters, endpoints[index].headers, endpoints[index].query] {
                for position in fields.indices { indexes(of: fields[position].type, into: &roots) }
            }
            // The group is read here too, on every core: the loop below, on one, only compares.
            return (endpoints[index].group?.value ?? extraGroups.default, search.reachable(from: roots, references: references))
        }
        var users = [ModelUsers](repeating: .none, count: models.count)
        for found in reached {
            guard let group = found.group else { continue }
            for model in found.models {
                switch users[model] {
                case .none: users[model] = .one(group)
                case .one(let first) where first != group: users[model] = .several
                case .one, .several: break
                }
            }
        }
        let userGroups = users
        return Array(models.indices).concurrentMap(minimumCount: cheapItemsMinimumCount) { index in
            if self.isEmptyRequestBody(models[index]) { return nil }
            if let group = models[index].group?.value { return group }
            if case .one(let only) = userGroups[index] { return only }
            return extraGroups.shared
        }
    }

    /// Which groups' endpoints use a model.
    private enum ModelUsers: Sendable {
        case none
        case one(String)
        case several
    }

    /// A search for the models reachable from an endpoint's, made once per worker thread and
    /// used for every endpoint it takes: which models a search has seen is marked in one array
    /// by the number of the search, so that no set is made, hashed or cleared per endpoint.
    struct ReachableModels {
        private var seenBySearch: [Int]
        private var search = 0

        init(count: Int) {
            seenBySearch = Array(repeating: 0, count: count)
        }

        /// The models reachable from `roots`, each once, following `references[model]`.
        mutating func reachable(from roots: [Int], references: [[Int]]) -> [Int] {
            search += 1
            var found: [Int] = []
            var stack = roots
            while let model = stack.popLast() {
                guard seenBySearch[model] != search else { continue }
                seenBySearch[model] = search
                found.append(model)
                stack += references[model]
            }
            return found
        }
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
}
