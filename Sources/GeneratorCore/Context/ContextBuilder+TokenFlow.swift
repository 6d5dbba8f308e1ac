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
        let credentials = body.properties.filter(\.required).map { property in
            let name = property.swiftName ?? SwiftNaming.memberName(property.name)
            return CredentialContext(
                label: name, swiftName: SwiftNaming.escapedIdentifier(name), swiftType: mapper.swiftType(property.type))
        }
        var refresh: RefreshContext?
        if let refreshName = flow.refresh, let field = flow.refreshTokenField, let refreshToken = flow.refreshToken {
            refresh = RefreshContext(
                method: SwiftNaming.escapedIdentifier(SwiftNaming.memberName(refreshName.value)),
                symbol: operationSymbols[refreshName.value] ?? "", bodyField: SwiftNaming.memberName(field.value),
                refreshToken: propertyName(response, refreshToken.value))
        }
        let expiresIn = response.properties.first { $0.name == flow.expiresIn.value }
        let expiresInIsInteger: Bool = if case .integer? = expiresIn?.type { true } else { false }
        return TokenFlowContext(
            caseName: SwiftNaming.escapedIdentifier(flow.name.value), label: flow.name.value, credentials: credentials,
            credentialsType: mapper.modelTypeNames[bodyName] ?? bodyName,
            authenticate: SwiftNaming.escapedIdentifier(SwiftNaming.memberName(authenticate.operationId)),
            authenticateOperationId: authenticate.operationId,
            authenticateSymbol: operationSymbols[authenticate.operationId] ?? "",
            responseType: mapper.modelTypeNames[responseName] ?? responseName,
            accessToken: propertyName(response, flow.accessToken.value),
            expiresIn: propertyName(response, flow.expiresIn.value), expiresInIsInteger: expiresInIsInteger,
            refresh: refresh)
    }
}
