import SpecModel
import TemplateEngine

extension ContextBuilderState {
    mutating func buildModelContext(_ model: ModelSpec) -> TemplateValue {
        let swiftName = modelTypeNames[model.name] ?? SwiftNaming.upperCamelCase(model.name)
        var context: [String: TemplateValue] = [
            "name": .string(model.name),
            "swiftName": .string(swiftName),
            "description": model.description.map(TemplateValue.string) ?? .null,
            "deprecated": .bool(model.deprecated),
            "source": .string(modelSourcePath(model)),
            "origin": originContext(model),
        ]
        switch model.shape {
        case .enumeration(let type, let values):
            context["isEnum"] = true
            context["enum"] = enumContext(
                swiftName: swiftName, type: type, values: values, description: model.description,
                owner: "model '\(model.name)'", source: .object(["kind": "model", "name": .string(model.name)]))
            context["properties"] = []
        case .object(let properties):
            context["isEnum"] = false
            context.merge(objectContext(model: model, swiftName: swiftName, properties: properties)) { _, new in new }
        }
        return .object(context)
    }

    /// `endpoints.inviteUser.body`, `models.RoleResponse`: where a model comes from, for doc comments.
    func modelSourcePath(_ model: ModelSpec) -> String {
        switch model.origin {
        case .declared: "models.\(model.name)"
        case .requestBody(let operationId): "endpoints.\(operationId).body"
        case .responseBody(let operationId, let status): "endpoints.\(operationId).responses.\(status)"
        }
    }

    /// Where a model comes from, for its doc comment: `kind` is `declared`, `requestBody` or
    /// `responseBody`; an inline body also has its operation's `operationSymbol` and `status`.
    func originContext(_ model: ModelSpec) -> TemplateValue {
        switch model.origin {
        case .declared:
            return .object(["kind": "declared"])
        case .requestBody(let operationId):
            return .object(["kind": "requestBody", "operationSymbol": .string(operationSymbols[operationId] ?? operationId)])
        case .responseBody(let operationId, let status):
            return .object([
                "kind": "responseBody", "operationSymbol": .string(operationSymbols[operationId] ?? operationId),
                "status": .string(status),
            ])
        }
    }

    mutating func objectContext(model: ModelSpec, swiftName: String, properties: [FieldSpec]) -> [String: TemplateValue] {
        let owner = "model '\(model.name)'"
        var propertyScope = NameScope("the properties of '\(swiftName)'")
        // Nested enum types must not shadow a type the struct uses by its short name.
        var typeScope = NameScope(
            "the nested types of '\(swiftName)'",
            reserved: ["CodingKeys": "the struct's coding keys use", swiftName: "is the enclosing type"],
            shared: typeNamesInUse)

        var propertyContexts: [TemplateValue] = []
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
                let typeName = freeName(base, in: typeScope)
                typeScope.claim(typeName, for: property.name, at: property.nameSource, diagnostics: &diagnostics)
                enumTypeName = typeName
                nestedEnums.append(enumContext(
                    swiftName: typeName, type: primitiveType(primitive), values: values,
                    description: property.description, owner: "property '\(property.name)' of \(owner)",
                    source: .object(["kind": "property", "name": .string(property.name)])))
            }
            let field = fieldContext(property, swiftName: name, enumTypeName: enumTypeName, enumPrefix: nil)
            if name != property.name { needsCodingKeys = true }
            if property.required && property.nullable { needsCustomEncode = true }
            propertyContexts.append(field)
        }
        // The initializer as the template writes it on one line, to tell whether it fits.
        let oneLineInit = "    public init(" + propertyContexts.map(declaredParameter).joined(separator: ", ") + ") {"
        return [
            "properties": .array(propertyContexts),
            "nestedEnums": .array(nestedEnums),
            "hasCodingKeys": .bool(needsCodingKeys || needsCustomEncode),
            // Long parameter lists read better one per line, as a person would write them.
            "wrapsInit": .bool(properties.count > 3 || oneLineInit.count > maximumLineLength),
            "hasCustomEncode": .bool(needsCustomEncode),
            "validates": .bool(validatingModels.contains(model.name)),
            // A property named like a description member would clash with the redacted description.
            "hasSensitive": .bool(
                properties.contains(where: isSensitive)
                    && !properties.contains { ["description", "debugDescription", "customMirror"].contains($0.swiftName ?? SwiftNaming.memberName($0.name)) }),
        ]
    }

    /// The context of a property or parameter: its Swift name, type, default and docs.
    /// `enumPrefix` qualifies a nested enum's cases in default values when used outside its type.
    func fieldContext(_ field: FieldSpec, swiftName: String, enumTypeName: String?, enumPrefix: String?) -> TemplateValue {
        let baseType = enumTypeName.map { mapper.swiftType(field.type, replacingPrimitiveWith: $0) } ?? mapper.swiftType(field.type)
        let threeState = field.nullable && !field.required
        let isOptional = !field.required || field.nullable
        let swiftType: String
        if threeState {
            swiftType = "Nullable<\(baseType)>?"
        } else {
            swiftType = isOptional ? baseType + "?" : baseType
        }
        var defaultLiteral: String?
        if let value = field.defaultValue?.value {
            defaultLiteral = literal(value, type: field.type, enumTypeName: enumTypeName.map { _ in enumPrefix ?? "" }, threeState: threeState)
        }
        if defaultLiteral == nil, isOptional { defaultLiteral = "nil" }
        let isArray: Bool = if case .array = field.type { true } else { false }
        // Key by key into one dictionary made big enough at once: merging dictionaries or growing
        // one would hash every key again, and fields are the context's most numerous objects.
        var context = [String: TemplateValue](minimumCapacity: 27)
        addValidationContext(field, swiftName: swiftName, validating: validatingModels, to: &context)
        context["name"] = .string(field.name)
        context["nameLiteral"] = .string(SwiftLiteral.string(field.name))
        context["swiftName"] = .string(SwiftNaming.escapedIdentifier(swiftName))
        context["label"] = .string(swiftName)
        context["parameterName"] = .string(parameterName(swiftName))
        context["swiftType"] = .string(swiftType)
        context["baseType"] = .string(baseType)
        context["isOptional"] = .bool(isOptional)
        context["isArray"] = .bool(isArray)
        context["required"] = .bool(field.required)
        context["nullable"] = .bool(field.nullable)
        context["isThreeState"] = .bool(threeState)
        context["alwaysEncoded"] = .bool(field.required)
        context["description"] = field.description.map(TemplateValue.string) ?? .null
        context["deprecated"] = .bool(field.deprecated)
        context["defaultLiteral"] = defaultLiteral.map(TemplateValue.string) ?? .null
        context["hasDefault"] = .bool(defaultLiteral != nil)
        context["isRenamed"] = .bool(swiftName != field.name)
        context["sensitive"] = .bool(isSensitive(field))
        return .object(context)
    }

    /// The name as an initializer or method declares its parameter: an argument label needs no
    /// backticks, except `inout`, `var` and `let`, which Swift would read as something else.
    func parameterName(_ swiftName: String) -> String {
        ["inout", "var", "let"].contains(swiftName) ? "`\(swiftName)`" : swiftName
    }

    /// Secrets print as `<redacted>`: fields marked `sensitive`, else ones named like a password,
    /// secret or token.
    static let sensitiveNameParts = ["password", "secret", "token", "passcode", "apikey", "privatekey", "credential"].map { Array($0.utf8) }

    func isSensitive(_ field: FieldSpec) -> Bool {
        if let marked = field.sensitive { return marked }
        let words = SwiftNaming.words(field.name).map { $0.lowercased() }
        let name = Array(words.joined().utf8)
        return Self.sensitiveNameParts.contains { name.containsRun($0) }
            || words.contains("otc") || words.contains("pin")
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

extension Array where Element == UInt8 {
    /// Whether `part` occurs in these bytes: a plain search on UTF-8, where Foundation's
    /// `String.contains` would bridge both strings for every call.
    func containsRun(_ part: [UInt8]) -> Bool {
        guard !part.isEmpty else { return true }
        guard part.count <= count else { return false }
        for start in 0...(count - part.count) where self[start] == part[0] {
            if self[start..<(start + part.count)].elementsEqual(part) { return true }
        }
        return false
    }
}
