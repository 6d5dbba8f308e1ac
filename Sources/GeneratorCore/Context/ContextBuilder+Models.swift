import SpecModel
import TemplateEngine

extension ContextBuilderState {
    mutating func buildModelContext(_ model: ModelSpec) -> TemplateValue {
        let swiftName = mapper.modelTypeNames[model.name] ?? SwiftNaming.upperCamelCase(model.name)
        let isEnum: Bool = if case .enumeration = model.shape { true } else { false }
        var context = TemplateShape.Builder(isEnum ? ContextShapes.enumModel : ContextShapes.structModel)
        context.add("name", .string(model.name))
        context.add("swiftName", .string(swiftName))
        context.add("description", model.description.map(TemplateValue.string) ?? .null)
        context.add("deprecated", .bool(model.deprecated))
        context.add("source", .string(modelSourcePath(model)))
        context.add("origin", originContext(model))
        context.add("isEnum", .bool(isEnum))
        switch model.shape {
        case .enumeration(let type, let values):
            context.add(
                "enum",
                enumContext(
                    swiftName: swiftName, type: type, values: values, description: model.description,
                    source: Self.enumSource(kind: "model", name: model.name)))
            context.add("properties", [])
        case .object(let properties):
            addObjectContext(model: model, swiftName: swiftName, properties: properties, to: &context)
        }
        return context.value
    }

    /// `endpoints.inviteUser.body`, `models.RoleResponse`: where a model comes from, for doc comments.
    func modelSourcePath(_ model: ModelSpec) -> String {
        switch model.origin {
        case .declared: "models." + model.name
        case .requestBody(let operationId): "endpoints." + operationId + ".body"
        case .responseBody(let operationId, let status):
            "endpoints." + operationId + ".responses." + status
        }
    }

    /// Where a model comes from, for its doc comment: `kind` is `declared`, `requestBody` or
    /// `responseBody`; an inline body also has its operation's `operationSymbol` and `status`.
    func originContext(_ model: ModelSpec) -> TemplateValue {
        switch model.origin {
        case .declared:
            return Self.declaredOrigin
        case .requestBody(let operationId):
            var origin = TemplateShape.Builder(ContextShapes.requestBodyOrigin)
            origin.add("kind", "requestBody")
            origin.add("operationSymbol", .string(operationSymbols[operationId] ?? operationId))
            return origin.value
        case .responseBody(let operationId, let status):
            var origin = TemplateShape.Builder(ContextShapes.responseBodyOrigin)
            origin.add("kind", "responseBody")
            origin.add("operationSymbol", .string(operationSymbols[operationId] ?? operationId))
            origin.add("status", .string(status))
            return origin.value
        }
    }

    /// The origin of every declared model, made once.
    static let declaredOrigin: TemplateValue = {
        var origin = TemplateShape.Builder(ContextShapes.declaredOrigin)
        origin.add("kind", "declared")
        return origin.value
    }()

    /// Where an enum of a model or a property is declared.
    static func enumSource(kind: String, name: String) -> TemplateValue {
        var source = TemplateShape.Builder(ContextShapes.enumSource)
        source.add("kind", .string(kind))
        source.add("name", .string(name))
        return source.value
    }

    /// Adds a struct model's members: its properties, their nested enums, and what the struct
    /// needs beyond the synthesized conformances.
    mutating func addObjectContext(
        model: ModelSpec, swiftName: String, properties: [FieldSpec], to context: inout TemplateShape.Builder
    ) {
        var propertyScope = NameScope("the properties of", of: swiftName)
        // Nested enum types must not shadow a type the struct uses by its short name. Made for
        // the first property with an enum: most structs have none.
        var nestedTypes: NameScope?

        propertyScope.reserveCapacity(properties.count)
        var propertyContexts: [TemplateValue] = []
        propertyContexts.reserveCapacity(properties.count)
        var hasSensitiveProperty = false
        var nestedEnums: [TemplateValue] = []
        var needsCodingKeys = false
        var needsCustomEncode = false
        for property in properties {
            let name = property.swiftName ?? SwiftNaming.memberName(property.name)
            propertyScope.claim(name, for: property.name, at: property.nameSource, diagnostics: &diagnostics)
            var enumTypeName: String?
            if let values = property.enumValues, let primitive = property.type.itemPrimitive {
                let isArray: Bool = if case .array = property.type { true } else { false }
                let base = SwiftNaming.upperCamelCase(property.name) + (isArray ? "Item" : "")
                var typeScope = nestedTypes ?? NameScope(
                    "the nested types of", of: swiftName,
                    reserved: ["CodingKeys": "the struct's coding keys use", swiftName: "is the enclosing type"],
                    shared: typeNamesInUse)
                nestedTypes = nil  // `typeScope` now holds the only reference: claiming copies nothing.
                let typeName = freeName(base, in: typeScope)
                typeScope.claim(typeName, for: property.name, at: property.nameSource, diagnostics: &diagnostics)
                nestedTypes = typeScope
                enumTypeName = typeName
                nestedEnums.append(enumContext(
                    swiftName: typeName, type: primitiveType(primitive), values: values,
                    description: property.description,
                    source: Self.enumSource(kind: "property", name: property.name)))
            }
            let sensitive = isSensitive(property)
            if sensitive { hasSensitiveProperty = true }
            let field = fieldContext(property, swiftName: name, enumTypeName: enumTypeName, enumPrefix: nil, sensitive: sensitive)
            if name != property.name { needsCodingKeys = true }
            if property.required && property.nullable { needsCustomEncode = true }
            propertyContexts.append(field)
        }
        // Long parameter lists read better one per line, as a person would write them; so does
        // an initializer that would not fit on one line as the template writes it.
        let wrapsInit = properties.count > 3 || InitializerLine(arguments: propertyContexts).exceedsMaximumLength
        context.add("properties", .array(propertyContexts))
        context.add("nestedEnums", .array(nestedEnums))
        context.add("hasCodingKeys", .bool(needsCodingKeys || needsCustomEncode))
        context.add("wrapsInit", .bool(wrapsInit))
        context.add("hasCustomEncode", .bool(needsCustomEncode))
        context.add("validates", .bool(validatingModels.contains(model.name)))
        // A property named like a description member would clash with the redacted description.
        context.add(
            "hasSensitive",
            .bool(
                hasSensitiveProperty
                    && !properties.contains { ["description", "debugDescription", "customMirror"].contains($0.swiftName ?? SwiftNaming.memberName($0.name)) }))
    }

    /// The context of a property or parameter: its Swift name, type, default and docs.
    /// `enumPrefix` qualifies a nested enum's cases in default values when used outside its type;
    /// `location` is a parameter's (`path`, `header`, `query`), nil for a property; `sensitive`
    /// is `isSensitive(field)`, which the caller may need too.
    func fieldContext(
        _ field: FieldSpec, swiftName: String, enumTypeName: String?, enumPrefix: String?, location: String? = nil,
        sensitive: Bool
    ) -> TemplateValue {
        let baseType = enumTypeName.map { mapper.swiftType(field.type, replacingPrimitiveWith: $0) } ?? mapper.swiftType(field.type)
        let threeState = field.nullable && !field.required
        let isOptional = !field.required || field.nullable
        let swiftType: String
        if threeState {
            swiftType = "Nullable<" + baseType + ">?"
        } else {
            swiftType = isOptional ? baseType + "?" : baseType
        }
        var defaultLiteral: String?
        if let value = field.defaultValue?.value {
            defaultLiteral = literal(value, type: field.type, enumTypeName: enumTypeName.map { _ in enumPrefix ?? "" }, threeState: threeState)
        }
        if defaultLiteral == nil, isOptional { defaultLiteral = "nil" }
        let isArray: Bool = if case .array = field.type { true } else { false }
        // Fields are the context's most numerous objects: built by shape, hashing no key.
        var context = TemplateShape.Builder(location == nil ? ContextShapes.property : ContextShapes.parameter)
        let nameLiteral = SwiftLiteral.string(field.name)
        // Escaped once here for both: looking a name up among the keywords hashes it.
        let escapedName = SwiftNaming.escapedIdentifier(swiftName)
        addValidationContext(field, escapedName: escapedName, nameLiteral: nameLiteral, validating: validatingModels, to: &context)
        context.add("name", .string(field.name))
        context.add("nameLiteral", .string(nameLiteral))
        context.add("swiftName", .string(escapedName))
        context.add("label", .string(swiftName))
        context.add("parameterName", .string(parameterName(swiftName)))
        context.add("swiftType", .string(swiftType))
        context.add("baseType", .string(baseType))
        context.add("isOptional", .bool(isOptional))
        context.add("isArray", .bool(isArray))
        context.add("required", .bool(field.required))
        context.add("nullable", .bool(field.nullable))
        context.add("isThreeState", .bool(threeState))
        context.add("alwaysEncoded", .bool(field.required))
        context.add("description", field.description.map(TemplateValue.string) ?? .null)
        context.add("deprecated", .bool(field.deprecated))
        context.add("defaultLiteral", defaultLiteral.map(TemplateValue.string) ?? .null)
        context.add("hasDefault", .bool(defaultLiteral != nil))
        context.add("isRenamed", .bool(swiftName != field.name))
        context.add("sensitive", .bool(sensitive))
        if let location { context.add("location", .string(location)) }
        return context.value
    }

    /// The name as an initializer or method declares its parameter: an argument label needs no
    /// backticks, except `inout`, `var` and `let`, which Swift would read as something else.
    func parameterName(_ swiftName: String) -> String {
        // Every field asks; told by length first, as no other text equals these ASCII words.
        guard swiftName.utf8.count <= 5 else { return swiftName }
        switch swiftName {
        case "inout", "var", "let": return "`\(swiftName)`"
        default: return swiftName
        }
    }

    /// Secrets print as `<redacted>`: fields marked `sensitive`, else ones named like a password,
    /// secret or token.
    func isSensitive(_ field: FieldSpec) -> Bool {
        field.sensitive ?? SensitiveNames.isSensitive(field.name)
    }

    /// Swift source for a spec default: `"local"`, `300`, `true`, `.local` for an enum, wrapped in
    /// `.value(…)` for a three-state field.
    func literal(_ value: LiteralValue, type: TypeExpression, enumTypeName: String?, threeState: Bool) -> String {
        var text: String
        switch value {
        case .null: return threeState ? ".null" : "nil"
        case .bool(let bool): text = String(bool)
        case .integer(let int):
            text = if case .number = type { SwiftLiteral.double(Double(int)) } else { String(int) }
        case .number(let double): text = SwiftLiteral.double(double)
        case .string(let string): text = SwiftLiteral.string(string)
        }
        if let enumTypeName {
            text = (enumTypeName.isEmpty ? "" : enumTypeName) + "." + SwiftNaming.escapedIdentifier(enumCaseName(value))
        }
        return threeState ? ".value(\(text))" : text
    }


    func primitiveType(_ primitive: TypeExpression.Primitive) -> TypeExpression {
        switch primitive {
        case .string: .string(format: nil)
        case .integer: .integer(format: nil)
        case .number: .number(format: nil)
        case .boolean: .boolean
        }
    }

    func freeName(_ base: String, in scope: NameScope) -> String {
        if !scope.contains(base) { return base }
        for suffix in ["Value", "Kind", "Option"] where !scope.contains(base + suffix) { return base + suffix }
        var number = 2
        while scope.contains(base + String(number)) { number += 1 }
        return base + String(number)
    }
}
