import Foundation

extension SpecValidator {
    mutating func check(_ endpoint: EndpointSpec) {
        func owner() -> String { "endpoint '\(endpoint.operationId)'" }
        let method = endpoint.method
        if !Self.methods.contains(method.value) {
            error(
                "unknown method '\(method.value)'; expected one of \(Self.methods.joined(separator: ", "))"
                    + (Self.methods.contains(method.value.uppercased()) ? " (write it in upper case)" : ""),
                at: method.source)
        }
        if let group = endpoint.group {
            checkGroupExists(group)
        } else if !spec.groups.isEmpty {
            error(
                "\(owner()) has no 'group'; the spec declares groups, so every endpoint names one",
                at: endpoint.source)
        }
        let serversKnown = !serversUnreadable && !filesUnreadable
        for server in endpoint.servers where serversKnown && !serverNames.contains(server.value) {
            error(
                "unknown server '\(server.value)'" + Suggestions.hint(for: server.value, in: serverNames),
                at: server.source)
        }
        checkPath(of: endpoint)
        checkParameters(endpoint.headers, kind: "header", owner: owner())
        checkParameters(endpoint.query, kind: "query parameter", owner: owner())
        for header in endpoint.headers where !isHeaderName(header.name) {
            error("'\(header.name)' is not a valid HTTP header name", at: header.nameSource)
        }
        if let body = endpoint.body { checkType(body.type, at: body.typeSource) }
        checkResponses(of: endpoint)
    }

    /// The headers or the query parameters of an endpoint.
    private mutating func checkParameters(_ fields: [FieldSpec], kind: String, owner: @autoclosure () -> String) {
        checkUnique(fields, kind: kind, owner: owner(), caseInsensitive: kind == "header")
        for field in fields {
            check(field, owner: owner())
            checkParameterType(field, kind: kind)
        }
    }

    mutating func checkPath(of endpoint: EndpointSpec) {
        let path = endpoint.path
        func owner() -> String { "endpoint '\(endpoint.operationId)'" }
        if !path.value.hasPrefix("/") {
            error("path '\(path.value)' of \(owner()) must start with '/'", at: path.source)
        }
        if path.value.contains("?") || path.value.contains("#") {
            error(
                "path '\(path.value)' of \(owner()) must not hold a query or fragment; declare 'query:' parameters instead",
                at: path.source)
        }
        if path.value.filter({ $0 == "{" }).count != path.value.filter({ $0 == "}" }).count {
            error("path '\(path.value)' of \(owner()) has unbalanced braces", at: path.source)
            return
        }
        var seen: Set<String> = []
        for placeholder in endpoint.pathPlaceholders {
            if !seen.insert(placeholder.value).inserted {
                error("path parameter '{\(placeholder.value)}' occurs twice in the path", at: placeholder.source)
            }
            if placeholder.value.isEmpty {
                error("empty '{}' in path '\(path.value)'", at: placeholder.source)
            }
        }
        let parameters = endpoint.pathParameters
        checkUnique(parameters, kind: "path parameter", owner: owner())
        for parameter in parameters {
            let name = parameter.name
            if !seen.contains(name) {
                error("path parameter '\(name)' does not occur in path '\(path.value)'", at: parameter.nameSource)
            }
            check(parameter, owner: owner())
            checkParameterType(parameter, kind: "path parameter")
            if parameter.nullable {
                error("path parameter '\(name)' cannot be nullable", at: parameter.nameSource)
            }
            if case .array = parameter.type {
                error(
                    "path parameter '\(name)' must be a single value, not '\(parameter.type)'",
                    at: parameter.typeSource)
            }
        }
    }

    mutating func checkResponses(of endpoint: EndpointSpec) {
        func owner() -> String { "endpoint '\(endpoint.operationId)'" }
        let responses = endpoint.responses
        // Responses that could not be read were reported; counting what is left would only repeat that.
        let complete = !endpoint.unreadable.contains("responses")
        if responses.isEmpty, complete {
            error(
                "\(owner()) has no responses; declare at least one, as '200: {}' for success without a body",
                at: endpoint.source)
        }
        for response in responses {
            if let body = response.body, let source = response.bodySource { checkType(body, at: source) }
        }
        let successes = responses.filter(\.isSuccess)
        if !responses.isEmpty, successes.isEmpty, complete {
            error("\(owner()) has no success (2xx) response", at: endpoint.source)
        }
        // The generated method returns one type; success responses must agree on it.
        if let first = successes.first {
            for other in successes.dropFirst() where other.body != first.body {
                error(
                    "success responses of \(owner()) have different bodies ('\(first.body?.description ?? "none")' for \(first.status), '\(other.body?.description ?? "none")' for \(other.status)); one generated method returns one type",
                    at: other.source)
            }
        }
    }
}
