import SpecModel

extension ContextBuilderState {
    /// The API's security schemes, each named as a property of `Authentication`.
    mutating func securitySchemeContexts() -> [SecuritySchemeContext] {
        var reserved = [
            "none": "is the client without credentials", "description": "describes the credentials",
            "tokenProvider": "asks for a bearer token", "holds": "tells which credentials the client holds",
        ]
        if let flow = spec.tokenFlow { reserved[flow.name.value] = "is the token flow's credentials" }
        var scope = NameScope("the credentials of", of: "Authentication", reserved: reserved)
        var contexts: [SecuritySchemeContext] = []
        for scheme in spec.schemes {
            let label = SwiftNaming.memberName(scheme.name.value)
            scope.claim(label, for: scheme.name.value, at: scheme.name.source, diagnostics: &diagnostics)
            let (kind, location, keyName): (String, String?, String?) =
                switch scheme.kind {
                case .bearer: ("bearer", nil, nil)
                case .basic: ("basic", nil, nil)
                case .apiKey(let location, let name): ("apiKey", location.rawValue, name.value)
                }
            contexts.append(
                SecuritySchemeContext(
                    name: scheme.name.value, swiftName: SwiftNaming.escapedIdentifier(label), label: label, kind: kind,
                    location: location, keyName: keyName, description: scheme.description))
        }
        return contexts
    }

    /// An operation's requirement as the Swift value the client reads: its alternatives, each
    /// a list of `Authentication.Scheme` cases, `[[.bearer], []]`. The token flow's own
    /// operations send no credentials: they are how the client gets them.
    func securityLiteral(_ endpoint: EndpointSpec) -> String {
        if let flow = spec.tokenFlow,
            endpoint.operationId == flow.authenticate.value || endpoint.operationId == flow.refresh?.value
        {
            return "[[]]"
        }
        let requirement = endpoint.security ?? spec.security
        let alternatives = requirement.alternatives.map { alternative in
            "[" + alternative.map { "." + SwiftNaming.escapedIdentifier(SwiftNaming.memberName($0.value)) }.joined(separator: ", ") + "]"
        }
        return "[" + alternatives.joined(separator: ", ") + "]"
    }
}
