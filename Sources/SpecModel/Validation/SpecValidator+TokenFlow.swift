extension SpecValidator {
    /// The token flow names real operations whose bodies and responses have the fields it uses.
    mutating func checkTokenFlow(of spec: APISpec) {
        guard let flow = spec.tokenFlow else { return }
        let bearerScheme = spec.schemes.first { $0.name.value == "bearer" }
        let sendsBearer = spec.security.alternatives.contains { $0.map(\.value) == ["bearer"] }
        // An unknown scheme in the requirement is reported on its own.
        let namesKnownSchemes = spec.security.alternatives.allSatisfy { $0.allSatisfy { schemeNames.contains($0.value) } }
        if bearerScheme?.kind != .bearer || !sendsBearer, namesKnownSchemes, !spec.unreadable.contains("security") {
            error("'tokenFlow' needs 'scheme: bearer': the tokens it mints are sent as bearer tokens", at: flow.source)
        }
        if !isIdentifier(flow.name.value) || ["none", "bearer", "tokenProvider"].contains(flow.name.value) {
            error("'name' of 'tokenFlow' must be a Swift identifier other than none, bearer and tokenProvider", at: flow.name.source)
        }
        guard let authenticate = endpoint(named: flow.authenticate) else { return }
        if authenticate.body.flatMap({ objectModel($0.type) }) == nil, !authenticate.unreadable.contains("body") {
            error("the authenticate operation '\(authenticate.operationId)' needs a body with properties: its required properties are the credentials", at: flow.authenticate.source)
        }
        checkTokenResponse(of: authenticate, flow: flow)
        if let refreshName = flow.refresh, let refresh = endpoint(named: refreshName) {
            checkTokenResponse(of: refresh, flow: flow)
            guard let field = flow.refreshTokenField else {
                error("'tokenFlow' with 'refresh' needs 'refreshTokenField': the refresh body's field for the refresh token", at: refreshName.source)
                return
            }
            if flow.refreshToken == nil {
                error("'tokenFlow' with 'refresh' needs 'refreshToken': the response field that holds the refresh token", at: refreshName.source)
            }
            let body = refresh.body.flatMap { objectModel($0.type) }
            let property = body?.properties.first { $0.name == field.value }
            if property?.required != true || property?.type != .string(format: nil) {
                error("the refresh operation '\(refresh.operationId)' needs a required string body property '\(field.value)'", at: field.source)
            }
            let otherRequired = (refresh.headers + refresh.query).filter(\.required) + refresh.pathParameters
            if let first = otherRequired.first {
                error("the refresh operation '\(refresh.operationId)' must not need other arguments, but needs '\(first.name)'", at: first.nameSource)
            }
        }
    }

    private mutating func endpoint(named name: Located<String>) -> EndpointSpec? {
        if let endpoint = endpoints.first(where: { $0.operationId == name.value }) { return endpoint }
        if filesUnreadable { return nil }
        error(
            "unknown operation '\(name.value)'" + Suggestions.hint(for: name.value, in: endpoints.map(\.operationId)),
            at: name.source)
        return nil
    }

    private func objectModel(_ type: TypeExpression) -> ModelSpec? {
        guard case .model(let name) = type, let model = models.first(where: { $0.name == name }),
            case .object = model.shape
        else { return nil }
        return model
    }

    private mutating func checkTokenResponse(of endpoint: EndpointSpec, flow: TokenFlowSpec) {
        guard let success = endpoint.responses.first(where: \.isSuccess), let body = success.body,
            let model = objectModel(body)
        else {
            error("the operation '\(endpoint.operationId)' of 'tokenFlow' needs a success response whose body has properties", at: endpoint.source)
            return
        }
        let fields: [(Located<String>?, [TypeExpression])] = [
            (flow.accessToken, [.string(format: nil)]),
            (flow.refreshToken, [.string(format: nil)]),
            (flow.expiresIn, [.integer(format: nil), .number(format: nil)]),
        ]
        for (field, types) in fields {
            guard let field else { continue }
            let property = model.properties.first { $0.name == field.value }
            if property?.required != true || property?.nullable == true || !types.contains(where: { $0 == property?.type }) {
                error(
                    "the response of '\(endpoint.operationId)' needs a required, non-nullable \(types.map(\.description).joined(separator: " or ")) property '\(field.value)'",
                    at: field.source)
            }
        }
    }
}
