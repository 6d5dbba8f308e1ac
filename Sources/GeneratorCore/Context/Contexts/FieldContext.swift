import TemplateEngine

/// A model's property, or an operation's path, header or query parameter.
public final class FieldContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case checks, valueExpression, valueIsOptional, iterableExpression, nested, fieldLiteral, memberLiteral,
            validates, name, nameLiteral, swiftName, label, parameterName, swiftType, baseType, isOptional, isArray,
            required, nullable, isThreeState, alwaysEncoded, description, deprecated, defaultLiteral, hasDefault,
            isRenamed, sensitive, location, access, storageName, parameterType, isInitialized, isEncoded, decodedType,
            wrapsDecode, wrapsEncode, isBoxed, hasStorage, storageType, storageDecodedType, readExpression,
            storageFromParameter, partKind, fileContentTypeLiteral, queryStatement, hasDocumentation
    }

    public static let members = MemberTable<Member>()

    /// The name on the wire.
    public let name: String
    /// `name` as a Swift string literal.
    public let nameLiteral: String
    /// The Swift name as code writes it: escaped with backticks when it is a keyword.
    public let swiftName: String
    /// The Swift name as an argument label or in documentation, never escaped.
    public let label: String
    /// The name as an initializer or method declares its parameter.
    public let parameterName: String
    /// The declared type: `String`, `Int?`, `Nullable<String>?`.
    public let swiftType: String
    /// The type without optionality.
    public let baseType: String
    public let isArray: Bool
    public let required: Bool
    public let nullable: Bool
    /// `readOnly` or `writeOnly` for a property only one side sends, else nil.
    public let access: String?
    /// Whether the Swift type is optional: not required, nullable, or sent by one side only
    /// (so absent from what the other side sends).
    public var isOptional: Bool { !required || nullable || access != nil }
    /// The type an initializer takes: the declared type, except that a required write-only
    /// property, which the client must send, is not optional there.
    public var parameterType: String { required && !nullable && access == "writeOnly" ? baseType : swiftType }
    /// Whether the model's initializer takes the property: all but read-only ones, which only
    /// the server sends.
    public var isInitialized: Bool { access != "readOnly" }
    /// Whether encoding writes the property: all but read-only ones.
    public var isEncoded: Bool { access != "readOnly" }
    /// Whether encoding writes the property even when it is `nil`, as `null`: required ones
    /// that can be `nil` because they are nullable.
    public var alwaysEncoded: Bool { required && (nullable || access == nil) }
    /// The name of the stored property. A deprecated property keeps its value in `_name` and
    /// offers it through a deprecated `name`, so that the generated code, which reads the
    /// storage, compiles without deprecation warnings.
    public var storageName: String { hasStorage ? "_" + label : swiftName }
    /// Whether the property keeps its value in a stored property of another name, `_name`,
    /// and offers it through a computed one: deprecated and boxed properties.
    public var hasStorage: Bool { Self.hasStorage(deprecated: deprecated, isBoxed: isBoxed, location: location) }
    /// The rule behind `hasStorage`, for code that needs it before the context exists: only
    /// model properties (no `location`) have storage.
    static func hasStorage(deprecated: Bool, isBoxed: Bool, location: String?) -> Bool {
        (deprecated || isBoxed) && location == nil
    }
    /// How a property of a `multipart/form-data` body travels; nil in other models.
    public enum PartKind: String, Sendable {
        /// A file part (`string(binary)`).
        case file
        /// One file part per element (`array(string(binary))`).
        case files
        /// A text part for a primitive, a JSON part for anything else.
        case value
    }

    public let partKind: PartKind?
    /// For a query parameter, the statement that adds it to `request` in its style.
    public let queryStatement: String?
    /// The media type a file part has when its `FileUpload` gives none: the property's
    /// `contentType:`, else `application/octet-stream`.
    public let fileContentType: String?
    /// Whether the property is stored boxed, in `Indirect`, because it closes a cycle of models
    /// that hold each other (see `ContextBuilderState.recursionLayout`).
    public let isBoxed: Bool
    /// The stored property's type: the declared one, or `Indirect<T>?` for a boxed `T?`.
    public var storageType: String { isBoxed ? "Indirect<" + decodedType + ">?" : swiftType }
    /// The type a written-out `init(from:)` decodes into the storage.
    public var storageDecodedType: String { isBoxed ? "Indirect<" + decodedType + ">" : decodedType }
    /// The Swift expression that reads the value inside the type: the storage, unboxed.
    public var readExpression: String { isBoxed ? storageName + "?.value" : storageName }
    /// The Swift expression that turns the initializer's parameter into the stored value.
    public var storageFromParameter: String {
        guard isBoxed else { return swiftName }
        return parameterType == swiftType ? swiftName + ".map { Indirect($0) }" : "Indirect(" + swiftName + ")"
    }
    /// The type a written-out `init(from:)` decodes: the declared type without its optionality,
    /// which `decodeIfPresent` gives back (`Nullable<String>` for `Nullable<String>?`).
    public var decodedType: String { isOptional ? String(swiftType.dropLast()) : swiftType }
    /// Whether a written-out `init(from:)` decodes the property on two lines, as the one-line
    /// form, `        self.name = try container.decodeIfPresent(Type.self, forKey: .name)`, is too long.
    public var wrapsDecode: Bool {
        exceedsLineLength(
            "        self.\(storageName) = try container.decodeIfPresent(\(storageDecodedType).self, forKey: .\(storageName))")
    }
    /// Whether a written-out `encode(to:)` encodes the property on two lines, as the one-line
    /// form, `        try container.encodeIfPresent(self.name, forKey: .name)`, is too long.
    public var wrapsEncode: Bool {
        exceedsLineLength("        try container.encodeIfPresent(self.\(storageName), forKey: .\(storageName))")
    }
    /// Whether the stored property's name differs from the JSON key, so that `CodingKeys` maps it.
    public var isRenamed: Bool { label != name || storageName != swiftName }
    /// Whether a doc comment would say more than the declaration does: the spec describes the
    /// field, or it has no name on the wire (the coding keys show every other wire name).
    public var hasDocumentation: Bool { description != nil || name.isEmpty }
    /// Nullable and not required: `nil` leaves it out, `.null` sends `null`.
    public var isThreeState: Bool { nullable && !required }
    public let description: String?
    public let deprecated: Bool
    /// The default value as Swift source, `nil` for an optional without one.
    public let defaultLiteral: String?
    /// Whether the value is a secret that prints as `<redacted>`.
    public let sensitive: Bool
    /// Where a parameter goes: `path`, `header` or `query`; nil for a property.
    public let location: String?
    public let validation: ValidationContext

    public init(
        name: String,
        nameLiteral: String,
        swiftName: String,
        label: String,
        parameterName: String,
        swiftType: String,
        baseType: String,
        isArray: Bool,
        required: Bool,
        nullable: Bool,
        access: String? = nil,
        isBoxed: Bool = false,
        partKind: PartKind? = nil,
        queryStatement: String? = nil,
        fileContentType: String? = nil,
        description: String? = nil,
        deprecated: Bool,
        defaultLiteral: String? = nil,
        sensitive: Bool,
        location: String? = nil,
        validation: ValidationContext
    ) {
        self.name = name
        self.nameLiteral = nameLiteral
        self.swiftName = swiftName
        self.label = label
        self.parameterName = parameterName
        self.swiftType = swiftType
        self.baseType = baseType
        self.isArray = isArray
        self.required = required
        self.nullable = nullable
        self.access = access
        self.isBoxed = isBoxed
        self.partKind = partKind
        self.queryStatement = queryStatement
        self.fileContentType = fileContentType
        self.description = description
        self.deprecated = deprecated
        self.defaultLiteral = defaultLiteral
        self.sensitive = sensitive
        self.location = location
        self.validation = validation
    }

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
        case .alwaysEncoded: .bool(alwaysEncoded)
        case .description: TemplateValue(description)
        case .deprecated: .bool(deprecated)
        case .defaultLiteral: TemplateValue(defaultLiteral)
        case .hasDefault: .bool(defaultLiteral != nil)
        case .isRenamed: .bool(isRenamed)
        case .hasDocumentation: .bool(hasDocumentation)
        case .sensitive: .bool(sensitive)
        case .location: TemplateValue(location)
        case .access: TemplateValue(access)
        case .storageName: .string(storageName)
        case .parameterType: .string(parameterType)
        case .isInitialized: .bool(isInitialized)
        case .isEncoded: .bool(isEncoded)
        case .decodedType: .string(decodedType)
        case .wrapsDecode: .bool(wrapsDecode)
        case .wrapsEncode: .bool(wrapsEncode)
        case .isBoxed: .bool(isBoxed)
        case .hasStorage: .bool(hasStorage)
        case .storageType: .string(storageType)
        case .storageDecodedType: .string(storageDecodedType)
        case .readExpression: .string(readExpression)
        case .storageFromParameter: .string(storageFromParameter)
        case .partKind: TemplateValue(partKind?.rawValue)
        case .queryStatement: TemplateValue(queryStatement)
        case .fileContentTypeLiteral: .string(SwiftLiteral.string(fileContentType ?? "application/octet-stream"))
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
        /// A map of models, by key.
        case map
    }

    /// The constraint checks of the field's own value.
    public let checks: [CheckContext]
    /// How the generated code reaches the value: `name`, or `name?.wrapped` for a three-state field.
    public let valueExpression: String
    /// How the generated code iterates the value when it is a list: `(name ?? [])` when optional.
    public let iterableExpression: String
    public let nested: Nested?
    /// The field's name as a Swift string literal of a member path: what errors name.
    public let memberLiteral: String

    /// Whether there is anything to check.
    public var validates: Bool { !checks.isEmpty || nested != nil }
}

/// One constraint check of a field: a call to a runtime `Validation` function.
public final class CheckContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case function, bound, rule, ruleLiteral
    }

    public static let members = MemberTable<Member>()

    /// The `Validation` function: `maxLength`, `minimum`, …
    public let function: String
    /// The bound as Swift source.
    public let bound: String
    /// The rule as an error states it: `maxLength: 5`.
    public let rule: String
    public let ruleLiteral: String

    public init(function: String, bound: String, rule: String, ruleLiteral: String) {
        self.function = function
        self.bound = bound
        self.rule = rule
        self.ruleLiteral = ruleLiteral
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .function: .string(function)
        case .bound: .string(bound)
        case .rule: .string(rule)
        case .ruleLiteral: .string(ruleLiteral)
        }
    }
}
