/// A model property, a body property, or a header, query or path parameter: all are a wire
/// name with a type and the same optional facets.
public struct FieldSpec: Sendable, Hashable {
    /// The name on the wire: the JSON key, header name or query key.
    public let name: String
    /// Where the name is written.
    public let nameSource: SourceRef
    /// The field's type, as the spec writes it.
    public let type: TypeExpression
    /// Where the type is written.
    public let typeSource: SourceRef
    /// `name:`: the Swift name to use instead of one derived from the wire name.
    public let swiftName: String?
    /// Where `name:` is written.
    public let swiftNameSource: SourceRef?
    /// `required:`: whether the field must be present.
    public let required: Bool
    /// `nullable:`: whether the field may be `null`.
    public let nullable: Bool
    /// `description:`: the field's documentation.
    public let description: String?
    /// `deprecated:`: whether the generated member is marked deprecated.
    public let deprecated: Bool
    /// `default:`: the value used when the field is absent.
    public let defaultValue: Located<LiteralValue>?
    /// `enum:`: the values the field may take.
    public let enumValues: [Located<LiteralValue>]?
    /// `example:`: a sample value for the documentation.
    public let example: LiteralValue?
    /// The validation facets: lengths, bounds, pattern and item counts.
    public let constraints: Constraints
    /// `sensitive:`: whether the value is a secret that must print redacted; nil lets the
    /// generator decide from the name.
    public let sensitive: Bool?
    /// `readOnly: true` or `writeOnly: true`: a model property only one side sends.
    public let access: Located<Access>?
    /// `contentType:` of a `string(binary)` property: the media type of its bytes, which a
    /// `multipart/form-data` body gives its file part.
    public let contentType: Located<String>?
    /// `style:` of a query parameter: how a list or an object travels.
    public let style: Located<QueryStyle>?
    /// `explode:` of a query parameter.
    public let explode: Located<Bool>?

    /// OpenAPI's styles for query parameters.
    public enum QueryStyle: String, Sendable, Hashable, CaseIterable {
        case form, spaceDelimited, pipeDelimited, deepObject
    }

    /// Which side of the API sends a property that only one side sends.
    public enum Access: String, Sendable, Hashable {
        /// The server sends it; the client never does.
        case readOnly
        /// The client sends it; the server need not.
        case writeOnly
    }

    /// Creates a field with a name and a type; every other facet defaults to absent.
    public init(
        name: String, nameSource: SourceRef, type: TypeExpression, typeSource: SourceRef,
        swiftName: String? = nil, swiftNameSource: SourceRef? = nil, required: Bool = false, nullable: Bool = false,
        description: String? = nil, deprecated: Bool = false, defaultValue: Located<LiteralValue>? = nil,
        enumValues: [Located<LiteralValue>]? = nil, example: LiteralValue? = nil, constraints: Constraints = Constraints(),
        sensitive: Bool? = nil, access: Located<Access>? = nil, contentType: Located<String>? = nil,
        style: Located<QueryStyle>? = nil, explode: Located<Bool>? = nil
    ) {
        self.name = name
        self.nameSource = nameSource
        self.type = type
        self.typeSource = typeSource
        self.swiftName = swiftName
        self.swiftNameSource = swiftNameSource
        self.required = required
        self.nullable = nullable
        self.description = description
        self.deprecated = deprecated
        self.defaultValue = defaultValue
        self.enumValues = enumValues
        self.example = example
        self.constraints = constraints
        self.sensitive = sensitive
        self.access = access
        self.contentType = contentType
        self.style = style
        self.explode = explode
    }

    /// The query style, OpenAPI's default `form` when none is written.
    public var queryStyle: QueryStyle { style?.value ?? .form }

    /// Whether a list repeats its name per value (`a=1&a=2`): OpenAPI's default for `form` only.
    public var explodes: Bool { explode?.value ?? (queryStyle == .form || queryStyle == .deepObject) }

    /// Whether every value of the owner has the field: required, not nullable, and sent by both sides.
    public var isAlwaysPresent: Bool { required && !nullable && access == nil }

    /// Whether only the server sends the field.
    public var isReadOnly: Bool { access?.value == .readOnly }

    /// Whether only the client sends the field.
    public var isWriteOnly: Bool { access?.value == .writeOnly }

    /// Whether the field has any constraint.
    public var hasConstraints: Bool { !constraints.isEmpty }

    /// This field with `required` set to `required`, every other facet unchanged.
    public func with(required: Bool) -> FieldSpec {
        copy(required: required)
    }

    /// This field with `nullable` set to `nullable`, every other facet unchanged.
    public func with(nullable: Bool) -> FieldSpec {
        copy(nullable: nullable)
    }

    /// This field with the facets given replaced.
    private func copy(required: Bool? = nil, nullable: Bool? = nil) -> FieldSpec {
        FieldSpec(
            name: name, nameSource: nameSource, type: type, typeSource: typeSource, swiftName: swiftName,
            swiftNameSource: swiftNameSource, required: required ?? self.required, nullable: nullable ?? self.nullable,
            description: description, deprecated: deprecated, defaultValue: defaultValue, enumValues: enumValues,
            example: example, constraints: constraints, sensitive: sensitive, access: access, contentType: contentType,
            style: style, explode: explode)
    }
}

/// The validation facets of a field, as JSON Schema names them.
///
/// A plain set of optional values: the loader fills it one key at a time.
public struct Constraints: Sendable, Hashable {
    public var minLength: Located<Int>?
    public var maxLength: Located<Int>?
    public var pattern: Located<String>?
    public var minimum: Located<Double>?
    public var maximum: Located<Double>?
    public var minItems: Located<Int>?
    public var maxItems: Located<Int>?

    /// Creates constraints; each one absent unless given.
    public init(
        minLength: Located<Int>? = nil, maxLength: Located<Int>? = nil, pattern: Located<String>? = nil,
        minimum: Located<Double>? = nil, maximum: Located<Double>? = nil, minItems: Located<Int>? = nil,
        maxItems: Located<Int>? = nil
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.minimum = minimum
        self.maximum = maximum
        self.minItems = minItems
        self.maxItems = maxItems
    }

    /// Whether no constraint is set.
    public var isEmpty: Bool {
        // Matched rather than compared with nil: `==` on these optionals is generic, and its
        // first use makes the runtime build their types from their mangled names.
        if case .some = minLength { return false }
        if case .some = maxLength { return false }
        if case .some = minItems { return false }
        if case .some = maxItems { return false }
        if case .some = minimum { return false }
        if case .some = maximum { return false }
        if case .some = pattern { return false }
        return true
    }
}

/// A value with the place in the spec it came from, so later checks can point at it.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public let value: Value
    public let source: SourceRef

    public init(_ value: Value, at source: SourceRef) {
        self.value = value
        self.source = source
    }
}
