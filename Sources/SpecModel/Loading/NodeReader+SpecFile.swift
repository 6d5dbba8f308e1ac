import YAMLLite

let topLevelKeys = ["api", "servers", "securitySchemes", "security", "groups", "models", "endpoints"]

extension NodeReader {
    /// Reads a whole spec file's tree; its models and endpoints are appended to `items`.
    mutating func specFile(_ root: YAMLNode, items: inout SpecItems) -> SpecFileContents {
        var contents = SpecFileContents()
        guard let entries = mapping(root, "a spec file") else { return contents }
        checkKeys(entries, allowed: topLevelKeys, in: "a spec file")
        for entry in entries {
            let value = entry.value
            let keySource = ref(entry.keyLocation)
            let errorsBefore = diagnostics.diagnostics.count
            defer {
                if diagnostics.diagnostics.count > errorsBefore { contents.unreadable.insert(entry.key.text) }
            }
            switch entry.key.text {
            case "api":
                contents.info = apiInfo(value)
                contents.infoSource = keySource
            case "servers":
                contents.servers = Located(servers(value), at: keySource)
            case "securitySchemes":
                contents.securitySchemes = Located(securitySchemes(value), at: keySource)
            case "security":
                if value.mapping != nil {
                    let (requirement, flow) = securitySection(value)
                    if let requirement { contents.security = Located(requirement, at: keySource) }
                    contents.tokenFlow = flow
                } else if let requirement = securityRequirement(value) {
                    contents.security = Located(requirement, at: keySource)
                }
            case "groups":
                contents.groups = Located(groups(value), at: keySource)
            case "models":
                if let scalar = value.scalar, scalar.isNull { break }
                for entry in mapping(value, "'models'") ?? [] {
                    let name = entry.key.text
                    // A model that cannot be read still exists by name, so that every use of it
                    // does not add an "unknown type" error to the one already reported.
                    items.models.append(
                        model(name: name, at: entry.keyLocation, node: entry.value)
                            ?? ModelSpec(name: name, source: ref(entry.keyLocation), shape: .object(properties: [])))
                }
            case "endpoints":
                if let scalar = value.scalar, scalar.isNull { break }
                for entry in mapping(value, "'endpoints'") ?? [] {
                    // An endpoint's inline models go straight to the models, after the ones before.
                    endpoint(operationId: entry.key.text, at: entry.keyLocation, node: entry.value, items: &items)
                }
            default:
                break
            }
        }
        return contents
    }

    mutating func apiInfo(_ node: YAMLNode) -> APIInfo? {
        guard let entries = mapping(node, "'api'") else { return nil }
        checkKeys(entries, allowed: ["name", "title", "version", "description"], in: "'api'")
        guard let nameEntry = entries.first(where: { $0.key.text == "name" }) else {
            error("'api' has no 'name'", at: node.location)
            return nil
        }
        guard let name = locatedString(nameEntry.value, "'name' of 'api'") else { return nil }
        var title: String?
        var version: String?
        var description: String?
        for entry in entries {
            switch entry.key.text {
            case "title": title = string(entry.value, "'title' of 'api'")
            case "version": version = string(entry.value, "'version' of 'api'")
            case "description": description = string(entry.value, "'description' of 'api'")
            default: break
            }
        }
        return APIInfo(name: name, title: title, version: version, description: description)
    }

    mutating func servers(_ node: YAMLNode) -> [ServerSpec] {
        guard let items = sequence(node, "'servers'") else { return [] }
        return items.compactMap { item -> ServerSpec? in
            guard let entries = mapping(item, "a server") else { return nil }
            checkKeys(entries, allowed: ["name", "url", "description", "variables"], in: "a server")
            guard let nameNode = entries.first(where: { $0.key.text == "name" })?.value,
                let urlNode = entries.first(where: { $0.key.text == "url" })?.value
            else {
                error("a server needs a 'name' and a 'url'", at: item.location)
                return nil
            }
            guard let name = locatedString(nameNode, "the server's 'name'"),
                let url = locatedString(urlNode, "the 'url' of server '\(nameNode.scalar?.text ?? "")'")
            else { return nil }
            var description: String?
            var variables: [ServerVariable] = []
            for entry in entries {
                switch entry.key.text {
                case "description": description = string(entry.value, "'description' of server '\(name.value)'")
                case "variables": variables = serverVariables(entry.value, server: name.value)
                default: break
                }
            }
            return ServerSpec(name: name, url: url, description: description, variables: variables)
        }
    }

    mutating func serverVariables(_ node: YAMLNode, server: String) -> [ServerVariable] {
        guard let entries = mapping(node, "the variables of server '\(server)'") else { return [] }
        return entries.compactMap { entry in
            let what = "variable '\(entry.key.text)' of server '\(server)'"
            let name = Located(entry.key.text, at: ref(entry.keyLocation))
            if let scalar = entry.value.scalar, scalar.isNull { return ServerVariable(name: name) }
            guard let fields = mapping(entry.value, what) else { return nil }
            checkKeys(fields, allowed: ["description", "default", "enum"], in: what)
            var description: String?
            var defaultValue: String?
            var enumValues: [String]?
            for field in fields {
                switch field.key.text {
                case "description": description = string(field.value, "'description' of \(what)")
                case "default": defaultValue = string(field.value, "'default' of \(what)")
                case "enum": enumValues = stringList(field.value, "'enum' of \(what)")?.map(\.value)
                default: break
                }
            }
            return ServerVariable(name: name, description: description, defaultValue: defaultValue, enumValues: enumValues)
        }
    }

    /// `security: { scheme: bearer, tokenFlow: { ... } }`.
    mutating func securitySection(_ node: YAMLNode) -> (SecurityRequirement?, TokenFlowSpec?) {
        guard let entries = mapping(node, "'security'") else { return (nil, nil) }
        checkKeys(entries, allowed: ["scheme", "tokenFlow"], in: "'security'")
        var scheme: SecurityRequirement?
        if let schemeNode = entries.first(where: { $0.key.text == "scheme" })?.value {
            scheme = securityRequirement(schemeNode)
        } else {
            error("'security' needs a 'scheme'", at: node.location)
        }
        guard let flowEntry = entries.first(where: { $0.key.text == "tokenFlow" }) else { return (scheme, nil) }
        let what = "'tokenFlow'"
        guard let fields = mapping(flowEntry.value, what) else { return (scheme, nil) }
        let keys = ["name", "authenticate", "refresh", "accessToken", "refreshToken", "expiresIn", "refreshTokenField"]
        checkKeys(fields, allowed: keys, in: what)
        var values: [String: Located<String>] = [:]
        for field in fields where keys.contains(field.key.text) {
            values[field.key.text] = locatedString(field.value, "'\(field.key.text)' of \(what)")
        }
        let present = Set(fields.map(\.key.text))
        let missing = ["name", "authenticate", "accessToken", "expiresIn"].filter { !present.contains($0) }
        if !missing.isEmpty {
            error("\(what) needs \(missing.map { "'\($0)'" }.joined(separator: ", "))", at: flowEntry.value.location)
        }
        guard let name = values["name"], let authenticate = values["authenticate"],
            let accessToken = values["accessToken"], let expiresIn = values["expiresIn"]
        else { return (scheme, nil) }
        let flow = TokenFlowSpec(
            source: ref(flowEntry.keyLocation), name: name, authenticate: authenticate, refresh: values["refresh"],
            accessToken: accessToken, refreshToken: values["refreshToken"], expiresIn: expiresIn,
            refreshTokenField: values["refreshTokenField"])
        return (scheme, flow)
    }

    mutating func groups(_ node: YAMLNode) -> [GroupSpec] {
        guard let items = sequence(node, "'groups'") else { return [] }
        return items.compactMap { item -> GroupSpec? in
            // A bare name is enough: `- Users`.
            if item.scalar != nil {
                return locatedString(item, "a group").map { GroupSpec(name: $0) }
            }
            guard let entries = mapping(item, "a group") else { return nil }
            checkKeys(entries, allowed: ["name", "description"], in: "a group")
            guard let nameNode = entries.first(where: { $0.key.text == "name" })?.value else {
                error("a group needs a 'name'", at: item.location)
                return nil
            }
            guard let name = locatedString(nameNode, "the group's 'name'") else { return nil }
            var description: String?
            if let descriptionNode = entries.first(where: { $0.key.text == "description" })?.value {
                description = string(descriptionNode, "'description' of group '\(name.value)'")
            }
            return GroupSpec(name: name, description: description)
        }
    }
}
