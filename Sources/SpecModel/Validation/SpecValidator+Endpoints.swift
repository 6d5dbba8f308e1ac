import Foundation

extension SpecValidator {
    /// Checks endpoint `index` of the spec, read in place.
    mutating func check(endpointAt index: Int) {
        // Messages name the endpoint by its id alone, so that is all they keep of it.
        let operationId = endpoints[index].operationId
        func owner() -> String { "endpoint '\(operationId)'" }
        let method = endpoints[index].method
        if !Self.methods.contains(method.value) {
            error(
                "unknown method '\(method.value)'; expected one of \(Self.methods.joined(separator: ", "))"
                    + (Self.methods.contains(method.value.uppercased()) ? " (write it in upper case)" : ""),
                at: method.source)
        }
        if let group = endpoints[index].group {
            checkGroupExists(group)
        } else if declaresGroups {
            error(
                "\(owner()) has no 'group'; the spec declares groups, so every endpoint names one",
                at: endpoints[index].source)
        }
        let serversKnown = !serversUnreadable && !filesUnreadable
        for server in endpoints[index].servers where serversKnown && !serverNames.contains(server.value) {
            error(
                "unknown server '\(server.value)'" + Suggestions.hint(for: server.value, in: serverNames),
                at: server.source)
        }
        checkPath(ofEndpointAt: index)
        if let security = endpoints[index].security { checkRequirement(security) }
        let headers = endpoints[index].headers
        checkParameters(headers, kind: "header", owner: owner())
        checkParameters(endpoints[index].query, kind: "query parameter", owner: owner())
        let cookies = endpoints[index].cookies
        checkParameters(cookies, kind: "cookie", owner: owner())
        for cookie in cookies.indices where !isHeaderName(cookies[cookie].name) {
            // A cookie's name is an HTTP token, as a header's is.
            error("'\(cookies[cookie].name)' is not a valid cookie name", at: cookies[cookie].nameSource)
        }
        for header in headers.indices where !isHeaderName(headers[header].name) {
            error("'\(headers[header].name)' is not a valid HTTP header name", at: headers[header].nameSource)
        }
        if let body = endpoints[index].body { checkBody(body, owner: owner()) }
        checkResponses(ofEndpointAt: index)
    }

    /// The headers or the query parameters of an endpoint.
    private mutating func checkParameters(_ fields: [FieldSpec], kind: String, owner: @autoclosure () -> String) {
        checkUnique(fields, kind: kind, owner: owner(), caseInsensitive: kind == "header")
        for index in fields.indices {
            check(fieldAt: index, in: fields, owner: owner())
            checkParameterType(ofFieldAt: index, in: fields, kind: kind)
        }
    }

    mutating func checkPath(ofEndpointAt endpoint: Int) {
        let path = endpoints[endpoint].path
        // Messages name the endpoint by its id alone, so that is all they keep of it.
        let operationId = endpoints[endpoint].operationId
        func owner() -> String { "endpoint '\(operationId)'" }
        if !path.value.hasPrefix("/") {
            error("path '\(path.value)' of \(owner()) must start with '/'", at: path.source)
        }
        let (holdsQueryOrFragment, hasBalancedBraces) = Self.queryAndBraces(of: path.value)
        if holdsQueryOrFragment {
            error(
                "path '\(path.value)' of \(owner()) must not hold a query or fragment; declare 'query:' parameters instead",
                at: path.source)
        }
        if !hasBalancedBraces {
            error("path '\(path.value)' of \(owner()) has unbalanced braces", at: path.source)
            return
        }
        // A path has a few placeholders: a list is searched for less than a set is hashed.
        var seen: [String] = []
        let placeholders = EndpointSpec.placeholders(
            in: endpoints[endpoint].pathParts, textStart: endpoints[endpoint].pathTextStart,
            pathSource: path.source)
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
        let parameters = endpoints[endpoint].pathParameters
        checkUnique(parameters, kind: "path parameter", owner: owner())
        for index in parameters.indices {
            let name = parameters[index].name
            if !seen.contains(name) {
                error(
                    "path parameter '\(name)' does not occur in path '\(path.value)'", at: parameters[index].nameSource)
            }
            check(fieldAt: index, in: parameters, owner: owner())
            checkParameterType(ofFieldAt: index, in: parameters, kind: "path parameter")
            if parameters[index].nullable {
                error("path parameter '\(name)' cannot be nullable", at: parameters[index].nameSource)
            }
        }
    }

    /// Whether `path` holds a `?` or a `#`, and whether it has as many `{` as `}` characters.
    ///
    /// An ASCII path, nearly every one, is read byte by byte from an array of its UTF-8. In
    /// another, a combining mark after `?` or `{` makes a different character, so characters
    /// are compared.
    static func queryAndBraces(of path: String) -> (holdsQueryOrFragment: Bool, hasBalancedBraces: Bool) {
        var isASCII = true
        var holdsQueryOrFragment = false
        var balance = 0
        for byte in Array(path.utf8) {
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "#"): holdsQueryOrFragment = true
            case UInt8(ascii: "{"): balance += 1
            case UInt8(ascii: "}"): balance -= 1
            case 0x80...: isASCII = false
            default: break
            }
        }
        if isASCII { return (holdsQueryOrFragment, balance == 0) }
        return (
            path.contains("?") || path.contains("#"),
            path.filter { $0 == "{" }.count == path.filter { $0 == "}" }.count
        )
    }

    mutating func checkResponses(ofEndpointAt endpoint: Int) {
        // Messages name the endpoint by its id alone, so that is all they keep of it.
        let operationId = endpoints[endpoint].operationId
        func owner() -> String { "endpoint '\(operationId)'" }
        let responses = endpoints[endpoint].responses
        // Responses that could not be read were reported; counting what is left would only repeat that.
        let complete = !endpoints[endpoint].unreadable.contains("responses")
        if responses.isEmpty, complete {
            error(
                "\(owner()) has no responses; declare at least one, as '200: {}' for success without a body",
                at: endpoints[endpoint].source)
        }
        // Responses are read in place.
        for index in responses.indices {
            if let body = responses[index].body, let source = responses[index].bodySource { checkType(body, at: source) }
            checkResponseContent(responses[index], owner: owner())
        }
        if !responses.isEmpty, endpoints[endpoint].successResponses.isEmpty, complete {
            error("\(owner()) has no success (2xx) response", at: endpoints[endpoint].source)
        }
        for index in responses.indices where !responses[index].headers.isEmpty {
            let headers = responses[index].headers
            let what = "the \(responses[index].status) response of \(owner())"
            checkUnique(headers, kind: "header", owner: what, caseInsensitive: true)
            for header in headers.indices {
                check(fieldAt: header, in: headers, owner: what)
                checkParameterType(ofFieldAt: header, in: headers, kind: "response header")
                checkResponseHeaderFacets(headers[header], what: "response header '\(headers[header].name)'")
                if !isHeaderName(headers[header].name) {
                    error("'\(headers[header].name)' is not a valid HTTP header name", at: headers[header].nameSource)
                }
            }
        }
    }
}

extension SpecValidator {
    /// A response header is read, never sent or checked: what only matters for sending it
    /// (a default, an enum, constraints) or for declaring a member (deprecation, nullability)
    /// would be ignored, so it is an error.
    mutating func checkResponseHeaderFacets(_ header: FieldSpec, what: @autoclosure () -> String) {
        var facets: [String] = []
        if header.defaultValue != nil { facets.append("default") }
        if header.enumValues != nil { facets.append("enum") }
        if header.nullable { facets.append("nullable") }
        if header.deprecated { facets.append("deprecated") }
        if header.hasConstraints { facets.append("constraints") }
        if header.sensitive != nil { facets.append("sensitive") }
        guard !facets.isEmpty else { return }
        error(
            "\(what()) cannot have \(facets.map { "'\($0)'" }.joined(separator: ", ")): the client only reads it "
                + "(its type, 'required', 'name' and 'description' apply)",
            at: header.nameSource)
    }
}
