extension SpecValidator {
    mutating func check(endpointAt index: Int) {
        // Fields are read where used: binding the whole endpoint would copy it (see `run`).
        let operationId = spec.endpoints[index].operationId
        func owner() -> String { "endpoint '\(operationId)'" }
        let method = spec.endpoints[index].method
        if !Self.methods.contains(method.value) {
            error(
                "unknown method '\(method.value)'; expected one of \(Self.methods.joined(separator: ", "))"
                    + (Self.methods.contains(method.value.uppercased()) ? " (write it in upper case)" : ""),
                at: method.source)
        }
        if let group = spec.endpoints[index].group {
            checkGroupExists(group)
        } else if !spec.groups.isEmpty {
            error(
                "\(owner()) has no 'group'; the spec declares groups, so every endpoint names one",
                at: spec.endpoints[index].source)
        }
        let serversKnown = !serversUnreadable && !filesUnreadable
        for server in spec.endpoints[index].servers where serversKnown && !serverNames.contains(server.value) {
            error(
                "unknown server '\(server.value)'" + Suggestions.hint(for: server.value, in: serverNames),
                at: server.source)
        }
        checkPath(endpointAt: index)
        let headers = spec.endpoints[index].headers
        checkParameters(headers, kind: "header", owner: owner())
        checkParameters(spec.endpoints[index].query, kind: "query parameter", owner: owner())
        for index in headers.indices where !isHeaderName(headers[index].name) {
            error("'\(headers[index].name)' is not a valid HTTP header name", at: headers[index].nameSource)
        }
        if let body = spec.endpoints[index].body { checkType(body.type, at: body.typeSource) }
        checkResponses(endpointAt: index)
    }

    /// The headers or the query parameters of an endpoint.
    private mutating func checkParameters(_ fields: [FieldSpec], kind: String, owner: @autoclosure () -> String) {
        checkUnique(fields, kind: kind, owner: owner(), caseInsensitive: kind == "header")
        for index in fields.indices {
            check(fields, at: index, owner: owner())
            checkParameterType(fields, at: index, kind: kind)
        }
    }

    mutating func checkPath(endpointAt index: Int) {
        let path = spec.endpoints[index].path
        let operationId = spec.endpoints[index].operationId
        func owner() -> String { "endpoint '\(operationId)'" }
        if !path.value.hasPrefix("/") {
            error("path '\(path.value)' of \(owner()) must start with '/'", at: path.source)
        }
        let text = PathText(path.value)
        if text.containsQueryOrFragment {
            error(
                "path '\(path.value)' of \(owner()) must not hold a query or fragment; declare 'query:' parameters instead",
                at: path.source)
        }
        if !text.hasBalancedBraces {
            error("path '\(path.value)' of \(owner()) has unbalanced braces", at: path.source)
            return
        }
        let placeholders = spec.endpoints[index].pathPlaceholders
        // A path has a few placeholders: an array is searched faster than a set is hashed.
        var seen: [String] = []
        for placeholder in placeholders {
            if seen.contains(placeholder.value) {
                error("path parameter '{\(placeholder.value)}' occurs twice in the path", at: placeholder.source)
            } else {
                seen.append(placeholder.value)
            }
            if placeholder.value.isEmpty {
                error("empty '{}' in path '\(path.value)'", at: placeholder.source)
            }
        }
        let parameters = spec.endpoints[index].pathParameters
        checkUnique(parameters, kind: "path parameter", owner: owner())
        for index in parameters.indices {
            let name = parameters[index].name
            if !seen.contains(name) {
                error(
                    "path parameter '\(name)' does not occur in path '\(path.value)'", at: parameters[index].nameSource)
            }
            check(parameters, at: index, owner: owner())
            checkParameterType(parameters, at: index, kind: "path parameter")
            if parameters[index].nullable {
                error("path parameter '\(name)' cannot be nullable", at: parameters[index].nameSource)
            }
            if case .array = parameters[index].type {
                error(
                    "path parameter '\(name)' must be a single value, not '\(parameters[index].type)'",
                    at: parameters[index].typeSource)
            }
        }
    }

    mutating func checkResponses(endpointAt index: Int) {
        let operationId = spec.endpoints[index].operationId
        func owner() -> String { "endpoint '\(operationId)'" }
        let responses = spec.endpoints[index].responses
        // Responses that could not be read were reported; counting what is left would only repeat that.
        let complete = !spec.endpoints[index].unreadable.contains("responses")
        if responses.isEmpty, complete {
            error(
                "\(owner()) has no responses; declare at least one, as '200: {}' for success without a body",
                at: spec.endpoints[index].source)
        }
        for response in responses {
            if let body = response.body, let source = response.bodySource { checkType(body, at: source) }
        }
        let successes = responses.filter(\.isSuccess)
        if !responses.isEmpty, successes.isEmpty, complete {
            error("\(owner()) has no success (2xx) response", at: spec.endpoints[index].source)
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
