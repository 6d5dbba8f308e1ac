import SpecModel
import TemplateEngine

extension ContextBuilderState {
    func serverCaseName(_ server: ServerSpec) -> String { SwiftNaming.memberName(server.name.value) }

    /// The case's DocC symbol path: `eu`, or `custom(domain:)` for a server with variables.
    func serverSymbol(_ server: ServerSpec) -> String {
        let labels = server.variables.map { SwiftNaming.memberName($0.name.value) + ":" }
        return serverCaseName(server) + (labels.isEmpty ? "" : "(" + labels.joined() + ")")
    }

    /// Each server becomes a case of the client's `Server` enum; its URL variables become the
    /// case's associated values, and the URL is split into literal text and variables.
    mutating func serverContexts() -> [TemplateValue] {
        var cases = NameScope("the cases of 'Server'", reserved: ["baseURL": "the Server enum declares"])
        return spec.servers.enumerated().map { index, server in
            let caseName = serverCaseName(server)
            cases.claim(caseName, for: server.name.value, at: server.name.source, diagnostics: &diagnostics)
            var variableScope = NameScope("the variables of server", of: server.name.value)
            let variables: [TemplateValue] = server.variables.map { variable in
                let swiftName = SwiftNaming.memberName(variable.name.value)
                variableScope.claim(swiftName, for: variable.name.value, at: variable.name.source, diagnostics: &diagnostics)
                return .object([
                    "name": .string(variable.name.value),
                    "swiftName": .string(SwiftNaming.escapedIdentifier(swiftName)),
                    "label": .string(swiftName),
                    "description": variable.description.map(TemplateValue.string) ?? .null,
                    "defaultLiteral": variable.defaultValue.map { .string(SwiftLiteral.string($0)) } ?? .null,
                ])
            }
            let names = Dictionary(
                server.variables.map { ($0.name.value, SwiftNaming.escapedIdentifier(SwiftNaming.memberName($0.name.value))) },
                uniquingKeysWith: { first, _ in first })
            return .object([
                "name": .string(server.name.value),
                "caseName": .string(SwiftNaming.escapedIdentifier(caseName)),
                "symbol": .string(serverSymbol(server)),
                "url": .string(server.url.value),
                "description": server.description.map(TemplateValue.string) ?? .null,
                "isDefault": .bool(index == 0),
                "variables": .array(variables),
                "hasVariables": .bool(!variables.isEmpty),
                "urlParts": .array(urlParts(server.url.value, variableNames: names)),
            ])
        }
    }

    /// `https://{domain}.frontegg.com/` → literal `https://`, variable `domain`, literal `.frontegg.com/`.
    func urlParts(_ url: String, variableNames: [String: String]) -> [TemplateValue] {
        TemplatedText.parts(url).map { part in
            switch part {
            case .literal(let text): .object(["isVariable": false, "text": .string(text)])
            case .placeholder(let name, _): .object(["isVariable": true, "text": .string(variableNames[name] ?? name)])
            }
        }
    }
}
