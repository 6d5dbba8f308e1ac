import SpecModel

/// The Swift names apigen generates for one version of the specs: types, properties, methods,
/// their arguments and their results' headers, so that a change can name the Swift symbol it
/// affects (`RoleResponse.level`, `inviteUser(tenantId:body:)`).
///
/// They come from the template context, the same names the generated code has. Specs whose
/// context cannot be built (names that clash) get names converted the usual way instead.
struct SwiftSymbols {
    /// A property, argument or header: its Swift name and type.
    struct Field {
        let name: String
        let type: String
    }

    /// A client method.
    struct Method {
        /// `inviteUser(tenantId:body:)`.
        let symbol: String
        /// Its arguments, by wire name.
        let parameters: [String: Field]
        /// What it returns, nil for nothing.
        let returnType: String?
        /// The result type's name, when it returns one.
        let resultType: String?
        /// The result's headers, by wire name.
        let resultHeaders: [String: Field]
    }

    private var types: [String: String] = [:]
    private var properties: [String: [String: Field]] = [:]
    private var methods: [String: Method] = [:]

    /// The names of `spec`'s client, building its context.
    init(_ spec: APISpec) {
        if case .success(let root) = ContextBuilder.build(spec) { self = SwiftSymbols(root) }
    }

    /// The names in a context built already.
    init(_ root: RootContext) {
        for model in root.modelFiles.elements.flatMap(\.models.elements) {
            types[model.name] = model.swiftName
            properties[model.name] = Self.fields(model.properties.elements) { $0.swiftName }
        }
        for operation in root.groups.elements.flatMap(\.operations.elements) {
            let parameters = operation.pathParameters.elements + operation.headers.elements + operation.cookies.elements
                + operation.queryParameters.elements
            let headers = operation.result?.cases.elements.flatMap(\.headers.elements) ?? []
            methods[operation.operationId] = Method(
                symbol: operation.symbol, parameters: Self.fields(parameters) { $0.parameterName },
                returnType: operation.returnType, resultType: operation.result?.swiftName,
                resultHeaders: Self.fields(headers) { $0.swiftName })
        }
    }

    private static func fields(_ contexts: [FieldContext], name: (FieldContext) -> String) -> [String: Field] {
        Dictionary(contexts.map { ($0.name, Field(name: name($0), type: $0.swiftType)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The Swift type of the model named `model`.
    func type(_ model: String) -> String {
        types[model] ?? SwiftNaming.upperCamelCase(model)
    }

    /// Whether the context was built, so that names are the generated ones rather than guesses.
    var isComplete: Bool { !types.isEmpty || !methods.isEmpty }

    /// The property `field` of `model`, by wire name.
    func property(_ field: String, of model: String) -> Field? {
        properties[model]?[field]
    }

    /// The client method of `operationId`, as `inviteUser(tenantId:body:)`.
    func method(_ operationId: String) -> String {
        methods[operationId]?.symbol ?? SwiftNaming.memberName(operationId) + "(...)"
    }

    func returnType(_ operationId: String) -> String? {
        methods[operationId]?.returnType
    }

    func resultType(_ operationId: String) -> String? {
        methods[operationId]?.resultType
    }

    /// An argument of `operationId`'s method, by wire name.
    func parameter(_ field: String, of operationId: String) -> Field? {
        methods[operationId]?.parameters[field]
    }

    /// A header of `operationId`'s result, by wire name.
    func resultHeader(_ field: String, of operationId: String) -> Field? {
        methods[operationId]?.resultHeaders[field]
    }
}
