import TemplateEngine

/// A model: a struct with properties, an enum, or a union.
public final class ModelContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case name, swiftName, description, deprecated, source, origin, isEnum, `enum`, isUnion, union, properties,
            initializedProperties, encodedProperties, encodesNull, hasReadOnly, additionalPropertiesName,
            additionalPropertiesType, initializerParameterCount, isMultipart, nestedEnums, hasCodingKeys, wrapsInit, hasCustomEncode, validates, hasSensitive
    }

    public static let members = MemberTable<Member>()

    public let name: String
    public let swiftName: String
    public let description: String?
    public let deprecated: Bool
    /// Where the spec declares it: `models.User`, `endpoints.inviteUser.body`.
    public let source: String
    public let origin: OriginContext
    /// The enum, for a model that is one; nil for a struct.
    public let enumeration: EnumContext?
    /// The union, for a `oneOf` or `anyOf` model; nil otherwise.
    public let union: UnionContext?
    /// A struct's properties; none for an enum.
    public let properties: TemplateList<FieldContext>
    /// The properties the memberwise initializer takes: all but read-only ones.
    public let initializedProperties: TemplateList<FieldContext>
    /// The properties encoding writes: all but read-only ones.
    public let encodedProperties: TemplateList<FieldContext>
    /// Whether encoding writes `null` for a required property that is `nil`.
    public var encodesNull: Bool { properties.elements.contains { $0.required && $0.nullable } }
    /// Whether a property is read-only, which encoding leaves out.
    public var hasReadOnly: Bool { properties.elements.contains { $0.access == "readOnly" } }
    /// The Swift name of the property that keeps the keys beyond the declared ones, for a
    /// struct with `additionalProperties`; nil when extra keys are dropped.
    public let additionalPropertiesName: String?
    /// The Swift type of those keys' values.
    public let additionalPropertiesType: String?
    /// How many parameters the memberwise initializer takes.
    public var initializerParameterCount: Int {
        initializedProperties.count + (additionalPropertiesName == nil ? 0 : 1)
    }
    /// The enum types a struct's properties declare inline.
    public let nestedEnums: TemplateList<EnumContext>
    public let hasCodingKeys: Bool
    /// Whether the memberwise initializer takes one parameter per line.
    public let wrapsInit: Bool
    /// Whether `encode(to:)` is written out, to send `null` for required nullable properties,
    /// leave read-only ones out, or write additional properties back.
    public let hasCustomEncode: Bool
    /// Whether the struct has constraints to check, directly or in nested models.
    public let validates: Bool
    /// Whether the struct is sent as a `multipart/form-data` body, and so lists its parts.
    public let isMultipart: Bool
    /// Whether the struct redacts secrets in its descriptions.
    public let hasSensitive: Bool

    public init(
        name: String,
        swiftName: String,
        description: String? = nil,
        deprecated: Bool,
        source: String,
        origin: OriginContext,
        enumeration: EnumContext? = nil,
        union: UnionContext? = nil,
        properties: [FieldContext] = [],
        additionalProperties: (name: String, type: String)? = nil,
        nestedEnums: [EnumContext] = [],
        hasCodingKeys: Bool = false,
        wrapsInit: Bool = false,
        hasCustomEncode: Bool = false,
        validates: Bool = false,
        isMultipart: Bool = false,
        hasSensitive: Bool = false
    ) {
        self.name = name
        self.swiftName = swiftName
        self.description = description
        self.deprecated = deprecated
        self.source = source
        self.origin = origin
        self.enumeration = enumeration
        self.union = union
        self.properties = TemplateList(properties)
        self.initializedProperties = TemplateList(properties.filter(\.isInitialized))
        self.encodedProperties = TemplateList(properties.filter(\.isEncoded))
        additionalPropertiesName = additionalProperties?.name
        additionalPropertiesType = additionalProperties?.type
        self.nestedEnums = TemplateList(nestedEnums)
        self.hasCodingKeys = hasCodingKeys
        self.wrapsInit = wrapsInit
        self.hasCustomEncode = hasCustomEncode
        self.validates = validates
        self.isMultipart = isMultipart
        self.hasSensitive = hasSensitive
    }

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
        case .isUnion: .bool(union != nil)
        case .union: union.map { .object($0) } ?? .null
        case .properties: properties.templateValue
        case .initializedProperties: initializedProperties.templateValue
        case .encodedProperties: encodedProperties.templateValue
        case .encodesNull: .bool(encodesNull)
        case .hasReadOnly: .bool(hasReadOnly)
        case .additionalPropertiesName: TemplateValue(additionalPropertiesName)
        case .additionalPropertiesType: TemplateValue(additionalPropertiesType)
        case .initializerParameterCount: .int(initializerParameterCount)
        case .nestedEnums: nestedEnums.templateValue
        case .hasCodingKeys: .bool(hasCodingKeys)
        case .wrapsInit: .bool(wrapsInit)
        case .hasCustomEncode: .bool(hasCustomEncode)
        case .validates: .bool(validates)
        case .isMultipart: .bool(isMultipart)
        case .hasSensitive: .bool(hasSensitive)
        }
    }
}

/// Where a model comes from, for its doc comment: `kind` is `declared`, `requestBody` or
/// `responseBody`; an inline body also has its operation's `operationSymbol`, a response body its
/// `status`.
public final class OriginContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case kind, operationSymbol, status
    }

    public static let members = MemberTable<Member>()

    public let kind: String
    public let operationSymbol: String?
    public let status: String?

    public init(kind: String, operationSymbol: String?, status: String?) {
        self.kind = kind
        self.operationSymbol = operationSymbol
        self.status = status
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .kind: .string(kind)
        case .operationSymbol: TemplateValue(operationSymbol)
        case .status: TemplateValue(status)
        }
    }
}
