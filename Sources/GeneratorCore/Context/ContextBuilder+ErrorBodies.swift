import SpecModel

extension ContextBuilderState {
    /// The API's documented error body types, each a case of its error's `Body` enum, named after
    /// the Swift type (`notFoundError`, `stringArray`), in the order the endpoints first use them.
    func errorBodyContexts() -> [ErrorBodyContext] {
        var scope = NameScope("the cases of", of: errorName + ".Body")
        var seen: Set<String> = []
        var bodies: [ErrorBodyContext] = []
        for endpoint in spec.endpoints {
            for response in endpoint.errorResponses {
                guard let type = errorBodySwiftType(response), seen.insert(type).inserted, let body = response.body else {
                    continue
                }
                let name = scope.claimFree(
                    unionCaseName(response.mediaKind == .text ? .string(format: nil) : body), for: type,
                    at: response.bodySource ?? response.source)
                bodies.append(ErrorBodyContext(caseName: SwiftNaming.escapedIdentifier(name), swiftType: type))
            }
        }
        return bodies
    }

    /// The Swift type an error response's body is read as.
    func errorBodySwiftType(_ response: ResponseSpec) -> String? {
        guard let body = response.body else { return nil }
        return switch response.mediaKind {
        case .text: "String"
        case .binary: "Data"
        default: mapper.swiftType(body)
        }
    }

    /// Responses in the order a `switch` over their statuses must test them, since it takes the
    /// first case that matches: exact statuses, then ranges (`4XX`), then `default`.
    static func exactStatusesFirst(_ responses: [ResponseSpec]) -> [ResponseSpec] {
        responses.sorted { ($0.statusRange?.count ?? 1000) < ($1.statusRange?.count ?? 1000) }
    }

    /// An operation's documented error responses, exact statuses first, then ranges, then `default`.
    func errorCaseContexts(_ endpoint: EndpointSpec, bodies: [ErrorBodyContext]) -> [ErrorCaseContext] {
        return Self.exactStatusesFirst(endpoint.errorResponses).compactMap { response in
            guard let type = errorBodySwiftType(response), let body = bodies.first(where: { $0.swiftType == type }) else {
                return nil
            }
            return ErrorCaseContext(
                statusPattern: Self.statusPattern(response), caseName: body.caseName, swiftType: type,
                encoding: response.mediaKind.rawValue)
        }
    }
}
