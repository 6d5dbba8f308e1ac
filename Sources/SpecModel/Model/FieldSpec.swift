/// A model property, a body property, or a header, query or path parameter: all are a wire
/// name with a type and the same optional facets.
public struct FieldSpec: Sendable, Hashable {
    /// The name on the wire: the JSON key, header name or query key.
    public var name: String
    public var nameSource: SourceRef
    public var type: TypeExpression
    public var typeSource: SourceRef
    /// `name:`: the Swift name to use instead of one derived from the wire name.
    public var swiftName: String?
    public var swiftNameSource: SourceRef?
    public var required: Bool
    public var nullable: Bool
    public var description: String?
    public var deprecated: Bool
    public var defaultValue: Located<LiteralValue>?
    public var enumValues: [Located<LiteralValue>]?
    public var example: LiteralValue?
    public var constraints: Constraints
    /// `sensitive:`: whether the value is a secret that must print redacted; nil lets the
    /// generator decide from the name.
    public var sensitive: Bool?

    public init(name: String, nameSource: SourceRef, type: TypeExpression, typeSource: SourceRef) {
        self.name = name
        self.nameSource = nameSource
        self.type = type
        self.typeSource = typeSource
        self.required = false
        self.nullable = false
        self.deprecated = false
        self.constraints = Constraints()
    }
}

/// The validation facets of a field, as JSON Schema names them.
public struct Constraints: Sendable, Hashable {
    public var minLength: Located<Int>?
    public var maxLength: Located<Int>?
    public var pattern: Located<String>?
    public var minimum: Located<Double>?
    public var maximum: Located<Double>?
    public var minItems: Located<Int>?
    public var maxItems: Located<Int>?

    public init() {}

    public var isEmpty: Bool {
        minLength == nil && maxLength == nil && pattern == nil && minimum == nil && maximum == nil
            && minItems == nil && maxItems == nil
    }
}

/// A value with the place in the spec it came from, so later checks can point at it.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var source: SourceRef

    public init(_ value: Value, at source: SourceRef) {
        self.value = value
        self.source = source
    }
}
