import SpecModel
import TemplateEngine

extension ContextBuilderState {
    /// The token flow's operations and fields, by their Swift names; null without a flow.
    func tokenFlowContext() -> TemplateValue {
        guard let flow = spec.tokenFlow,
            let authenticate = spec.endpoints.first(where: { $0.operationId == flow.authenticate.value }),
            case .model(let bodyName)? = authenticate.body?.type, let body = model(named: bodyName),
            case .model(let responseName)? = authenticate.responses.first(where: \.isSuccess)?.body,
            let response = model(named: responseName)
        else { return .null }
        func propertyName(_ model: ModelSpec, _ wireName: String) -> String {
            let property = model.properties.first { $0.name == wireName }
            return SwiftNaming.escapedIdentifier(property?.swiftName ?? SwiftNaming.memberName(wireName))
        }
        let credentials: [TemplateValue] = body.properties.filter(\.required).map { property in
            let name = property.swiftName ?? SwiftNaming.memberName(property.name)
            return .object([
                "label": .string(name),
                "swiftName": .string(SwiftNaming.escapedIdentifier(name)),
                "swiftType": .string(mapper.swiftType(property.type)),
            ])
        }
        var refresh: TemplateValue = .null
        if let refreshName = flow.refresh, let field = flow.refreshTokenField, let refreshToken = flow.refreshToken {
            refresh = .object([
                "method": .string(SwiftNaming.escapedIdentifier(SwiftNaming.memberName(refreshName.value))),
                "symbol": .string(operationSymbols[refreshName.value] ?? ""),
                "bodyField": .string(SwiftNaming.memberName(field.value)),
                "refreshToken": .string(propertyName(response, refreshToken.value)),
            ])
        }
        let expiresIn = response.properties.first { $0.name == flow.expiresIn.value }
        let expiresInIsInteger: Bool = if case .integer? = expiresIn?.type { true } else { false }
        return .object([
            "caseName": .string(SwiftNaming.escapedIdentifier(flow.name.value)),
            "label": .string(flow.name.value),
            "credentials": .array(credentials),
            "credentialsType": .string(mapper.modelTypeNames[bodyName] ?? bodyName),
            "authenticate": .string(SwiftNaming.escapedIdentifier(SwiftNaming.memberName(authenticate.operationId))),
            "authenticateOperationId": .string(authenticate.operationId),
            "authenticateSymbol": .string(operationSymbols[authenticate.operationId] ?? ""),
            "responseType": .string(mapper.modelTypeNames[responseName] ?? responseName),
            "accessToken": .string(propertyName(response, flow.accessToken.value)),
            "expiresIn": .string(propertyName(response, flow.expiresIn.value)),
            "expiresInIsInteger": .bool(expiresInIsInteger),
            "refresh": refresh,
        ])
    }
}
