import YAMLLite

let modelKeys = ["description", "properties", "group", "deprecated", "type", "enum", "name"]

extension NodeReader {
    mutating func model(name: String, at location: SourceLocation, node: YAMLNode) -> ModelSpec? {
        let what = "model '\(name)'"
        guard let entries = mapping(node, what) else { return nil }
        checkKeys(entries, allowed: modelKeys, in: what)
        let value = { (key: String) in entries.first(where: { $0.key.text == key })?.value }

        let shape: ModelSpec.Shape
        var typeSource: SourceRef?
        if let enumNode = value("enum") {
            // A named enum: `type: string` (the default) with `enum: [...]`.
            var type = TypeExpression.string(format: nil)
            if let typeNode = value("type") {
                guard let (parsed, source) = typeExpression(typeNode, "the type of \(what)") else { return nil }
                type = parsed
                typeSource = source
            }
            if value("properties") != nil {
                error("\(what) has both 'enum' and 'properties'", at: location)
            }
            let values = sequence(enumNode, "'enum' of \(what)")?.compactMap { literal($0, "a value of \(what)") } ?? []
            shape = .enumeration(type, values: values)
        } else {
            if let typeNode = value("type"), typeNode.scalar?.text != "object" {
                error("\(what) needs 'enum' when its type is not 'object'", at: typeNode.location)
            }
            let properties = value("properties").map { fields($0, kind: "property", owner: what) } ?? []
            shape = .object(properties: properties)
        }

        var model = ModelSpec(name: name, source: ref(location), shape: shape)
        model.typeSource = typeSource
        for entry in entries {
            switch entry.key.text {
            case "description": model.description = string(entry.value, "'description' of \(what)")
            case "group": model.group = locatedString(entry.value, "'group' of \(what)")
            case "name": model.swiftName = locatedString(entry.value, "'name' of \(what)")
            case "deprecated": model.deprecated = bool(entry.value, "'deprecated' of \(what)") ?? false
            default: break
            }
        }
        return model
    }
}
