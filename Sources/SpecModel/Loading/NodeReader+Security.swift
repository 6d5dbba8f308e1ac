import YAMLLite

extension NodeReader {
    /// `securitySchemes:`: each scheme by name, `{ type: bearer }`, `{ type: basic }` or
    /// `{ type: apiKey, in: header, name: x-access-token }`.
    mutating func securitySchemes(_ node: YAMLNode) -> [SecuritySchemeSpec] {
        var schemes: [SecuritySchemeSpec] = []
        for entry in mapping(node, "'securitySchemes'") ?? [] {
            let name = Located(entry.key.text, at: ref(entry.keyLocation))
            let what = "security scheme '\(name.value)'"
            guard let fields = mapping(entry.value, what) else { continue }
            checkKeys(fields, allowed: ["type", "in", "name", "description"], in: what)
            func value(_ key: String) -> YAMLNode? { fields.value(forKey: key) }
            guard let typeNode = value("type") else {
                error("\(what) needs a 'type': bearer, basic or apiKey", at: entry.value.location)
                continue
            }
            guard let type = string(typeNode, "the type of \(what)") else { continue }
            let description = value("description").flatMap { string($0, "'description' of \(what)") }
            switch type {
            case "bearer", "basic":
                for key in ["in", "name"] where value(key) != nil {
                    error("\(what) is '\(type)', so it takes no '\(key)'", at: typeNode.location)
                }
                schemes.append(
                    SecuritySchemeSpec(name: name, kind: type == "bearer" ? .bearer : .basic, description: description))
            case "apiKey":
                guard let inNode = value("in"), let keyNameNode = value("name") else {
                    error("\(what) is 'apiKey', so it needs 'in' (header, query or cookie) and 'name'", at: typeNode.location)
                    continue
                }
                guard let inText = string(inNode, "'in' of \(what)"), let keyName = locatedString(keyNameNode, "'name' of \(what)")
                else { continue }
                guard let location = SecuritySchemeSpec.KeyLocation(rawValue: inText) else {
                    error("'in' of \(what) is '\(inText)'; expected header, query or cookie", at: inNode.location)
                    continue
                }
                schemes.append(
                    SecuritySchemeSpec(
                        name: name, kind: .apiKey(location: location, name: keyName), description: description))
            default:
                let kinds = ["bearer", "basic", "apiKey"]
                error(
                    "unknown type '\(type)' of \(what); expected bearer, basic or apiKey" + Suggestions.hint(for: type, in: kinds),
                    at: typeNode.location)
            }
        }
        return schemes
    }

    /// `security:` of the API or an endpoint: a scheme name or `none`, or a list of alternatives,
    /// each a name, `none`, or a list of names sent together (`[bearer, none]`, `[[vendor, key]]`).
    mutating func securityRequirement(_ node: YAMLNode) -> SecurityRequirement? {
        if node.scalar != nil {
            guard let name = locatedString(node, "'security'") else { return nil }
            return SecurityRequirement(alternatives: [name.value == "none" ? [] : [name]], source: ref(node))
        }
        guard let items = sequence(node, "'security'") else { return nil }
        var alternatives: [[Located<String>]] = []
        for item in items {
            if item.scalar != nil {
                guard let name = locatedString(item, "a 'security' alternative") else { continue }
                alternatives.append(name.value == "none" ? [] : [name])
            } else if let names = sequence(item, "a 'security' alternative") {
                alternatives.append(names.compactMap { locatedString($0, "a scheme of a 'security' alternative") })
            }
        }
        if alternatives.isEmpty {
            error("'security' lists no scheme; write 'none' for no credentials", at: node.location)
            return nil
        }
        return SecurityRequirement(alternatives: alternatives, source: ref(node))
    }
}
