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
                compareFields(oldFields, newFields, as: .parameter, path: path + "." + kind, into: &changes)
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
            let oldSuccess = before.successResponses.first?.body
            let newSuccess = endpoint.successResponses.first?.body
            if oldSuccess != newSuccess, let response = endpoint.successResponses.first {
                changes.append(
                    APIChange(
                        .breaking, source: true, wire: true, path: path + ".responses." + response.status,
                        "the result changed from '\(oldSuccess?.description ?? "nothing")' to '\(newSuccess?.description ?? "nothing")'",
                        at: response.source))
            }
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
