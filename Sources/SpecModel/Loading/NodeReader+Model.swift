import YAMLLite

let modelKeys = [
    "description", "properties", "additionalProperties", "oneOf", "anyOf", "discriminator", "group", "deprecated",
    "type", "enum", "name",
]

extension NodeReader {
    /// Reads one model under `models`; nil when it is not a mapping or its enum type is unreadable.
    mutating func model(name: String, at location: SourceLocation, node: YAMLNode) -> ModelSpec? {
        // The description, for messages, is made only for a message.
        func what() -> String { "model '\(name)'" }
        guard let entries = mapping(node, what()) else { return nil }
        checkKeys(entries, allowed: modelKeys, in: what())
        func value(_ key: String) -> YAMLNode? { entries.value(forKey: key) }

        let shape: ModelSpec.Shape
        var typeSource: SourceRef?
        let unionKeys = entries.filter { $0.key.text == "oneOf" || $0.key.text == "anyOf" }
        if let unionEntry = unionKeys.first {
            // A union: no properties, enum or type of its own.
            for other in ["properties", "enum", "type", "additionalProperties"] where value(other) != nil {
                error("\(what()) has both '\(unionEntry.key.text)' and '\(other)'", at: unionEntry.keyLocation)
            }
            if unionKeys.count > 1 {
                error("\(what()) has both 'oneOf' and 'anyOf'", at: unionKeys[1].keyLocation)
            }
            let kind = UnionSpec.Kind(rawValue: unionEntry.key.text) ?? .oneOf
            var members: [Located<TypeExpression>] = []
            for node in sequence(unionEntry.value, "'\(kind.rawValue)' of \(what())") ?? [] {
                if let (type, source) = typeExpression(node, "a member of \(what())") {
                    members.append(Located(type, at: source))
                }
            }
            var discriminator: Discriminator?
            if let node = value("discriminator") { discriminator = self.discriminator(node, of: what()) }
            shape = .union(
                UnionSpec(kind: kind, source: ref(unionEntry.keyLocation), members: members, discriminator: discriminator))
        } else if let enumNode = value("enum") {
            // A named enum: `type: string` (the default) with `enum: [...]`.
            var type = TypeExpression.string(format: nil)
            if let typeNode = value("type") {
                guard let (parsed, source) = typeExpression(typeNode, "the type of \(what())") else { return nil }
                type = parsed
                typeSource = source
            }
            if value("properties") != nil {
                error("\(what()) has both 'enum' and 'properties'", at: location)
            }
            let values = sequence(enumNode, "'enum' of \(what())")?.compactMap { literal($0, "a value of \(what())") } ?? []
            shape = .enumeration(type, values: values)
        } else {
            if let typeNode = value("type"), typeNode.scalar?.text != "object" {
                error("\(what()) needs 'enum' when its type is not 'object'", at: typeNode.location)
            }
            let properties = value("properties").map { fields($0, kind: "property", owner: what()) } ?? []
            shape = .object(properties: properties)
        }
        if case .union = shape {} else if let entry = entries.first(where: { $0.key.text == "discriminator" }) {
            error("\(what()) has a 'discriminator' but no 'oneOf' or 'anyOf'", at: entry.keyLocation)
        }

        // `additionalProperties: T` keeps extra keys with values of type T; `true` is `any`, and
        // `false` (what a model without the key does) drops them.
        var additionalProperties: Located<TypeExpression>?
        if let node = value("additionalProperties") {
            if case .enumeration = shape {
                error("\(what()) is an enum, so it cannot have 'additionalProperties'", at: node.location)
            } else if case .union = shape {
                // Reported with the union's other keys.
            } else if let scalar = node.scalar, case .bool(let keeps) = scalar.coreValue {
                if keeps { additionalProperties = Located(.any, at: ref(node)) }
            } else if let (type, source) = typeExpression(node, "'additionalProperties' of \(what())") {
                additionalProperties = Located(type, at: source)
            }
        }

        var description: String?
        var group: Located<String>?
        var swiftName: Located<String>?
        var deprecated = false
        for entry in entries {
            let value = entry.value
            switch entry.key.text {
            case "description": description = string(value, "'description' of \(what())")
            case "group": group = locatedString(value, "'group' of \(what())")
            case "name": swiftName = locatedString(value, "'name' of \(what())")
            case "deprecated": deprecated = bool(value, "'deprecated' of \(what())") ?? false
            default: break
            }
        }
        return ModelSpec(
            name: name, source: ref(location), shape: shape, description: description, deprecated: deprecated,
            group: group, typeSource: typeSource, swiftName: swiftName, additionalProperties: additionalProperties)
    }
}

extension NodeReader {
    /// `discriminator: { property: type, mapping: { value: Model } }` of a union.
    mutating func discriminator(_ node: YAMLNode, of what: @autoclosure () -> String) -> Discriminator? {
        guard let entries = mapping(node, "'discriminator' of \(what())") else { return nil }
        checkKeys(entries, allowed: ["property", "mapping"], in: "'discriminator' of \(what())")
        guard let propertyNode = entries.value(forKey: "property") else {
            error("'discriminator' of \(what()) needs a 'property'", at: node.location)
            return nil
        }
        guard let property = locatedString(propertyNode, "'property' of the discriminator of \(what())") else { return nil }
        var mapping: [Discriminator.Mapping] = []
        if let mappingNode = entries.value(forKey: "mapping"),
            let mappingEntries = self.mapping(mappingNode, "'mapping' of the discriminator of \(what())")
        {
            for entry in mappingEntries {
                guard let model = locatedString(entry.value, "the model '\(entry.key.text)' selects") else { continue }
                mapping.append(
                    Discriminator.Mapping(value: Located(entry.key.text, at: ref(entry.keyLocation)), model: model))
            }
        }
        return Discriminator(property: property, mapping: mapping)
    }
}
