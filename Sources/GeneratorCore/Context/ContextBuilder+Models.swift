import SpecModel

extension ContextBuilderState {
    /// A model's context, and the diagnostics building it found.
    func modelContextWithDiagnostics(_ model: ModelSpec) -> (context: ModelContext, diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticCollector()
        let context = modelContext(model, diagnostics: &diagnostics)
        return (context, diagnostics.diagnostics)
    }

    /// A model's context; what naming its members finds goes to `diagnostics`.
    func modelContext(_ model: ModelSpec, diagnostics: inout DiagnosticCollector) -> ModelContext {
        let swiftName = mapper.modelTypeNames[model.name] ?? SwiftNaming.upperCamelCase(model.name)
        switch model.shape {
        case .enumeration(let type, let values):
            return ModelContext(
                name: model.name, swiftName: swiftName, description: model.description, deprecated: model.deprecated,
                source: modelSourcePath(model), origin: originContext(model),
                enumeration: enumContext(
                    swiftName: swiftName, type: type, values: values, description: model.description,
                    source: EnumSourceContext(kind: "model", name: model.name, location: nil)))
        case .object(let properties):
            return structContext(model, swiftName: swiftName, properties: properties, diagnostics: &diagnostics)
        case .union(let union):
            return ModelContext(
                name: model.name, swiftName: swiftName, description: model.description, deprecated: model.deprecated,
                source: modelSourcePath(model), origin: originContext(model),
                union: unionContext(union, swiftName: swiftName, isIndirect: indirectUnions.contains(model.name)),
                validates: validatingModels.contains(model.name))
        }
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
            OriginContext(kind: "declared", operationSymbol: nil, status: nil)
        case .requestBody(let operationId):
            OriginContext(kind: "requestBody", operationSymbol: operationSymbols[operationId] ?? operationId, status: nil)
        case .responseBody(let operationId, let status):
            OriginContext(kind: "responseBody", operationSymbol: operationSymbols[operationId] ?? operationId, status: status)
        }
    }

    /// A struct model: its properties, their nested enums, and what the struct needs beyond the
    /// synthesized conformances.
    func structContext(
        _ model: ModelSpec, swiftName: String, properties: [FieldSpec], diagnostics: inout DiagnosticCollector
    ) -> ModelContext {
        var propertyScope = NameScope("the properties of", of: swiftName)
        propertyScope.reserveCapacity(properties.count)
        // Nested enum types must not shadow a type the struct uses by its short name.
        // Built up rather than written as a literal: the two keys are one when the model is
        // itself named `CodingKeys` (by its `name:`).
        var reservedNested = ["CodingKeys": "the struct's coding keys use"]
        reservedNested[swiftName] = "is the enclosing type"
        var nestedTypes = NameScope(
            "the nested types of", of: swiftName, reserved: reservedNested, shared: typeNamesInUse)
        var fields: [FieldContext] = []
        var nestedEnums: [EnumContext] = []
        for property in properties {
            let name = property.swiftName ?? SwiftNaming.memberName(property.name)
            let isBoxed = boxedProperties[model.name]?.contains(property.name) ?? false
            propertyScope.claim(name, for: property.name, at: property.nameSource, diagnostics: &diagnostics)
            if FieldContext.hasStorage(deprecated: property.deprecated, isBoxed: isBoxed, location: nil) {
                propertyScope.claim("_" + name, for: property.name, at: property.nameSource, diagnostics: &diagnostics)
            }
            var enumTypeName: String?
            if let values = property.enumValues, property.type.itemPrimitive != nil {
                let isArray: Bool = if case .array = property.type { true } else { false }
                let typeName = freeName(SwiftNaming.upperCamelCase(property.name) + (isArray ? "Item" : ""), in: nestedTypes)
                nestedTypes.claim(typeName, for: property.name, at: property.nameSource, diagnostics: &diagnostics)
                enumTypeName = typeName
                nestedEnums.append(
                    enumContext(
                        swiftName: typeName, type: property.type.itemElement, values: values,
                        description: property.description,
                        source: EnumSourceContext(kind: "property", name: property.name, location: nil)))
            }
            fields.append(
                fieldContext(
                    property, swiftName: name, required: property.required, nullable: property.nullable,
                    enumTypeName: enumTypeName, enumPrefix: nil,
                    isBoxed: isBoxed,
                    isMultipart: multipartModels.contains(model.name)))
        }
        // The keys beyond the declared ones live in a property of their own, named clear of the others.
        let additionalProperties = model.additionalProperties.map { additional in
            let name = freeName("additionalProperties", in: propertyScope)
            propertyScope.claim(name, for: "additionalProperties", at: additional.source, diagnostics: &diagnostics)
            return (name: name, type: mapper.swiftType(additional.value))
        }
        // Required nullable properties encode `nil` as `null`, read-only ones are left out, and
        // additional ones are written back: the synthesized `encode(to:)` does none of these.
        let needsCustomEncode =
            additionalProperties != nil || properties.contains { ($0.required && $0.nullable) || $0.isReadOnly }
        // A property named like a description member would clash with the redacted description.
        let descriptionMembers: Set = ["description", "debugDescription", "customMirror"]
        return ModelContext(
            name: model.name, swiftName: swiftName, description: model.description, deprecated: model.deprecated,
            source: modelSourcePath(model), origin: originContext(model), properties: fields,
            additionalProperties: additionalProperties, nestedEnums: nestedEnums,
            // Swift cannot declare a `String` enum without cases: a model with no declared
            // properties (only additional ones) needs no keys of its own.
            hasCodingKeys: !fields.isEmpty && (needsCustomEncode || fields.contains(where: \.isRenamed)),
            // Long parameter lists read better one per line, as a person would write them; so
            // does an initializer that would not fit on one line as the template writes it.
            wrapsInit: fields.count(where: \.isInitialized) + (additionalProperties == nil ? 0 : 1) > 3
                || exceedsLineLength(initializerLine(fields, additionalProperties: additionalProperties)),
            hasCustomEncode: needsCustomEncode, validates: validatingModels.contains(model.name),
            isMultipart: multipartModels.contains(model.name),
            hasSensitive: fields.contains(where: \.sensitive) && !fields.contains { descriptionMembers.contains($0.label) })
    }
}
