import SpecModel

extension SpecComparison {
    /// Which way a model's values travel: what the client sends, what it receives, or both.
    /// A change breaks old clients on the wire only in the direction it tightens: a property made
    /// required is refused when an old client leaves it out of a request, and a property made
    /// optional fails an old client that expects it in a response.
    struct Flow: Hashable {
        var inRequests: Bool
        var inResponses: Bool

        /// Neither: a model no endpoint uses.
        static let unused = Flow(inRequests: false, inResponses: false)
        /// Parameters are only ever sent.
        static let request = Flow(inRequests: true, inResponses: false)
        /// Response headers are only ever received.
        static let response = Flow(inRequests: false, inResponses: true)
    }

    /// The flow of every model in `specs`, by name: reached from a request body, or from a
    /// response body (errors included), through properties, arrays, maps, extra properties and
    /// union members. A model used in either version counts.
    static func modelFlows(_ specs: APISpec...) -> [String: Flow] {
        var flows: [String: Flow] = [:]
        for spec in specs {
            let models = Dictionary(spec.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            var requests = spec.endpoints.compactMap(\.body?.type)
            requests += spec.endpoints.flatMap { endpoint in
                (endpoint.pathParameters + endpoint.query + endpoint.headers + endpoint.cookies).map(\.type)
            }
            let responses = spec.endpoints.flatMap { $0.responses.compactMap(\.body) }
            for name in reachableModels(from: requests, in: models) {
                flows[name, default: .unused].inRequests = true
            }
            for name in reachableModels(from: responses, in: models) {
                flows[name, default: .unused].inResponses = true
            }
        }
        return flows
    }

    /// The names of the models `types` use, at any depth.
    static func reachableModels(from types: [TypeExpression], in models: [String: ModelSpec]) -> Set<String> {
        var found: Set<String> = []
        var pending = types.flatMap(\.referencedModels)
        while let name = pending.popLast() {
            guard found.insert(name).inserted, let model = models[name] else { continue }
            switch model.shape {
            case .object(let properties): pending += properties.flatMap(\.type.referencedModels)
            case .union(let union): pending += union.members.flatMap(\.value.referencedModels)
            case .enumeration: break
            }
            pending += model.additionalProperties?.value.referencedModels ?? []
        }
        return found
    }
}
