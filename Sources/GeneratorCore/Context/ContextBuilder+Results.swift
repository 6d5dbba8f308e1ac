import SpecModel

extension ContextBuilderState {
    /// Whether an operation returns a result type rather than its body: when a success
    /// documents headers, or when its successes differ in body, content or headers.
    static func needsResultType(_ endpoint: EndpointSpec) -> Bool {
        let successes = endpoint.successResponses
        guard let first = successes.first else { return false }
        if successes.contains(where: { !$0.headers.isEmpty }) { return true }
        return successes.dropFirst().contains { $0.body != first.body || $0.mediaKind != first.mediaKind }
    }

    /// The result type of an operation that needs one, named `typeName`.
    func resultContext(_ endpoint: EndpointSpec, typeName: String, operationSymbol: String) -> ResultContext {
        let successes = Self.exactStatusesFirst(endpoint.successResponses)
        var caseNames = NameScope("the cases of", of: typeName)
        let cases = successes.map { response in
            let caseName = caseNames.claimFree(Self.statusCaseName(response.status), for: response.status, at: response.source)
            // The headers become constants beside `request`, `response` and `body`.
            var names = NameScope(
                "the headers of", of: typeName,
                reserved: ["request": "is the request", "response": "is the response", "body": "is the body"])
            let headers = response.headers.map { header in
                let name = names.claimFree(
                    header.swiftName ?? SwiftNaming.memberName(header.name), suffix: "Header", for: header.name,
                    at: header.nameSource)
                return fieldContext(
                    header, swiftName: name, required: header.required, nullable: false, enumTypeName: nil,
                    enumPrefix: nil, location: "response header")
            }
            return ResultCaseContext(
                status: response.status, statusPattern: Self.statusPattern(response), caseName: caseName, description: response.description,
                bodyType: response.body.map { mapper.swiftType($0) },
                bodyEncoding: response.body == nil ? nil : response.mediaKind.rawValue, headers: headers)
        }
        let kind = successes.count == 1 ? "struct" : "enum"
        return ResultContext(swiftName: typeName, kind: kind, cases: cases, operationSymbol: operationSymbol)
    }

    /// The `case` pattern a status matches in a `switch` over the status code: `201`,
    /// `200...299` for `2XX`, nil for `default`.
    static func statusPattern(_ response: ResponseSpec) -> String? {
        guard let range = response.statusRange else { return nil }
        return range.count == 1 ? String(range.lowerBound) : "\(range.lowerBound)...\(range.upperBound)"
    }

    /// A success status as a case name: `ok` for 200, `created` for 201, else `status207`.
    static func statusCaseName(_ status: String) -> String {
        switch status {
        case "200": "ok"
        case "201": "created"
        case "202": "accepted"
        case "203": "nonAuthoritativeInformation"
        case "204": "noContent"
        case "205": "resetContent"
        case "206": "partialContent"
        case "301": "movedPermanently"
        case "302": "found"
        case "303": "seeOther"
        case "304": "notModified"
        case "307": "temporaryRedirect"
        case "308": "permanentRedirect"
        case "default": "other"
        default: "status" + status
        }
    }
}
