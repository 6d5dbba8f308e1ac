import YAMLLite

let endpointKeys = EndpointKey.allCases.map(\.rawValue)

/// A key of an endpoint.
enum EndpointKey: String, CaseIterable {
    case group, summary, description, method, path, pathParameters, headers, cookies, query, body
    case responses, security, deprecated, servers

    /// The key `text` is, if any: `init(rawValue:)`, with the commonest keys tried first.
    init?(_ text: String) {
        switch text {
        case "summary": self = .summary
        case "method": self = .method
        case "path": self = .path
        case "group": self = .group
        case "description": self = .description
        case "body": self = .body
        case "responses": self = .responses
        case "pathParameters": self = .pathParameters
        case "query": self = .query
        case "headers": self = .headers
        case "cookies": self = .cookies
        case "deprecated": self = .deprecated
        case "security": self = .security
        case "servers": self = .servers
        default: return nil
        }
    }
}

extension NodeReader {
    /// Reads one endpoint and appends it to `items`, after the models named after its inline
    /// body and responses; an endpoint without a method or path adds nothing.
    mutating func endpoint(operationId: String, at location: SourceLocation, node: YAMLNode, items: inout SpecItems) {
        // Descriptions for messages are made only for a message.
        func what() -> String { "endpoint '\(operationId)'" }
        guard let entries = mapping(node, what()) else { return }
        let methodIndex = entries.firstIndex(ofKey: "method")
        let pathIndex = entries.firstIndex(ofKey: "path")
        guard let methodIndex, let pathIndex,
            let method = locatedString(entries[methodIndex].value, "'method' of \(what())"),
            let path = locatedString(entries[pathIndex].value, "'path' of \(what())")
        else {
            // Nothing else is read, but unknown keys are still reported.
            for index in entries.indices where EndpointKey(entries[index].key.text) == nil {
                unknownEndpointKey(entries[index], in: what())
            }
            if methodIndex == nil || pathIndex == nil {
                let missing = [methodIndex == nil ? "'method'" : nil, pathIndex == nil ? "'path'" : nil]
                error("\(what()) has no \(missing.compactMap { $0 }.joined(separator: " and "))", at: location)
            }
            return
        }
        let pathNode = entries[pathIndex].value
        let pathTextStart = textStart(pathNode)

        let typeName = upperFirst(operationId)
        var group: Located<String>?
        var summary: String?
        var description: String?
        var deprecated = false
        var security: SecurityRequirement?
        var servers: [Located<String>] = []
        var pathParameters: [FieldSpec] = []
        var headers: [FieldSpec] = []
        var cookies: [FieldSpec] = []
        var query: [FieldSpec] = []
        var body: BodySpec?
        var responses: [ResponseSpec] = []
        // The keys whose values had errors.
        var unreadable: Set<String> = []
        // Entries are read in place, each key told apart once.
        for index in entries.indices {
            guard let key = EndpointKey(entries[index].key.text) else {
                unknownEndpointKey(entries[index], in: what())
                continue
            }
            let node = entries[index].value
            let errorsBefore = diagnostics.diagnostics.count
            switch key {
            case .group: group = locatedString(node, "'group' of \(what())")
            case .summary: summary = string(node, "'summary' of \(what())")
            case .description: description = string(node, "'description' of \(what())")
            case .deprecated: deprecated = bool(node, "'deprecated' of \(what())") ?? false
            case .security: security = securityRequirement(node)
            case .servers: servers = stringList(node, "'servers' of \(what())") ?? []
            case .pathParameters: pathParameters = fields(node, kind: "path parameter", owner: what())
            case .headers: headers = fields(node, kind: "header", owner: what())
            case .cookies: cookies = fields(node, kind: "cookie", owner: what())
            case .query: query = fields(node, kind: "query parameter", owner: what())
            case .body:
                let (readBody, model) = self.body(node, typeName: typeName + "Request", operationId: operationId)
                body = readBody
                if let model { items.models.append(model) }
            case .responses:
                responses = self.responses(
                    node, typeName: typeName + "Response", operationId: operationId, inlineModels: &items.models)
            case .method, .path: break
            }
            if diagnostics.diagnostics.count > errorsBefore { unreadable.insert(entries[index].key.text) }
        }
        items.endpoints.append(
            EndpointSpec(
                operationId: operationId, source: ref(location), group: group, summary: summary,
                description: description, method: method, path: path, pathTextStart: pathTextStart,
                pathParameters: pathParameters, headers: headers, cookies: cookies, query: query, body: body,
                responses: responses,
                security: security, deprecated: deprecated, servers: servers, unreadable: unreadable))
    }

    /// Reports a key that is not an endpoint's, with the closest one as a hint.
    private mutating func unknownEndpointKey(_ entry: YAMLMappingEntry, in what: @autoclosure () -> String) {
        let text = entry.key.text
        error("unknown key '\(text)' in \(what())" + Suggestions.hint(for: text, in: endpointKeys), at: entry.keyLocation)
    }

    /// `body: Type`, or a mapping with `type:` or inline `properties:`.
    mutating func body(_ node: YAMLNode, typeName: String, operationId: String) -> (BodySpec?, ModelSpec?) {
        func what() -> String { "the body of endpoint '\(operationId)'" }
        if node.scalar != nil {
            guard let (type, source) = typeExpression(node, what()) else { return (nil, nil) }
            return (BodySpec(source: ref(node), required: true, type: type, typeSource: source), nil)
        }
        guard let entries = mapping(node, what()) else { return (nil, nil) }
        checkKeys(entries, allowed: ["required", "description", "contentType", "type", "properties"], in: what())
        guard
            let (type, typeSource, model) = content(
                entries, at: node.location, what: what(), typeName: typeName,
                origin: .requestBody(operationId: operationId))
        else { return (nil, nil) }
        var required = false
        var description: String?
        var contentType: String?
        var contentTypeSource: SourceRef?
        for entry in entries {
            let value = entry.value
            switch entry.key.text {
            case "required": required = bool(value, "'required' of \(what())") ?? false
            case "description": description = string(value, "'description' of \(what())")
            case "contentType":
                contentType = string(value, "'contentType' of \(what())")
                contentTypeSource = ref(value)
            default: break
            }
        }
        let body = BodySpec(
            source: ref(node), required: required, description: description, contentType: contentType,
            contentTypeSource: contentTypeSource, type: type, typeSource: typeSource)
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
        var modelCount = 0
        for entry in entries {
            let status = entry.key.text
            func what() -> String { "response \(status) of \(owner())" }
            guard isStatus(status) else {
                error(
                    "'\(status)' is not an HTTP status code; expected three digits such as 200, a range such as 4XX, or 'default'",
                    at: entry.keyLocation)
                continue
            }
            let source = ref(entry.keyLocation)
            if entry.value.scalar != nil {
                guard let (type, typeSource) = typeExpression(entry.value, "the body of \(what())") else { continue }
                responses.append(ResponseSpec(status: status, source: source, body: type, bodySource: typeSource))
                continue
            }
            guard let fields = mapping(entry.value, what()) else { continue }
            checkKeys(fields, allowed: ["description", "body", "contentType", "headers"], in: what())
            var headers: [FieldSpec] = []
            var description: String?
            var contentType: String?
            var contentTypeSource: SourceRef?
            var body: TypeExpression?
            var bodySource: SourceRef?
            for field in fields {
                switch field.key.text {
                case "description": description = string(field.value, "'description' of \(what())")
                case "contentType":
                    contentType = string(field.value, "'contentType' of \(what())")
                    contentTypeSource = ref(field.value)
                case "headers":
                    headers = self.fields(field.value, kind: "header", owner: what())
                case "body":
                    // The first inline response is `<Op>Response`; more get their status appended.
                    let name = modelCount == 0 ? typeName : typeName + status.capitalized
                    let (type, typeSource, model) =
                        responseBody(
                            field.value, what: "the body of \(what())", typeName: name,
                            origin: .responseBody(operationId: operationId, status: status)) ?? (nil, nil, nil)
                    body = type
                    bodySource = typeSource
                    if let model {
                        inlineModels.append(model)
                        modelCount += 1
                    }
                default: break
                }
            }
            responses.append(
                ResponseSpec(
                    status: status, source: source, description: description, body: body, bodySource: bodySource,
                    contentType: contentType, contentTypeSource: contentTypeSource, headers: headers))
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

    /// `200`, a range such as `4XX`, or `default`.
    private func isStatus(_ text: String) -> Bool {
        if text == "default" { return true }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 3, let first = scalars.first, ("1"..."5").contains(first) else { return false }
        if scalars.dropFirst().allSatisfy({ $0 == "X" }) { return true }
        return scalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private func upperFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
