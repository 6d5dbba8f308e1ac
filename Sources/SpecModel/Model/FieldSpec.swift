/// A model property, a body property, or a header, query or path parameter: all are a wire
/// name with a type and the same optional facets.
///
/// The facets live in one ``CopyOnWriteBox``: fields are copied out of their lists all through
/// validation and generation, and a copy of the inline struct retained a dozen strings and
/// source references. Each property reads the box; a change copies it only when it is shared.
public struct FieldSpec: Sendable, Hashable {
    /// The stored facets, documented on the properties below.
    @usableFromInline
    struct Facets: Sendable, Hashable {
        @usableFromInline var name: String
        @usableFromInline var nameSource: SourceRef
        @usableFromInline var type: TypeExpression
        @usableFromInline var typeSource: SourceRef
        @usableFromInline var swiftName: String?
        @usableFromInline var swiftNameSource: SourceRef?
        @usableFromInline var required = false
        @usableFromInline var nullable = false
        @usableFromInline var description: String?
        @usableFromInline var deprecated = false
        @usableFromInline var defaultValue: Located<LiteralValue>?
        @usableFromInline var enumValues: [Located<LiteralValue>]?
        @usableFromInline var example: LiteralValue?
        @usableFromInline var constraints = Constraints()
        /// `!constraints.isEmpty`, kept up to date by ``FieldSpec/constraints``'s setter.
        @usableFromInline var hasConstraints = false
        @usableFromInline var sensitive: Bool?
    }

    @usableFromInline var storage: CopyOnWriteBox<Facets>

    /// The name on the wire: the JSON key, header name or query key.
    public var name: String {
        @inlinable get { storage.value.name }
        _modify { yield &storage.value.name }
    }
    public var nameSource: SourceRef {
        @inlinable get { storage.value.nameSource }
        _modify { yield &storage.value.nameSource }
    }
    public var type: TypeExpression {
        @inlinable get { storage.value.type }
        _modify { yield &storage.value.type }
    }
    public var typeSource: SourceRef {
        @inlinable get { storage.value.typeSource }
        _modify { yield &storage.value.typeSource }
    }
    /// `name:`: the Swift name to use instead of one derived from the wire name.
    public var swiftName: String? {
        @inlinable get { storage.value.swiftName }
        _modify { yield &storage.value.swiftName }
    }
    public var swiftNameSource: SourceRef? {
        @inlinable get { storage.value.swiftNameSource }
        _modify { yield &storage.value.swiftNameSource }
    }
    public var required: Bool {
        @inlinable get { storage.value.required }
        _modify { yield &storage.value.required }
    }
    public var nullable: Bool {
        @inlinable get { storage.value.nullable }
        _modify { yield &storage.value.nullable }
    }
    public var description: String? {
        @inlinable get { storage.value.description }
        _modify { yield &storage.value.description }
    }
    public var deprecated: Bool {
        @inlinable get { storage.value.deprecated }
        _modify { yield &storage.value.deprecated }
    }
    public var defaultValue: Located<LiteralValue>? {
        @inlinable get { storage.value.defaultValue }
        _modify { yield &storage.value.defaultValue }
    }
    public var enumValues: [Located<LiteralValue>]? {
        @inlinable get { storage.value.enumValues }
        _modify { yield &storage.value.enumValues }
    }
    public var example: LiteralValue? {
        @inlinable get { storage.value.example }
        _modify { yield &storage.value.example }
    }
    public var constraints: Constraints {
        @inlinable get { storage.value.constraints }
        _modify {
            // As `EndpointSpec.path` keeps its parts: after the change, however it ends.
            defer { storage.value.hasConstraints = !storage.value.constraints.isEmpty }
            yield &storage.value.constraints
        }
    }
    /// Whether the field has any constraint: `!constraints.isEmpty`, read without copying the
    /// constraints out of the field, which retains every source they name. Validation and the
    /// context ask it of every field, and most have none.
    public var hasConstraints: Bool {
        @inlinable get { storage.value.hasConstraints }
    }
    /// `sensitive:`: whether the value is a secret that must print redacted; nil lets the
    /// generator decide from the name.
    public var sensitive: Bool? {
        @inlinable get { storage.value.sensitive }
        _modify { yield &storage.value.sensitive }
    }

    public init(name: String, nameSource: SourceRef, type: TypeExpression, typeSource: SourceRef) {
        storage = CopyOnWriteBox(Facets(name: name, nameSource: nameSource, type: type, typeSource: typeSource))
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
