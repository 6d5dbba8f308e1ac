import YAMLLite

let topLevelKeys = ["api", "servers", "security", "groups", "models", "endpoints"]

extension NodeReader {
    /// Reads a whole spec file's tree.
    mutating func specFile(_ root: YAMLNode) -> SpecFileContents {
        var contents = SpecFileContents()
        guard let entries = mapping(root, "a spec file") else { return contents }
        checkKeys(entries, allowed: topLevelKeys, in: "a spec file")
        for entry in entries {
            let value = entry.value
            let keySource = ref(entry.keyLocation)
            switch entry.key.text {
            case "api":
                contents.info = apiInfo(value)
                contents.infoSource = keySource
            case "servers":
                contents.servers = Located(servers(value), at: keySource)
            case "security":
                if let scheme = securityScheme(value) { contents.security = Located(scheme, at: keySource) }
            case "groups":
                contents.groups = Located(groups(value), at: keySource)
            case "models":
                if let scalar = value.scalar, scalar.isNull { break }
                for model in mapping(value, "'models'") ?? [] {
                    // A model that cannot be read still exists by name, so that every use of it
                    // does not add an "unknown type" error to the one already reported.
                    contents.models.append(
                        self.model(name: model.key.text, at: model.keyLocation, node: model.value)
                            ?? ModelSpec(name: model.key.text, source: ref(model.keyLocation), shape: .object(properties: [])))
                }
            case "endpoints":
                if let scalar = value.scalar, scalar.isNull { break }
                for endpoint in mapping(value, "'endpoints'") ?? [] {
                    let (spec, inlineModels) = self.endpoint(
                        operationId: endpoint.key.text, at: endpoint.keyLocation, node: endpoint.value)
                    if let spec {
                        contents.endpoints.append(spec)
                        contents.models.append(contentsOf: inlineModels)
                    }
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
        var info = APIInfo(name: name)
        for entry in entries {
            switch entry.key.text {
            case "title": info.title = string(entry.value, "'title' of 'api'")
            case "version": info.version = string(entry.value, "'version' of 'api'")
            case "description": info.description = string(entry.value, "'description' of 'api'")
            default: break
            }
        }
        return info
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
            var server = ServerSpec(name: name, url: url)
            for entry in entries {
                switch entry.key.text {
                case "description": server.description = string(entry.value, "'description' of server '\(name.value)'")
                case "variables": server.variables = serverVariables(entry.value, server: name.value)
                default: break
                }
            }
            return server
        }
    }

    mutating func serverVariables(_ node: YAMLNode, server: String) -> [ServerVariable] {
        guard let entries = mapping(node, "the variables of server '\(server)'") else { return [] }
        return entries.compactMap { entry in
            let what = "variable '\(entry.key.text)' of server '\(server)'"
            var variable = ServerVariable(name: Located(entry.key.text, at: ref(entry.keyLocation)))
            if let scalar = entry.value.scalar, scalar.isNull { return variable }
            guard let fields = mapping(entry.value, what) else { return nil }
            checkKeys(fields, allowed: ["description", "default", "enum"], in: what)
            for field in fields {
                switch field.key.text {
                case "description": variable.description = string(field.value, "'description' of \(what)")
                case "default": variable.defaultValue = string(field.value, "'default' of \(what)")
                case "enum": variable.enumValues = stringList(field.value, "'enum' of \(what)")?.map(\.value)
                default: break
                }
            }
            return variable
        }
    }

    mutating func securityScheme(_ node: YAMLNode) -> SecurityScheme? {
        guard let text = string(node, "'security'") else { return nil }
        if let scheme = SecurityScheme(rawValue: text) { return scheme }
        error("unknown security scheme '\(text)'; expected 'bearer' or 'none'", at: node.location)
        return nil
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
            var group = GroupSpec(name: name)
            if let description = entries.first(where: { $0.key.text == "description" })?.value {
                group.description = string(description, "'description' of group '\(name.value)'")
            }
            return group
        }
    }
}
