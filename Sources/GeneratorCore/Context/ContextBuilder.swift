import SpecModel
import TemplateEngine

/// Turns a validated spec into the data the templates render: stage 3 of the pipeline.
///
/// Every Swift decision is made here, not in templates: names, types, default values, which
/// model lives in which file, what a method's arguments are. Templates only arrange the text.
/// `apigen context` prints exactly this value, so a template author can see what is there.
public enum ContextBuilder {
    /// `modelIndexes` is `spec.modelIndexesByName()`, for a caller that has it already.
    public static func build(_ spec: APISpec, modelIndexes: [String: Int]? = nil) -> Result<RootContext, DiagnosticsError> {
        var builder = ContextBuilderState(spec: spec, modelIndexes: modelIndexes ?? spec.modelIndexesByName())
        let context = builder.build()
        if builder.diagnostics.hasErrors { return .failure(DiagnosticsError(builder.diagnostics.sorted)) }
        return .success(context)
    }
}

/// The longest line the generated code may have: the `lineLength` of the repository's
/// `.swift-format`, which the generated code passes. Declarations that would be longer on one
/// line are laid out one argument per line.
let maximumLineLength = 120

/// Whether a line of generated code is longer than `maximumLineLength` characters. A line has
/// no more characters than UTF-8 bytes, so most lines are told short without counting them.
func exceedsLineLength(_ line: String) -> Bool {
    line.utf8.count > maximumLineLength && line.count > maximumLineLength
}

/// What the context builder knows while it works: the spec, the names given out so far, and the
/// diagnostics found.
struct ContextBuilderState: Sendable {
    let spec: APISpec
    var diagnostics = DiagnosticCollector()
    let apiName: String
    let clientName: String
    let errorName: String
    /// Swift types of spec types, with the models' type names, once the models are named.
    var mapper = SwiftTypeMapper(modelTypeNames: [:])
    /// Spec model name → its index in `spec.models` (the first model of that name).
    let modelIndexes: [String: Int]
    /// Every type name the generated code uses by its short name (models, runtime and standard
    /// types): a nested type must not shadow one.
    var typeNamesInUse: [String: String] = [:]
    /// The module's top-level type names, so that types named later (parameter enums) avoid them.
    var moduleTypes = NameScope("the module's types")
    /// The models with constraints to check before sending, directly or in nested models.
    var validatingModels: Set<String> = []
    /// The models sent as `multipart/form-data` bodies: their `string(binary)` properties are
    /// files (`FileUpload`, with a file name), and they can list themselves as parts.
    var multipartModels: Set<String> = []
    /// The documented error body types, as the cases of the API error's `Body`.
    var errorBodies: [ErrorBodyContext] = []
    /// The unions on a cycle of values held in place, which must be `indirect` enums.
    var indirectUnions: Set<String> = []
    /// Model name → its optional properties that close a cycle of values held in place, which
    /// are stored boxed.
    var boxedProperties: [String: Set<String>] = [:]
    /// Operation id → the client method's DocC symbol path, as in `inviteUser(tenantId:body:)`,
    /// for doc comments that link to an operation from elsewhere.
    var operationSymbols: [String: String] = [:]
    /// Each operation's method arguments, in order, by operation id: the token flow calls two.
    var operationArguments: [String: [ArgumentContext]] = [:]

    init(spec: APISpec, modelIndexes: [String: Int]) {
        self.spec = spec
        apiName = spec.info.name.value
        clientName = apiName + "Client"
        errorName = apiName + "Error"
        self.modelIndexes = modelIndexes
    }

    mutating func build() -> RootContext {
        nameModels()
        validatingModels = modelsNeedingValidation()
        (boxedProperties, indirectUnions) = recursionLayout()
        errorBodies = errorBodyContexts()
        multipartModels = Set(
            spec.endpoints.compactMap { endpoint in
                guard let body = endpoint.body, body.mediaKind == .multipart, case .model(let name) = body.type else {
                    return nil
                }
                return name
            })
        let declaredSwiftNames = spec.groups.map { SwiftNaming.upperCamelCase($0.name.value) }
        let groups = groupContexts(
            defaultGroup: defaultGroupName(taken: declaredSwiftNames), declaredSwiftNames: declaredSwiftNames)
        // After the operations: the models' doc comments link to them.
        let modelFiles = modelFileContexts()
        // After the operations: its doc comments link to them.
        let tokenFlow = tokenFlowContext()
        let securitySchemes = securitySchemeContexts()
        return RootContext(
            api: APIContext(
                name: apiName, title: spec.info.title, version: spec.info.version, description: spec.info.description,
                clientName: clientName, errorName: errorName),
            servers: serverContexts(), defaultServer: defaultServerExpression(), securitySchemes: securitySchemes,
            errorBodies: errorBodies,
            tokenFlow: tokenFlow, groups: groups, modelFiles: modelFiles)
    }

    /// The first server as a default argument value: `.eu`, `.custom()` when every variable has
    /// a default, or nil when it needs arguments and so cannot be a default.
    func defaultServerExpression() -> String? {
        // A relative server needs an origin, which no default can give.
        guard let first = spec.servers.first, !first.isRelative else { return nil }
        let name = "." + SwiftNaming.escapedIdentifier(serverCaseName(first))
        if first.variables.isEmpty { return name }
        return first.variables.allSatisfy { $0.defaultValue != nil } ? name + "()" : nil
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
        var scope = NameScope("the module's types", reserved: reserved)
        scope.reserveCapacity(spec.models.count)
        // By index, reading each model in place: a copy of a spec value copies every one of its parts.
        let models = spec.models.indices.filter { !isEmptyRequestBody(spec.models[$0]) }
        var modelTypeNames: [String: String] = [:]
        // Explicit names first, so that a renamed model never takes a name the spec chose.
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
            if reserved[converted] != nil {
                modelTypeNames[name] = scope.claimFree(converted, suffix: "Model", for: name, at: source)
            } else {
                scope.claim(converted, for: name, at: source, diagnostics: &diagnostics)
                modelTypeNames[name] = converted
            }
        }
        moduleTypes = scope
        mapper = SwiftTypeMapper(modelTypeNames: modelTypeNames)
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
