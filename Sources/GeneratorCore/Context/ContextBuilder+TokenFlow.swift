import SpecModel

extension ContextBuilderState {
    /// The token flow's operations and fields, by their Swift names; nil without a flow.
    func tokenFlowContext() -> TokenFlowContext? {
        guard let flow = spec.tokenFlow,
            let authenticate = spec.endpoints.first(where: { $0.operationId == flow.authenticate.value }),
            case .model(let bodyName)? = authenticate.body?.type, let body = model(named: bodyName),
            case .model(let responseName)? = authenticate.responses.first(where: \.isSuccess)?.body,
            let response = model(named: responseName)
        else { return nil }
        func propertyName(_ model: ModelSpec, _ wireName: String) -> String {
            let property = model.properties.first { $0.name == wireName }
            return SwiftNaming.escapedIdentifier(property?.swiftName ?? SwiftNaming.memberName(wireName))
        }
        var credentials = body.properties.filter(\.required).map { property in
            let name = property.swiftName ?? SwiftNaming.memberName(property.name)
            return CredentialContext(
                label: name, swiftName: SwiftNaming.escapedIdentifier(name), swiftType: mapper.swiftType(property.type))
        }
        let refreshId = flow.refresh?.value
        // The operations' other arguments, each once, in the order met: the user gives them with
        // the credentials, and the store passes them to every call that takes them.
        var labels = Set(credentials.map(\.label))
        for operationId in [authenticate.operationId] + (refreshId.map { [$0] } ?? []) {
            for case .parameter(let field) in operationArguments[operationId] ?? [] where labels.insert(field.label).inserted {
                credentials.append(
                    CredentialContext(
                        label: field.label, swiftName: field.parameterName, swiftType: field.swiftType,
                        defaultLiteral: field.defaultLiteral, isParameter: true))
            }
        }
        /// A call's arguments in its method's order: the body as given, the rest by their names.
        func callArguments(_ operationId: String, body: String) -> [String] {
            (operationArguments[operationId] ?? []).map { argument in
                switch argument {
                case .body: "body: " + body
                case .parameter(let field): field.label + ": " + field.parameterName
                }
            }
        }
        var refresh: RefreshContext?
        if let refreshName = flow.refresh, let field = flow.refreshTokenField, let refreshToken = flow.refreshToken {
            let bodyField = SwiftNaming.memberName(field.value)
            refresh = RefreshContext(
                method: SwiftNaming.escapedIdentifier(SwiftNaming.memberName(refreshName.value)),
                symbol: operationSymbols[refreshName.value] ?? "", bodyField: bodyField,
                refreshToken: propertyName(response, refreshToken.value),
                arguments: callArguments(refreshName.value, body: ".init(\(bodyField): refreshToken)"))
        }
        let expiresIn = response.properties.first { $0.name == flow.expiresIn.value }
        let expiresInIsInteger: Bool = if case .integer? = expiresIn?.type { true } else { false }
        return TokenFlowContext(
            caseName: SwiftNaming.escapedIdentifier(flow.name.value), label: flow.name.value, credentials: credentials,
            credentialsType: mapper.modelTypeNames[bodyName] ?? bodyName,
            authenticate: SwiftNaming.escapedIdentifier(SwiftNaming.memberName(authenticate.operationId)),
            authenticateOperationId: authenticate.operationId,
            authenticateSymbol: operationSymbols[authenticate.operationId] ?? "",
            authenticateArguments: callArguments(authenticate.operationId, body: "credentials"),
            responseType: mapper.modelTypeNames[responseName] ?? responseName,
            accessToken: propertyName(response, flow.accessToken.value),
            expiresIn: propertyName(response, flow.expiresIn.value), expiresInIsInteger: expiresInIsInteger,
            refresh: refresh)
    }
}
