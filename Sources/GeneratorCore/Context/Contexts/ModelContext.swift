import TemplateEngine

/// A model: a struct with properties, or an enum.
public struct ModelContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case name, swiftName, description, deprecated, source, origin, isEnum, `enum`, properties, nestedEnums,
            hasCodingKeys, wrapsInit, hasCustomEncode, validates, hasSensitive
    }

    public var name: String
    public var swiftName: String
    public var description: String?
    public var deprecated: Bool
    /// Where the spec declares it: `models.User`, `endpoints.inviteUser.body`.
    public var source: String
    public var origin: OriginContext
    /// The enum, for a model that is one; nil for a struct.
    public var enumeration: EnumContext?
    /// A struct's properties; none for an enum.
    public var properties: [FieldContext] = []
    /// The enum types a struct's properties declare inline.
    public var nestedEnums: [EnumContext] = []
    public var hasCodingKeys = false
    /// Whether the memberwise initializer takes one parameter per line.
    public var wrapsInit = false
    /// Whether `encode(to:)` is written out, to send `null` for required nullable properties.
    public var hasCustomEncode = false
    /// Whether the struct has constraints to check, directly or in nested models.
    public var validates = false
    /// Whether the struct redacts secrets in its descriptions.
    public var hasSensitive = false

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .swiftName: .string(swiftName)
        case .description: TemplateValue(description)
        case .deprecated: .bool(deprecated)
        case .source: .string(source)
        case .origin: .object(origin)
        case .isEnum: .bool(enumeration != nil)
        case .enum: enumeration.map { .object($0) } ?? .null
        case .properties: TemplateValue(properties)
        case .nestedEnums: TemplateValue(nestedEnums)
        case .hasCodingKeys: .bool(hasCodingKeys)
        case .wrapsInit: .bool(wrapsInit)
        case .hasCustomEncode: .bool(hasCustomEncode)
        case .validates: .bool(validates)
        case .hasSensitive: .bool(hasSensitive)
        }
    }
}

/// Where a model comes from, for its doc comment: `kind` is `declared`, `requestBody` or
/// `responseBody`; an inline body also has its operation's `operationSymbol`, a response body its
/// `status`.
public struct OriginContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case kind, operationSymbol, status
    }

    public var kind: String
    public var operationSymbol: String?
    public var status: String?

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .kind: .string(kind)
        case .operationSymbol: TemplateValue(operationSymbol)
        case .status: TemplateValue(status)
        }
    }
}
