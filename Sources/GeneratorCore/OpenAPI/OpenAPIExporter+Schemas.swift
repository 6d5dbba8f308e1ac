import SpecModel

/// The schemas of an export: models, fields and type expressions as JSON Schema 2020-12, which
/// OpenAPI 3.1 uses.
extension OpenAPITranslator {
    func schema(for model: ModelSpec) -> DocumentObject {
        var schema = DocumentObject()
        if componentName(model.name) != model.name { schema["title"] = .string(model.name) }
        switch model.shape {
        case .object(let properties):
            schema["type"] = "object"
            schema["description"] = model.description.map(DocumentValue.string)
            if model.deprecated { schema["deprecated"] = true }
            if !properties.isEmpty {
                schema["properties"] = .object(DocumentObject(properties.map { ($0.name, .object(self.schema(for: $0, documented: true))) }))
            }
            let required = properties.filter(\.required).map { DocumentValue.string($0.name) }
            if !required.isEmpty { schema["required"] = .array(required) }
            if let additional = model.additionalProperties {
                schema["additionalProperties"] = .object(typeSchema(additional.value, nullable: false))
            }
        case .enumeration(let type, let values):
            for member in typeSchema(type, nullable: false).members { schema[member.key] = member.value }
            schema["description"] = model.description.map(DocumentValue.string)
            if model.deprecated { schema["deprecated"] = true }
            schema["enum"] = .array(values.map { Self.value($0.value) })
        case .union(let union):
            schema["description"] = model.description.map(DocumentValue.string)
            if model.deprecated { schema["deprecated"] = true }
            schema[union.kind.rawValue] = .array(union.members.map { .object(typeSchema($0.value, nullable: false)) })
            if let discriminator = union.discriminator {
                var object: DocumentObject = ["propertyName": .string(discriminator.property.value)]
                if !discriminator.mapping.isEmpty {
                    object["mapping"] = .object(
                        DocumentObject(
                            discriminator.mapping.map {
                                ($0.value.value, .string("#/components/schemas/" + componentName($0.model.value)))
                            }))
                }
                schema["discriminator"] = .object(object)
            }
        }
        return schema
    }

    /// A property's or parameter's schema. `documented` adds the description, deprecation and
    /// example, which a parameter carries itself.
    func schema(for field: FieldSpec, documented: Bool) -> DocumentObject {
        var schema = typeSchema(field.type, nullable: field.nullable)
        var enumValues = field.enumValues?.map { Self.value($0.value) }
        // An enum on an array constrains its items, as in the generated Swift.
        if case .array = field.type, let values = enumValues, var items = schema["items"]?.objectValue {
            items["enum"] = .array(values)
            schema["items"] = .object(items)
            enumValues = nil
        }
        if documented { schema["description"] = field.description.map(DocumentValue.string) }
        if var values = enumValues {
            // In JSON Schema, `null` passes `type: [string, "null"]` only if the enum lists it too.
            if field.nullable, !values.contains(.null) { values.append(.null) }
            schema["enum"] = .array(values)
        }
        schema["default"] = field.defaultValue.map { Self.value($0.value) }
        let constraints = field.constraints
        schema["minLength"] = constraints.minLength.map { .integer($0.value) }
        schema["maxLength"] = constraints.maxLength.map { .integer($0.value) }
        schema["pattern"] = constraints.pattern.map { .string($0.value) }
        schema["minimum"] = constraints.minimum.map { .number(preferringInteger: $0.value) }
        schema["maximum"] = constraints.maximum.map { .number(preferringInteger: $0.value) }
        schema["minItems"] = constraints.minItems.map { .integer($0.value) }
        schema["maxItems"] = constraints.maxItems.map { .integer($0.value) }
        // JSON Schema's keyword for the media type of a string's bytes.
        schema["contentMediaType"] = field.contentType.map { .string($0.value) }
        if field.isReadOnly { schema["readOnly"] = true }
        if field.isWriteOnly { schema["writeOnly"] = true }
        if documented {
            if field.deprecated { schema["deprecated"] = true }
            // OpenAPI 3.1 schemas are JSON Schema 2020-12, where `example` gave way to `examples`.
            schema["examples"] = field.example.map { [Self.value($0)] }
        }
        return schema
    }

    /// The schema of a type expression; `nullable` adds JSON Schema's `null` the 3.1 way.
    func typeSchema(_ type: TypeExpression, nullable: Bool) -> DocumentObject {
        func typed(_ name: String, format: String? = nil) -> DocumentObject {
            var schema: DocumentObject = ["type": nullable ? [.string(name), "null"] : .string(name)]
            schema["format"] = format.map(DocumentValue.string)
            return schema
        }
        switch type {
        case .string(let format): return typed("string", format: format?.rawValue)
        case .integer(let format): return typed("integer", format: format?.rawValue)
        case .number(let format): return typed("number", format: format?.rawValue)
        case .boolean: return typed("boolean")
        case .object: return typed("object")
        // The empty schema: any JSON value, `null` included.
        case .any: return [:]
        case .array(let element):
            var schema = typed("array")
            schema["items"] = .object(typeSchema(element, nullable: false))
            return schema
        case .map(let value):
            var schema = typed("object")
            schema["additionalProperties"] = .object(typeSchema(value, nullable: false))
            return schema
        case .model(let name):
            // Component names hold no `/` or `~`, so the name is a JSON Pointer token as it is.
            let reference: DocumentObject = ["$ref": .string("#/components/schemas/" + componentName(name))]
            // `type` cannot sit next to `$ref`, so a nullable reference is one of the two.
            return nullable ? ["anyOf": [.object(reference), ["type": "null"]]] : reference
        }
    }

    /// A literal typed as the spec wrote it: `300` an integer, `"300"` a string.
    static func value(_ literal: LiteralValue) -> DocumentValue {
        switch literal {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .integer(let integer): .integer(integer)
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        }
    }
}
