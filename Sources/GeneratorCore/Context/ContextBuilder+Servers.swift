import SpecModel

extension ContextBuilderState {
    func serverCaseName(_ server: ServerSpec) -> String { SwiftNaming.memberName(server.name.value) }

    /// The case's DocC symbol path: `eu`, `custom(domain:)` for a server with variables, or
    /// `main(origin:)` for a relative one.
    func serverSymbol(_ server: ServerSpec) -> String {
        let labels = (server.isRelative ? ["origin:"] : []) + server.variables.map { SwiftNaming.memberName($0.name.value) + ":" }
        return serverCaseName(server) + (labels.isEmpty ? "" : "(" + labels.joined() + ")")
    }

    /// Each server becomes a case of the client's `Server` enum; its URL variables become the
    /// case's associated values, and the URL is split into literal text and variables.
    mutating func serverContexts() -> [ServerContext] {
        var cases = NameScope("the cases of 'Server'", reserved: ["baseURL": "the Server enum declares"])
        return spec.servers.enumerated().map { index, server in
            let caseName = serverCaseName(server)
            cases.claim(caseName, for: server.name.value, at: server.name.source, diagnostics: &diagnostics)
            var variableScope = NameScope(
                "the variables of server", of: server.name.value,
                reserved: server.isRelative ? ["origin": "is the origin a relative server's path is joined to"] : [:])
            let variables = server.variables.map { variable in
                let swiftName = SwiftNaming.memberName(variable.name.value)
                variableScope.claim(swiftName, for: variable.name.value, at: variable.name.source, diagnostics: &diagnostics)
                return ServerVariableContext(
                    name: variable.name.value, swiftName: SwiftNaming.escapedIdentifier(swiftName), label: swiftName,
                    description: variable.description, defaultLiteral: variable.defaultValue.map(SwiftLiteral.string))
            }
            // The first variable of a name wins, as in the case's associated values.
            var variableNames: [String: String] = [:]
            for variable in variables where variableNames[variable.name] == nil {
                variableNames[variable.name] = variable.swiftName
            }
            return ServerContext(
                name: server.name.value, caseName: SwiftNaming.escapedIdentifier(caseName), symbol: serverSymbol(server),
                url: server.url.value, description: server.description, isDefault: index == 0,
                isRelative: server.isRelative, variables: variables,
                urlParts: urlParts(server.url.value, variableNames: variableNames))
        }
    }

    /// `https://{domain}.frontegg.com/` → literal `https://`, variable `domain`, literal `.frontegg.com/`.
    func urlParts(_ url: String, variableNames: [String: String]) -> [URLPartContext] {
        TemplatedText.parts(url).map { part in
            switch part {
            case .literal(let text): URLPartContext(isVariable: false, text: text)
            case .placeholder(let name, _): URLPartContext(isVariable: true, text: variableNames[name] ?? name)
            }
        }
    }
}
