import SpecModel

extension ContextBuilderState {
    /// The context of a property or parameter: its Swift name, type, default and docs.
    /// `required` and `nullable` are the field's, or what a parameter makes of them;
    /// `enumTypeName` is the type of its inline enum, if it has one, and `enumPrefix` qualifies
    /// that enum's cases in default values when used outside its type; `location` is a
    /// parameter's (`path`, `header`, `query`), nil for a property.
    func fieldContext(
        _ field: FieldSpec, swiftName: String, required: Bool, nullable: Bool, enumTypeName: String?,
        enumPrefix: String?, location: String? = nil
    ) -> FieldContext {
        let baseType = enumTypeName.map { mapper.swiftType(field.type, replacingPrimitiveWith: $0) } ?? mapper.swiftType(field.type)
        let isThreeState = nullable && !required
        let isOptional = !required || nullable
        let swiftType = isThreeState ? "Nullable<" + baseType + ">?" : isOptional ? baseType + "?" : baseType
        var defaultLiteral: String?
        if let value = field.defaultValue?.value {
            defaultLiteral = literal(
                value, type: field.type, enumTypeName: enumTypeName.map { _ in enumPrefix ?? "" },
                threeState: isThreeState)
        }
        if defaultLiteral == nil, isOptional { defaultLiteral = "nil" }
        let isArray: Bool = if case .array = field.type { true } else { false }
        let escapedName = SwiftNaming.escapedIdentifier(swiftName)
        return FieldContext(
            name: field.name, nameLiteral: SwiftLiteral.string(field.name), swiftName: escapedName, label: swiftName,
            parameterName: parameterName(swiftName), swiftType: swiftType, baseType: baseType, isArray: isArray,
            required: required, nullable: nullable,
            description: field.description, deprecated: field.deprecated, defaultLiteral: defaultLiteral,
            sensitive: isSensitive(field), location: location,
            validation: validationContext(field, escapedName: escapedName, isOptional: isOptional, isThreeState: isThreeState))
    }

    /// The name as an initializer or method declares its parameter: an argument label needs no
    /// backticks, except `inout`, `var` and `let`, which Swift would read as something else.
    func parameterName(_ swiftName: String) -> String {
        switch swiftName {
        case "inout", "var", "let": "`\(swiftName)`"
        default: swiftName
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
            text = enumTypeName + "." + SwiftNaming.escapedIdentifier(enumCaseName(value))
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

    /// `base`, or the first of `baseValue`, `baseKind`, `baseOption`, `base2`, `base3`… not in `scope`.
    func freeName(_ base: String, in scope: NameScope) -> String {
        if !scope.contains(base) { return base }
        for suffix in ["Value", "Kind", "Option"] where !scope.contains(base + suffix) { return base + suffix }
        var number = 2
        while scope.contains(base + String(number)) { number += 1 }
        return base + String(number)
    }
}
