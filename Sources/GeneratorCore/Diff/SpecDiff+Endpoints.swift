import SpecModel

extension SpecComparison {
    mutating func compareEndpoints() {
        let previous = Dictionary(old.endpoints.map { ($0.operationId, $0) }, uniquingKeysWith: { first, _ in first })
        let newIds = Set(new.endpoints.map(\.operationId))
        for endpoint in old.endpoints where !newIds.contains(endpoint.operationId) {
            add(
                APIChange(
                    .breaking, source: true, wire: true, path: "endpoints.\(endpoint.operationId)",
                    "the method `\(before.method(endpoint.operationId))` is gone", at: endpoint.source))
        }
        for endpoint in new.endpoints {
            let id = endpoint.operationId
            let path = "endpoints.\(id)"
            guard let earlier = previous[id] else {
                add(APIChange(.info, path: path, "new method `\(after.method(id))`", at: endpoint.source))
                continue
            }
            if earlier.method.value != endpoint.method.value || earlier.path.value != endpoint.path.value {
                add(
                    APIChange(
                        .breaking, wire: true, path: path,
                        "`\(after.method(id))` moved from '\(earlier.method.value) \(earlier.path.value)' to '\(endpoint.method.value) \(endpoint.path.value)': old clients call the old route",
                        at: endpoint.path.source))
            }
            for (kind, oldFields, newFields) in [
                ("pathParameters", earlier.pathParameters, endpoint.pathParameters),
                ("headers", earlier.headers, endpoint.headers), ("cookies", earlier.cookies, endpoint.cookies),
                ("query", earlier.query, endpoint.query),
            ] {
                compareFields(oldFields, newFields, of: .method(id), path: path + "." + kind)
            }
            compareBodies(earlier, endpoint, path: path + ".body")
            compareResultType(earlier, endpoint, path: path + ".responses")
            compareSecurity(earlier, endpoint, path: path + ".security")
            compareResponses(earlier, endpoint, path: path + ".responses")
            compareDocumentation(
                [("summary", earlier.summary, endpoint.summary), ("description", earlier.description, endpoint.description)],
                of: "`\(after.method(id))`", path: path, at: endpoint.source)
        }
    }

    /// Summaries and descriptions: the generated doc comments change, and nothing else.
    mutating func compareDocumentation(
        _ texts: [(key: String, old: String?, new: String?)], of symbol: String, path: String, at source: SourceRef
    ) {
        for text in texts where text.old != text.new {
            add(APIChange(.info, path: path + "." + text.key, "the documentation of \(symbol) changed", at: source))
        }
    }

    /// A request body: its type, its media type, and whether one must be sent.
    mutating func compareBodies(_ earlier: EndpointSpec, _ endpoint: EndpointSpec, path: String) {
        let method = "`\(after.method(endpoint.operationId))`"
        switch (earlier.body, endpoint.body) {
        case (nil, nil):
            return
        case (nil, let body?):
            add(
                APIChange(
                    body.required ? .breaking : .info, source: body.required, wire: body.required, path: path,
                    body.required ? "\(method) needs a body: every call must pass it" : "\(method) takes an optional body",
                    at: body.source))
        case (_?, nil):
            add(
                APIChange(
                    .breaking, source: true, path: path, "\(method) takes no body: calls that pass one stop compiling",
                    at: endpoint.source))
        case (let oldBody?, let newBody?):
            if oldBody.type != newBody.type {
                add(
                    APIChange(
                        .breaking, source: true, wire: true, path: path,
                        "the body of \(method) changed from '\(oldBody.type)' to '\(newBody.type)'", at: newBody.typeSource))
            }
            if oldBody.contentType != newBody.contentType {
                add(
                    APIChange(
                        .breaking, wire: true, path: path,
                        "\(method) sends its body as '\(newBody.contentType)', not '\(oldBody.contentType)': old clients send the old one",
                        at: newBody.contentTypeSource ?? newBody.source))
            }
        }
    }

    /// Whether the method returns a result type (when its successes differ, or document headers)
    /// or the body itself.
    mutating func compareResultType(_ earlier: EndpointSpec, _ endpoint: EndpointSpec, path: String) {
        let method = "`\(after.method(endpoint.operationId))`"
        let resultType = after.resultType(endpoint.operationId) ?? before.resultType(endpoint.operationId) ?? "a result"
        switch (ContextBuilderState.needsResultType(earlier), ContextBuilderState.needsResultType(endpoint)) {
        case (false, true):
            add(
                APIChange(
                    .breaking, source: true, path: path,
                    "\(method) now returns `\(resultType)` (its successes differ, or document headers)", at: endpoint.source))
        case (true, false):
            add(
                APIChange(
                    .breaking, source: true, path: path, "\(method) no longer returns `\(resultType)`, but its body",
                    at: endpoint.source))
        default:
            break
        }
    }

    /// The schemes whose credentials an operation accepts: ones an old client sends may no longer be.
    mutating func compareSecurity(_ earlier: EndpointSpec, _ endpoint: EndpointSpec, path: String) {
        let oldSecurity = (earlier.security ?? old.security).alternatives.map { $0.map(\.value) }
        let newSecurity = (endpoint.security ?? new.security).alternatives.map { $0.map(\.value) }
        guard oldSecurity != newSecurity else { return }
        let describe = { (alternatives: [[String]]) in
            alternatives.map { $0.isEmpty ? "none" : $0.joined(separator: "+") }.joined(separator: ", ")
        }
        add(
            APIChange(
                .warning, wire: true, path: path,
                "`\(after.method(endpoint.operationId))` accepts [\(describe(newSecurity))], not [\(describe(oldSecurity))]",
                at: endpoint.security?.source ?? endpoint.source))
    }

    /// The responses of one endpoint in both versions, matched by status: the result's type and
    /// media type, the documented headers, and the error bodies.
    mutating func compareResponses(_ earlier: EndpointSpec, _ endpoint: EndpointSpec, path: String) {
        let id = endpoint.operationId
        let method = "`\(after.method(id))`"
        let oldSuccess = earlier.successResponses.first
        if let response = endpoint.successResponses.first, oldSuccess?.body != response.body {
            let returns = { (symbols: SwiftSymbols, type: TypeExpression?) in
                symbols.returnType(id).map { "`\($0)`" } ?? "'\(type?.description ?? "nothing")'"
            }
            add(
                APIChange(
                    .breaking, source: true, wire: true, path: path + "." + response.status,
                    "\(method) returns \(returns(after, response.body)), not \(returns(before, oldSuccess?.body))",
                    at: response.source))
        } else if let oldSuccess, let response = endpoint.successResponses.first, oldSuccess.contentType != response.contentType {
            let swiftTypeChanged =
                Self.swiftShape(of: oldSuccess.body, as: oldSuccess.mediaKind)
                != Self.swiftShape(of: response.body, as: response.mediaKind)
            add(
                APIChange(
                    .breaking, source: swiftTypeChanged, wire: true, path: path + "." + response.status,
                    "\(method) receives its result as '\(response.contentType)', not '\(oldSuccess.contentType)'",
                    at: response.contentTypeSource ?? response.source))
        }
        let oldResponses = Dictionary(earlier.responses.map { ($0.status, $0) }, uniquingKeysWith: { first, _ in first })
        for response in endpoint.responses {
            guard let previous = oldResponses[response.status] else { continue }
            let responsePath = path + "." + response.status
            if response.isSuccess {
                // Headers are properties of the result type; when the method starts or stops
                // returning one, that change says it all.
                if ContextBuilderState.needsResultType(earlier), ContextBuilderState.needsResultType(endpoint) {
                    compareFields(previous.headers, response.headers, of: .result(id), path: responsePath + ".headers")
                }
            } else if !response.isRedirect, previous.body != response.body {
                // An old client reads the error body as the old type, and keeps it raw when that fails.
                add(
                    APIChange(
                        .warning, wire: true, path: responsePath,
                        "the \(response.status) error body of \(method) changed from '\(previous.body?.description ?? "nothing")' to '\(response.body?.description ?? "nothing")'",
                        at: response.bodySource ?? response.source))
            }
        }
    }

    /// What a body is in Swift, as far as its media type decides: text is a `String` and bytes
    /// are `Data` whatever the type says; JSON is the type's own Swift type.
    static func swiftShape(of type: TypeExpression?, as kind: MediaKind) -> String {
        switch (kind, type) {
        case (.text, _), (_, .string(format: nil)?): "String"
        case (.binary, _), (_, .string(format: .binary)?): "Data"
        default: type?.description ?? "nothing"
        }
    }

    /// The error body types across the API: each is a case of the API error's `Body`.
    mutating func compareErrorBodyTypes() {
        func errorBodies(_ spec: APISpec) -> [(type: TypeExpression, response: ResponseSpec)] {
            spec.endpoints.flatMap { endpoint in
                endpoint.errorResponses.compactMap { response in response.body.map { ($0, response) } }
            }
        }
        let errorBody = "`\(new.info.name.value)Error.Body`"
        let oldTypes = Set(errorBodies(old).map(\.type))
        let newTypes = Set(errorBodies(new).map(\.type))
        var reported: Set<TypeExpression> = []
        for (type, response) in errorBodies(old) where !newTypes.contains(type) && reported.insert(type).inserted {
            add(
                APIChange(
                    .breaking, source: true, path: "errors.\(type)",
                    "no response documents the error body '\(type)' any more: its case of \(errorBody) is gone",
                    at: response.bodySource ?? response.source))
        }
        for (type, response) in errorBodies(new) where !oldTypes.contains(type) && reported.insert(type).inserted {
            add(
                APIChange(
                    .warning, source: true, path: "errors.\(type)",
                    "\(errorBody) gained a case for '\(type)': exhaustive switches must handle it",
                    at: response.bodySource ?? response.source))
        }
    }
}
