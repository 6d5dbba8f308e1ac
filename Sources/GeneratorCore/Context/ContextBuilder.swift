import ConcurrentMap
import SpecModel
import TemplateEngine

/// Turns a validated spec into the data the templates render: stage 3 of the pipeline.
///
/// Every Swift decision is made here, not in templates: names, types, default values, which
/// model lives in which file, what a method's arguments are. Templates only arrange the text.
/// `apigen context` prints exactly this value, so a template author can see what is there.
public enum ContextBuilder {
    /// `modelIndexes` is `spec.modelIndexesByName()`, for a caller that has it already.
    public static func build(
        _ spec: APISpec, modelIndexes: [String: Int]? = nil
    ) -> Result<TemplateValue, DiagnosticsError> {
        var builder = ContextBuilderState(spec: spec, modelIndexes: modelIndexes ?? spec.modelIndexesByName())
        let context = builder.build()
        let diagnostics = builder.diagnostics
        if diagnostics.hasErrors { return .failure(DiagnosticsError(diagnostics.sorted)) }
        return .success(context)
    }
}

/// The type names the built-in templates declare at the top level or inside the client; a
/// model with one of these names would shadow or clash with them.
let runtimeTypeNames = [
    "JSONValue", "Nullable", "HTTPTransport", "HTTPRequest", "HTTPResponse", "URLSessionTransport",
    "ParameterValue", "RequestBuilder", "RequestPath", "JSONCoding", "Server", "Authentication", "Configuration",
    "RetryPolicy", "HTTPInterceptor", "LoggingInterceptor", "TokenStore", "Validation",
]

/// The longest line the generated code may have: the `lineLength` of the repository's
/// `.swift-format`, which the generated code passes. Declarations that would be longer on one
/// line are laid out one argument per line.
let maximumLineLength = 120

/// Whether a line of generated code is longer than `maximumLineLength` characters. Counting
/// characters means finding grapheme boundaries, so the UTF-8 length answers first when it can:
/// a line has at most as many characters as bytes, and an ASCII line exactly as many.
func exceedsLineLength(_ line: String) -> Bool {
    let bytes = line.utf8.count
    if bytes <= maximumLineLength { return false }
    if line.isASCII { return true }
    return line.count > maximumLineLength
}

/// Standard types the generated code uses by their short names.
let standardTypeNames = [
    "String", "Int", "Double", "Bool", "Date", "Data", "URL", "Error", "Result", "Array", "Dictionary",
    "Optional", "Decoder", "Encoder", "Codable", "Decodable", "Encodable", "Sendable", "Hashable",
    "Equatable", "CodingKey", "Foundation", "Swift", "Never", "Void", "Any", "Type", "Protocol", "Self",
    "URLSession", "URLRequest", "JSONEncoder", "JSONDecoder",
]

struct ContextBuilderState: Sendable {
    let spec: APISpec
    var diagnostics = DiagnosticCollector()
    let apiName: String
    let clientName: String
    let errorName: String
    /// Swift types of spec types, with the models' type names (`mapper.modelTypeNames`: spec
    /// model name → Swift type name), set once the models are named. Stored, not made on each
    /// use: making one retained and released the table, which the builders on every core
    /// share, for every field and operation.
    var mapper = SwiftTypeMapper(modelTypeNames: [:])
    /// Spec model name → its index in `spec.models` (the first model of that name). Indices, so
    /// that each model is read where the spec holds it.
    let modelIndexes: [String: Int]
    /// Every type name the generated code uses by its short name (models, runtime and standard
    /// types): a nested type must not shadow one. Built once and shared by every model's scope.
    var typeNamesInUse: [String: String] = [:]
    /// The module's top-level type names, so that types named later (parameter enums) avoid them.
    var moduleTypes = NameScope("the module's types")
    /// The models with constraints to check before sending, directly or in nested models.
    var validatingModels: Set<String> = []
    /// Operation id → the client method's DocC symbol path, as in `inviteUser(tenantId:body:)`,
    /// for doc comments that link to an operation from elsewhere.
    var operationSymbols: [String: String] = [:]

    init(spec: APISpec, modelIndexes: [String: Int]) {
        self.spec = spec
        apiName = spec.info.name.value
        clientName = apiName + "Client"
        errorName = apiName + "Error"
        self.modelIndexes = modelIndexes
    }

    mutating func build() -> TemplateValue {
        // The declared groups' Swift names first, on every core: both the extra groups' names and
        // the group files need them.
        let declaredGroups = spec.groups
        let groupSwiftNames = Array(declaredGroups.indices).concurrentMap(minimumCount: cheapItemsMinimumCount) { index in
            SwiftNaming.upperCamelCase(declaredGroups[index].name.value)
        }
        // Three independent passes over the whole spec: naming the models and finding which
        // models validate, each going one model after another on a thread of its own, beside
        // finding which group's file holds each model, whose maps use every core. Inside
        // `inParallel` those maps ran on one thread: libdispatch runs a nested
        // `concurrentPerform` serially. One after the other on one thread, the two serial passes
        // took longer than the maps, and the caller waited for them.
        let state = self
        let naming = BackgroundWork { () -> ContextBuilderState in
            var named = state
            named.nameModels()
            return named
        }
        let findingValidating = BackgroundWork(inBackground: spec.models.count >= cheapItemsMinimumCount) {
            state.modelsNeedingValidation()
        }
        let extraGroups = state.extraGroupNames(taken: groupSwiftNames)
        let found = (extraGroups: extraGroups, homes: state.modelGroupAssignments(extraGroups))
        self = naming.take()
        validatingModels = findingValidating.take()
        let groups = groupContexts(
            extraGroups: found.extraGroups, modelHomes: found.homes, declaredSwiftNames: groupSwiftNames)
        // After the operations: its doc comments link to them.
        let tokenFlow = tokenFlowContext()
        // By shape: every file rendered looks its root variables up in this object.
        var root = TemplateShape.Builder(ContextShapes.root)
        root.add("api", apiContext())
        root.add("servers", .array(serverContexts()))
        root.add("hasServers", .bool(!spec.servers.isEmpty))
        root.add("defaultServer", defaultServerExpression())
        root.add("security", .string(spec.security.rawValue))
        root.add("tokenFlow", tokenFlow)
        // Zero or one item: lets the manifest write the token store's file only when needed.
        root.add("tokenFlows", tokenFlow == .null ? [] : [tokenFlow])
        root.add("groups", .array(groups.all))
        root.add("operationGroups", .array(groups.withOperations))
        root.add("modelGroups", .array(groups.withModels))
        return root.value
    }

    /// The first server as a default argument value: `.eu`, `.custom()` when every variable has
    /// a default, or null when it needs arguments and so cannot be a default.
    func defaultServerExpression() -> TemplateValue {
        guard let first = spec.servers.first else { return .null }
        let name = "." + SwiftNaming.escapedIdentifier(serverCaseName(first))
        if first.variables.isEmpty { return .string(name) }
        return first.variables.allSatisfy { $0.defaultValue != nil } ? .string(name + "()") : .null
    }

    func apiContext() -> TemplateValue {
        var api = TemplateShape.Builder(ContextShapes.api)
        api.add("name", .string(apiName))
        api.add("title", spec.info.title.map(TemplateValue.string) ?? .null)
        api.add("version", spec.info.version.map(TemplateValue.string) ?? .null)
        api.add("description", spec.info.description.map(TemplateValue.string) ?? .null)
        api.add("clientName", .string(clientName))
        api.add("errorName", .string(errorName))
        return api.value
    }

    /// Gives every model a Swift type name, unique in the module and clear of the names the
    /// generated code itself declares: a model named like one of those (`Error`, `String`,
    /// `JSONValue`) is generated as `ErrorModel`, `StringModel`, `JSONValueModel`, unless its
    /// `name:` says otherwise. Two models whose names convert to the same Swift name are an error.
    mutating func nameModels() {
        var reserved: [String: String] = [
            apiName: "is the module's name", clientName: "is the client's name", errorName: "is the error type's name",
        ]
        for name in runtimeTypeNames { reserved[name] = "the generated runtime declares" }
        for name in standardTypeNames { reserved[name] = "is a standard type the generated code uses" }
        let reservedNames = Set(reserved.keys)
        var scope = NameScope("the module's types", reserved: reserved)
        // Explicit names first, so that a renamed model never takes a name the spec chose. By
        // index: iterating the models would copy each one.
        let models = spec.models.indices.filter { !isEmptyRequestBody(spec.models[$0]) }
        scope.reserveCapacity(models.count)
        var modelTypeNames: [String: String] = [:]
        modelTypeNames.reserveCapacity(models.count)
        for index in models {
            if let chosen = spec.models[index].swiftName {
                let name = spec.models[index].name
                scope.claim(chosen.value, for: name, at: chosen.source, diagnostics: &diagnostics)
                modelTypeNames[name] = chosen.value
            }
        }
        for index in models where spec.models[index].swiftName == nil {
            let name = spec.models[index].name
            let source = spec.models[index].source
            let converted = SwiftNaming.upperCamelCase(name)
            if reservedNames.contains(converted) {
                modelTypeNames[name] = scope.claimFree(converted, suffix: "Model", for: name, at: source)
            } else {
                scope.claim(converted, for: name, at: source, diagnostics: &diagnostics)
                modelTypeNames[name] = converted
            }
        }
        moduleTypes = scope
        mapper = SwiftTypeMapper(modelTypeNames: modelTypeNames)
        typeNamesInUse.reserveCapacity(standardTypeNames.count + runtimeTypeNames.count + modelTypeNames.count)
        for name in standardTypeNames + runtimeTypeNames { typeNamesInUse[name] = "is a type the code uses" }
        for name in modelTypeNames.values { typeNamesInUse[name] = "is a model name" }
    }

    /// The model named `name`, if the spec has one.
    func model(named name: String) -> ModelSpec? {
        modelIndexes[name].map { spec.models[$0] }
    }

    /// An inline request body without properties is sent as `{}` and needs no type.
    func isEmptyRequestBody(_ model: ModelSpec) -> Bool {
        if case .requestBody = model.origin, case .object(let properties) = model.shape, properties.isEmpty { return true }
        return false
    }
}
