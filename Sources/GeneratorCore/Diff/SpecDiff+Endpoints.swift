import SpecModel

extension SpecDiff {
    static func compareEndpoints(_ old: APISpec, _ new: APISpec, into changes: inout [APIChange]) {
        let oldEndpoints = Dictionary(old.endpoints.map { ($0.operationId, $0) }, uniquingKeysWith: { first, _ in first })
        let newIds = Set(new.endpoints.map(\.operationId))
        for endpoint in old.endpoints where !newIds.contains(endpoint.operationId) {
            changes.append(
                APIChange(
                    .breaking, source: true, wire: true, path: "endpoints.\(endpoint.operationId)",
                    "removed operation: the method '\(SwiftNaming.memberName(endpoint.operationId))' is gone",
                    at: endpoint.source))
        }
        for endpoint in new.endpoints {
            let path = "endpoints.\(endpoint.operationId)"
            guard let before = oldEndpoints[endpoint.operationId] else {
                changes.append(
                    APIChange(
                        .info, path: path, "added operation '\(SwiftNaming.memberName(endpoint.operationId))'",
                        at: endpoint.source))
                continue
            }
            if before.method.value != endpoint.method.value || before.path.value != endpoint.path.value {
                changes.append(
                    APIChange(
                        .breaking, wire: true, path: path,
                        "moved from '\(before.method.value) \(before.path.value)' to '\(endpoint.method.value) \(endpoint.path.value)': old clients call the old route",
                        at: endpoint.path.source))
            }
            for (kind, oldFields, newFields) in [
                ("pathParameters", before.pathParameters, endpoint.pathParameters),
                ("headers", before.headers, endpoint.headers), ("cookies", before.cookies, endpoint.cookies),
                ("query", before.query, endpoint.query),
            ] {
                compareFields(oldFields, newFields, as: .parameter, flow: .request, path: path + "." + kind, into: &changes)
            }
            compareBodies(before.body, endpoint.body, path: path + ".body", at: endpoint.source, into: &changes)
            let resultType = SwiftNaming.upperCamelCase(endpoint.operationId) + "Result"
            switch (ContextBuilderState.needsResultType(before), ContextBuilderState.needsResultType(endpoint)) {
            case (false, true):
                changes.append(
                    APIChange(
                        .breaking, source: true, path: path + ".responses",
                        "the method now returns \(resultType) (its successes differ, or document headers)",
                        at: endpoint.source))
            case (true, false):
                changes.append(
                    APIChange(
                        .breaking, source: true, path: path + ".responses",
                        "the method no longer returns \(resultType), but its body", at: endpoint.source))
            default:
                break
            }
            let oldSecurity = (before.security ?? old.security).alternatives.map { $0.map(\.value) }
            let newSecurity = (endpoint.security ?? new.security).alternatives.map { $0.map(\.value) }
            if oldSecurity != newSecurity {
                // Credentials an old client sends may no longer be accepted.
                let describe = { (alternatives: [[String]]) in
                    alternatives.map { $0.isEmpty ? "none" : $0.joined(separator: "+") }.joined(separator: ", ")
                }
                changes.append(
                    APIChange(
                        .warning, wire: true, path: path + ".security",
                        "security changed from [\(describe(oldSecurity))] to [\(describe(newSecurity))]",
                        at: endpoint.security?.source ?? endpoint.source))
            }
            compareResponses(before, endpoint, path: path + ".responses", into: &changes)
        }
    }

    /// The responses of one endpoint in both versions, matched by status: the result's type and
    /// media type, the documented headers, and the error bodies.
    static func compareResponses(
        _ before: EndpointSpec, _ after: EndpointSpec, path: String, into changes: inout [APIChange]
    ) {
        let oldSuccess = before.successResponses.first
        if let response = after.successResponses.first, oldSuccess?.body != response.body {
            changes.append(
                APIChange(
                    .breaking, source: true, wire: true, path: path + "." + response.status,
                    "the result changed from '\(oldSuccess?.body?.description ?? "nothing")' to '\(response.body?.description ?? "nothing")'",
                    at: response.source))
        } else if let oldSuccess, let response = after.successResponses.first, oldSuccess.contentType != response.contentType {
            let swiftTypeChanged =
                swiftShape(of: oldSuccess.body, as: oldSuccess.mediaKind) != swiftShape(of: response.body, as: response.mediaKind)
            changes.append(
                APIChange(
                    .breaking, source: swiftTypeChanged, wire: true, path: path + "." + response.status,
                    "the result is sent as '\(response.contentType)', not '\(oldSuccess.contentType)'",
                    at: response.contentTypeSource ?? response.source))
        }
        let oldResponses = Dictionary(before.responses.map { ($0.status, $0) }, uniquingKeysWith: { first, _ in first })
        for response in after.responses {
            guard let old = oldResponses[response.status] else { continue }
            let responsePath = path + "." + response.status
            if response.isSuccess {
                // Headers are properties of the result type; when the method starts or stops
                // returning one, that change says it all.
                if ContextBuilderState.needsResultType(before), ContextBuilderState.needsResultType(after) {
                    compareFields(
                        old.headers, response.headers, as: .responseHeader, flow: .response,
                        path: responsePath + ".headers", into: &changes)
                }
            } else if !response.isRedirect, old.body != response.body {
                // An old client reads the error body as the old type, and keeps it raw when that fails.
                changes.append(
                    APIChange(
                        .warning, wire: true, path: responsePath,
                        "the error body changed from '\(old.body?.description ?? "nothing")' to '\(response.body?.description ?? "nothing")'",
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
    static func compareErrorBodyTypes(_ old: APISpec, _ new: APISpec, into changes: inout [APIChange]) {
        func errorBodies(_ spec: APISpec) -> [(type: TypeExpression, response: ResponseSpec)] {
            spec.endpoints.flatMap { endpoint in
                endpoint.errorResponses.compactMap { response in response.body.map { ($0, response) } }
            }
        }
        let oldTypes = Set(errorBodies(old).map(\.type))
        let newTypes = Set(errorBodies(new).map(\.type))
        var reported: Set<TypeExpression> = []
        for (type, response) in errorBodies(old) where !newTypes.contains(type) && reported.insert(type).inserted {
            changes.append(
                APIChange(
                    .breaking, source: true, path: "errors.\(type)",
                    "no response documents the error body '\(type)' any more: its case of the error's Body is gone",
                    at: response.bodySource ?? response.source))
        }
        for (type, response) in errorBodies(new) where !oldTypes.contains(type) && reported.insert(type).inserted {
            changes.append(
                APIChange(
                    .warning, source: true, path: "errors.\(type)",
                    "added error body '\(type)': exhaustive switches over the error's Body must handle its case",
                    at: response.bodySource ?? response.source))
        }
    }

    /// A request body: its type, and whether one must be sent.
    static func compareBodies(
        _ old: BodySpec?, _ new: BodySpec?, path: String, at source: SourceRef, into changes: inout [APIChange]
    ) {
        switch (old, new) {
        case (nil, nil):
            return
        case (nil, let body?):
            changes.append(
                APIChange(
                    body.required ? .breaking : .info, source: body.required, wire: body.required, path: path,
                    body.required ? "added a required body: every call must pass it" : "added an optional body",
                    at: body.source))
        case (_?, nil):
            changes.append(
                APIChange(.breaking, source: true, path: path, "removed the body: calls that pass it stop compiling", at: source))
        case (let before?, let after?):
            if before.type != after.type {
                changes.append(
                    APIChange(
                        .breaking, source: true, wire: true, path: path,
                        "the body changed from '\(before.type)' to '\(after.type)'", at: after.typeSource))
            }
            if before.contentType != after.contentType {
                changes.append(
                    APIChange(
                        .breaking, wire: true, path: path,
                        "the body is sent as '\(after.contentType)', not '\(before.contentType)'", at: after.source))
            }
        }
    }
}
