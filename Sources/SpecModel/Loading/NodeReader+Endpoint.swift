import YAMLLite

let endpointKeys = EndpointKey.allCases.map(\.rawValue)

/// A key of an endpoint, so that each key is compared with the known ones once.
enum EndpointKey: String, CaseIterable {
    case group, summary, description, method, path, pathParameters, headers, query, body
    case responses, security, deprecated, servers

    static let lookup = KeyLookup<EndpointKey>()
}

extension NodeReader {
    /// Reads one endpoint and appends it to `items`, after the models named after its inline
    /// body and responses; an endpoint without a method or path adds nothing.
    mutating func endpoint(operationId: String, at location: SourceLocation, node: YAMLNode, items: inout SpecItems) {
        // Descriptions for messages are made only for a message.
        func what() -> String { "endpoint '\(operationId)'" }
        guard let entries = mapping(node, what()) else { return }
        // Unknown keys are reported first, as `checkKeys` would.
        var methodNode: YAMLNode?
        var pathNode: YAMLNode?
        for index in entries.indices {
            switch EndpointKey.lookup.key(entries[index].key.text) {
            case nil:
                let text = entries[index].key.text
                error(
                    "unknown key '\(text)' in \(what())" + Suggestions.hint(for: text, in: endpointKeys),
                    at: entries[index].keyLocation)
            case .method where methodNode == nil: methodNode = entries[index].value
            case .path where pathNode == nil: pathNode = entries[index].value
            default: break
            }
        }
        guard let methodNode, let pathNode else {
            let missing = [methodNode == nil ? "'method'" : nil, pathNode == nil ? "'path'" : nil]
            error("\(what()) has no \(missing.compactMap { $0 }.joined(separator: " and "))", at: location)
            return
        }
        guard let method = locatedString(methodNode, "'method' of \(what())"),
            let path = locatedString(pathNode, "'path' of \(what())")
        else { return }

        var endpoint = EndpointSpec(operationId: operationId, source: ref(location), method: method, path: path)
        endpoint.pathTextStart = textStart(pathNode)
        let typeName = upperFirst(operationId)
        for index in entries.indices {
            let node = entries[index].value
            let errorsBefore = diagnostics.diagnostics.count
            defer {
                if diagnostics.diagnostics.count > errorsBefore { endpoint.unreadable.insert(entries[index].key.text) }
            }
            switch EndpointKey.lookup.key(entries[index].key.text) {
            case .group: endpoint.group = locatedString(node, "'group' of \(what())")
            case .summary: endpoint.summary = string(node, "'summary' of \(what())")
            case .description: endpoint.description = string(node, "'description' of \(what())")
            case .deprecated: endpoint.deprecated = bool(node, "'deprecated' of \(what())") ?? false
            case .security: endpoint.security = securityScheme(node)
            case .servers: endpoint.servers = stringList(node, "'servers' of \(what())") ?? []
            case .pathParameters:
                endpoint.pathParameters = fields(node, kind: "path parameter", owner: what())
            case .headers: endpoint.headers = fields(node, kind: "header", owner: what())
            case .query: endpoint.query = fields(node, kind: "query parameter", owner: what())
            case .body:
                let (body, model) = self.body(node, typeName: typeName + "Request", operationId: operationId)
                endpoint.body = body
                if let model { items.models.append(model) }
            case .responses:
                endpoint.responses = responses(
                    node, typeName: typeName + "Response", operationId: operationId, inlineModels: &items.models)
            case .method, .path, nil: break
            }
        }
        items.endpoints.append(endpoint)
    }

    /// `body: Type`, or a mapping with `type:` or inline `properties:`.
    mutating func body(_ node: YAMLNode, typeName: String, operationId: String) -> (BodySpec?, ModelSpec?) {
        func what() -> String { "the body of endpoint '\(operationId)'" }
        if node.scalar != nil {
            guard let (type, source) = typeExpression(node, what()) else { return (nil, nil) }
            var body = BodySpec(source: ref(node), type: type, typeSource: source)
            body.required = true
            return (body, nil)
        }
        guard let entries = mapping(node, what()) else { return (nil, nil) }
        checkKeys(entries, allowed: ["required", "description", "contentType", "type", "properties"], in: what())
        guard
            let (type, typeSource, model) = content(
                entries, at: node.location, what: what(), typeName: typeName,
                origin: .requestBody(operationId: operationId))
        else { return (nil, nil) }
        var body = BodySpec(source: ref(node), type: type, typeSource: typeSource)
        for index in entries.indices {
            let value = entries[index].value
            switch entries[index].key.text {
            case "required": body.required = bool(value, "'required' of \(what())") ?? false
            case "description": body.description = string(value, "'description' of \(what())")
            case "contentType": body.contentType = string(value, "'contentType' of \(what())") ?? body.contentType
            default: break
            }
        }
        return (body, model)
    }

    /// The `type:` or inline `properties:` of a body or response body mapping.
    private mutating func content(
        _ entries: [YAMLMappingEntry], at location: SourceLocation, what: @autoclosure () -> String, typeName: String,
        origin: ModelSpec.Origin
    ) -> (TypeExpression, SourceRef, ModelSpec?)? {
        let typeIndex = entries.firstIndex(ofKey: "type")
        let propertiesIndex = entries.firstIndex(ofKey: "properties")
        switch (typeIndex, propertiesIndex) {
        case (let typeIndex?, nil):
            guard let (type, source) = typeExpression(entries[typeIndex].value, what()) else { return nil }
            return (type, source, nil)
        case (nil, let propertiesIndex?):
            let properties = fields(entries[propertiesIndex].value, kind: "property", owner: what())
            let source = ref(entries[propertiesIndex].keyLocation)
            let model = ModelSpec(
                name: typeName, source: source, shape: .object(properties: properties), origin: origin)
            return (.model(typeName), source, model)
        case (let typeIndex?, _?):
            error("\(what()) has both 'type' and 'properties'", at: entries[typeIndex].keyLocation)
            return nil
        case (nil, nil):
            error("\(what()) needs 'type' or 'properties'", at: location)
            return nil
        }
    }

    /// The responses of an endpoint; the models named after inline bodies are appended to `inlineModels`.
    mutating func responses(
        _ node: YAMLNode, typeName: String, operationId: String, inlineModels: inout [ModelSpec]
    ) -> [ResponseSpec] {
        func owner() -> String { "endpoint '\(operationId)'" }
        guard let entries = mapping(node, "the responses of \(owner())") else { return [] }
        var responses: [ResponseSpec] = []
        responses.reserveCapacity(entries.count)
        var modelCount = 0
        for index in entries.indices {
            let status = entries[index].key.text
            func what() -> String { "response \(status) of \(owner())" }
            guard isStatus(status) else {
                error(
                    "'\(status)' is not an HTTP status code; expected three digits such as 200, or 'default'",
                    at: entries[index].keyLocation)
                continue
            }
            var response = ResponseSpec(status: status, source: ref(entries[index].keyLocation))
            let value = entries[index].value
            if value.scalar != nil {
                guard let (type, source) = typeExpression(value, "the body of \(what())") else { continue }
                response.body = type
                response.bodySource = source
                responses.append(response)
                continue
            }
            guard let fields = mapping(value, what()) else { continue }
            checkKeys(fields, allowed: ["description", "body", "contentType"], in: what())
            for fieldIndex in fields.indices {
                let field = fields[fieldIndex].value
                switch fields[fieldIndex].key.text {
                case "description": response.description = string(field, "'description' of \(what())")
                case "contentType":
                    response.contentType = string(field, "'contentType' of \(what())") ?? response.contentType
                case "body":
                    // The first inline response is `<Op>Response`; more get their status appended.
                    let name = modelCount == 0 ? typeName : typeName + status.capitalized
                    let (type, source, model) =
                        responseBody(
                            field, what: "the body of \(what())", typeName: name,
                            origin: .responseBody(operationId: operationId, status: status)) ?? (nil, nil, nil)
                    response.body = type
                    response.bodySource = source
                    if let model {
                        inlineModels.append(model)
                        modelCount += 1
                    }
                default: break
                }
            }
            responses.append(response)
        }
        return responses
    }

    private mutating func responseBody(
        _ node: YAMLNode, what: @autoclosure () -> String, typeName: String, origin: ModelSpec.Origin
    ) -> (TypeExpression?, SourceRef?, ModelSpec?)? {
        if node.scalar != nil {
            guard let (type, source) = typeExpression(node, what()) else { return nil }
            return (type, source, nil)
        }
        guard let entries = mapping(node, what()) else { return nil }
        checkKeys(entries, allowed: ["type", "properties"], in: what())
        guard
            let (type, source, model) = content(
                entries, at: node.location, what: what(), typeName: typeName, origin: origin)
        else { return nil }
        return (type, source, model)
    }

    private func isStatus(_ text: String) -> Bool {
        if text == "default" { return true }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 3, let first = scalars.first, ("1"..."5").contains(first) else { return false }
        return scalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private func upperFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
