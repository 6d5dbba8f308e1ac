import YAMLLite

let modelKeys = ["description", "properties", "group", "deprecated", "type", "enum", "name"]

extension NodeReader {
    mutating func model(name: String, at location: SourceLocation, node: YAMLNode) -> ModelSpec? {
        // The description, for messages, is made only for a message.
        func what() -> String { "model '\(name)'" }
        guard let entries = mapping(node, what()) else { return nil }
        checkKeys(entries, allowed: modelKeys, in: what())
        func value(_ key: String) -> YAMLNode? { entries.value(forKey: key) }

        let shape: ModelSpec.Shape
        var typeSource: SourceRef?
        if let enumNode = value("enum") {
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

        var model = ModelSpec(name: name, source: ref(location), shape: shape)
        model.typeSource = typeSource
        for index in entries.indices {
            let value = entries[index].value
            switch entries[index].key.text {
            case "description": model.description = string(value, "'description' of \(what())")
            case "group": model.group = locatedString(value, "'group' of \(what())")
            case "name": model.swiftName = locatedString(value, "'name' of \(what())")
            case "deprecated": model.deprecated = bool(value, "'deprecated' of \(what())") ?? false
            default: break
            }
        }
        return model
    }
}
