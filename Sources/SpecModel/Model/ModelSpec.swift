/// A named type under `models`: an object with properties, or a named enum of primitive values.
///
/// Its parts live in one ``CopyOnWriteBox``, as a field's do (see ``FieldSpec``).
public struct ModelSpec: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
        case object(properties: [FieldSpec])
        /// `type: string` (or `integer`) with `enum: [...]`: a named open enum.
        case enumeration(TypeExpression, values: [Located<LiteralValue>])
    }

    /// The stored parts, documented on the properties below.
    @usableFromInline
    struct Parts: Sendable, Hashable {
        @usableFromInline var name: String
        @usableFromInline var source: SourceRef
        @usableFromInline var description: String?
        @usableFromInline var deprecated: Bool = false
        @usableFromInline var group: Located<String>?
        @usableFromInline var typeSource: SourceRef?
        @usableFromInline var swiftName: Located<String>?
        @usableFromInline var shape: Shape
        @usableFromInline var origin: Origin
    }

    @usableFromInline var storage: CopyOnWriteBox<Parts>

    public var name: String {
        @inlinable get { storage.value.name }
        _modify { yield &storage.value.name }
    }
    public var source: SourceRef {
        @inlinable get { storage.value.source }
        _modify { yield &storage.value.source }
    }
    public var description: String? {
        @inlinable get { storage.value.description }
        _modify { yield &storage.value.description }
    }
    public var deprecated: Bool {
        @inlinable get { storage.value.deprecated }
        _modify { yield &storage.value.deprecated }
    }
    /// `group:`: the group whose model file holds this model; derived from its users when absent.
    public var group: Located<String>? {
        @inlinable get { storage.value.group }
        _modify { yield &storage.value.group }
    }
    /// Where an enum model's `type:` is, for errors about it.
    public var typeSource: SourceRef? {
        @inlinable get { storage.value.typeSource }
        _modify { yield &storage.value.typeSource }
    }
    /// `name:`: the Swift type name to use instead of one derived from the model's name.
    public var swiftName: Located<String>? {
        @inlinable get { storage.value.swiftName }
        _modify { yield &storage.value.swiftName }
    }
    public var shape: Shape {
        @inlinable get { storage.value.shape }
        _modify { yield &storage.value.shape }
    }
    /// Where the model came from when the generator named an inline body or response.
    public var origin: Origin {
        @inlinable get { storage.value.origin }
        _modify { yield &storage.value.origin }
    }

    public enum Origin: Sendable, Hashable {
        case declared
        case requestBody(operationId: String)
        case responseBody(operationId: String, status: String)
    }

    public init(name: String, source: SourceRef, shape: Shape, origin: Origin = .declared) {
        storage = CopyOnWriteBox(Parts(name: name, source: source, shape: shape, origin: origin))
    }

    /// Inlinable, so that reading it from a model in an array reads the shape in place.
    @inlinable
    public var properties: [FieldSpec] {
        if case .object(let properties) = storage.value.shape { return properties }
        return []
    }
}
