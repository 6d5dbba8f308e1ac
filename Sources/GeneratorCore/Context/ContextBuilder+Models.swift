import SpecModel

extension ContextBuilderState {
    mutating func buildModelContext(_ model: ModelSpec) -> ModelContext {
        let swiftName = mapper.modelTypeNames[model.name] ?? SwiftNaming.upperCamelCase(model.name)
        var context = ModelContext(
            name: model.name, swiftName: swiftName, description: model.description, deprecated: model.deprecated,
            source: modelSourcePath(model), origin: originContext(model))
        switch model.shape {
        case .enumeration(let type, let values):
            context.enumeration = enumContext(
                swiftName: swiftName, type: type, values: values, description: model.description,
                source: EnumSourceContext(kind: "model", name: model.name))
        case .object(let properties):
            addStructMembers(of: model, properties: properties, to: &context)
        }
        return context
    }

    /// `endpoints.inviteUser.body`, `models.RoleResponse`: where a model comes from, for doc comments.
    func modelSourcePath(_ model: ModelSpec) -> String {
        switch model.origin {
        case .declared: "models.\(model.name)"
        case .requestBody(let operationId): "endpoints.\(operationId).body"
        case .responseBody(let operationId, let status): "endpoints.\(operationId).responses.\(status)"
        }
    }

    /// Where a model comes from, for its doc comment.
    func originContext(_ model: ModelSpec) -> OriginContext {
        switch model.origin {
        case .declared:
            OriginContext(kind: "declared")
        case .requestBody(let operationId):
            OriginContext(kind: "requestBody", operationSymbol: operationSymbols[operationId] ?? operationId)
        case .responseBody(let operationId, let status):
            OriginContext(kind: "responseBody", operationSymbol: operationSymbols[operationId] ?? operationId, status: status)
        }
    }

    /// Adds a struct model's members: its properties, their nested enums, and what the struct
    /// needs beyond the synthesized conformances.
    mutating func addStructMembers(of model: ModelSpec, properties: [FieldSpec], to context: inout ModelContext) {
        let swiftName = context.swiftName
        var propertyScope = NameScope("the properties of", of: swiftName)
        // Nested enum types must not shadow a type the struct uses by its short name.
        var nestedTypes = NameScope(
            "the nested types of", of: swiftName,
            reserved: ["CodingKeys": "the struct's coding keys use", swiftName: "is the enclosing type"],
            shared: typeNamesInUse)
        for property in properties {
            let name = property.swiftName ?? SwiftNaming.memberName(property.name)
            propertyScope.claim(name, for: property.name, at: property.nameSource, diagnostics: &diagnostics)
            var enumTypeName: String?
            if let values = property.enumValues, let primitive = property.type.itemPrimitive {
                let isArray: Bool = if case .array = property.type { true } else { false }
                let typeName = freeName(SwiftNaming.upperCamelCase(property.name) + (isArray ? "Item" : ""), in: nestedTypes)
                nestedTypes.claim(typeName, for: property.name, at: property.nameSource, diagnostics: &diagnostics)
                enumTypeName = typeName
                context.nestedEnums.append(
                    enumContext(
                        swiftName: typeName, type: primitiveType(primitive), values: values,
                        description: property.description, source: EnumSourceContext(kind: "property", name: property.name)))
            }
            context.properties.append(
                fieldContext(
                    property, swiftName: name, required: property.required, nullable: property.nullable,
                    enumTypeName: enumTypeName, enumPrefix: nil))
        }
        let needsCustomEncode = properties.contains { $0.required && $0.nullable }
        context.hasCodingKeys = needsCustomEncode || context.properties.contains { $0.label != $0.name }
        context.hasCustomEncode = needsCustomEncode
        // Long parameter lists read better one per line, as a person would write them; so does
        // an initializer that would not fit on one line as the template writes it.
        context.wrapsInit = properties.count > 3 || exceedsLineLength(initializerLine(context.properties))
        context.validates = validatingModels.contains(model.name)
        // A property named like a description member would clash with the redacted description.
        let descriptionMembers: Set = ["description", "debugDescription", "customMirror"]
        context.hasSensitive =
            context.properties.contains(where: \.sensitive)
            && !context.properties.contains { descriptionMembers.contains($0.label) }
    }
}
