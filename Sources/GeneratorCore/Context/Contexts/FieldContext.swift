import TemplateEngine

/// A model's property, or an operation's path, header or query parameter.
public struct FieldContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case checks, valueExpression, valueIsOptional, iterableExpression, nested, fieldLiteral, memberLiteral,
            validates, name, nameLiteral, swiftName, label, parameterName, swiftType, baseType, isOptional, isArray,
            required, nullable, isThreeState, alwaysEncoded, description, deprecated, defaultLiteral, hasDefault,
            isRenamed, sensitive, location
    }

    /// The name on the wire.
    public var name: String
    /// `name` as a Swift string literal.
    public var nameLiteral: String
    /// The Swift name as code writes it: escaped with backticks when it is a keyword.
    public var swiftName: String
    /// The Swift name as an argument label or in documentation, never escaped.
    public var label: String
    /// The name as an initializer or method declares its parameter.
    public var parameterName: String
    /// The declared type: `String`, `Int?`, `Nullable<String>?`.
    public var swiftType: String
    /// The type without optionality.
    public var baseType: String
    public var isOptional: Bool
    public var isArray: Bool
    public var required: Bool
    public var nullable: Bool
    /// Nullable and not required: `nil` leaves it out, `.null` sends `null`.
    public var isThreeState: Bool
    public var description: String?
    public var deprecated: Bool
    /// The default value as Swift source, `nil` for an optional without one.
    public var defaultLiteral: String?
    /// Whether the value is a secret that prints as `<redacted>`.
    public var sensitive: Bool
    /// Where a parameter goes: `path`, `header` or `query`; nil for a property.
    public var location: String?
    public var validation: ValidationContext

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .checks: TemplateValue(validation.checks)
        case .valueExpression: .string(validation.valueExpression)
        case .valueIsOptional: .bool(isOptional)
        case .iterableExpression: .string(validation.iterableExpression)
        case .nested: TemplateValue(validation.nested?.rawValue)
        case .fieldLiteral: .string(nameLiteral)
        case .memberLiteral: .string(validation.memberLiteral)
        case .validates: .bool(validation.validates)
        case .name: .string(name)
        case .nameLiteral: .string(nameLiteral)
        case .swiftName: .string(swiftName)
        case .label: .string(label)
        case .parameterName: .string(parameterName)
        case .swiftType: .string(swiftType)
        case .baseType: .string(baseType)
        case .isOptional: .bool(isOptional)
        case .isArray: .bool(isArray)
        case .required: .bool(required)
        case .nullable: .bool(nullable)
        case .isThreeState: .bool(isThreeState)
        case .alwaysEncoded: .bool(required)
        case .description: TemplateValue(description)
        case .deprecated: .bool(deprecated)
        case .defaultLiteral: TemplateValue(defaultLiteral)
        case .hasDefault: .bool(defaultLiteral != nil)
        case .isRenamed: .bool(label != name)
        case .sensitive: .bool(sensitive)
        case .location: TemplateValue(location)
        }
    }
}

/// What the generated code checks of a field before sending it.
public struct ValidationContext: Sendable {
    /// The models a value holds that have checks of their own.
    public enum Nested: String, Sendable {
        /// One model.
        case single
        /// An array of models.
        case list
    }

    /// The constraint checks of the field's own value.
    public var checks: [CheckContext]
    /// How the generated code reaches the value: `name`, or `name?.wrapped` for a three-state field.
    public var valueExpression: String
    /// How the generated code iterates the value when it is a list: `(name ?? [])` when optional.
    public var iterableExpression: String
    public var nested: Nested?
    /// The field's name as a Swift string literal of a member path: what errors name.
    public var memberLiteral: String

    /// Whether there is anything to check.
    public var validates: Bool { !checks.isEmpty || nested != nil }
}

/// One constraint check of a field: a call to a runtime `Validation` function.
public struct CheckContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case function, bound, rule, ruleLiteral
    }

    /// The `Validation` function: `maxLength`, `minimum`, …
    public var function: String
    /// The bound as Swift source.
    public var bound: String
    /// The rule as an error states it: `maxLength: 5`.
    public var rule: String
    public var ruleLiteral: String

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .function: .string(function)
        case .bound: .string(bound)
        case .rule: .string(rule)
        case .ruleLiteral: .string(ruleLiteral)
        }
    }
}
