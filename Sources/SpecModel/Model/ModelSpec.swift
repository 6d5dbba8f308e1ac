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

    /// The parts to change, in a box of this model's own.
    @inlinable
    var parts: Parts {
        _read { yield storage.value }
        _modify {
            CopyOnWriteBox.makeUnique(&storage)
            yield &storage.value
        }
    }

    public var name: String {
        @inlinable get { storage.value.name }
        _modify { yield &parts.name }
    }
    public var source: SourceRef {
        @inlinable get { storage.value.source }
        _modify { yield &parts.source }
    }
    public var description: String? {
        @inlinable get { storage.value.description }
        _modify { yield &parts.description }
    }
    public var deprecated: Bool {
        @inlinable get { storage.value.deprecated }
        _modify { yield &parts.deprecated }
    }
    /// `group:`: the group whose model file holds this model; derived from its users when absent.
    public var group: Located<String>? {
        @inlinable get { storage.value.group }
        _modify { yield &parts.group }
    }
    /// Where an enum model's `type:` is, for errors about it.
    public var typeSource: SourceRef? {
        @inlinable get { storage.value.typeSource }
        _modify { yield &parts.typeSource }
    }
    /// `name:`: the Swift type name to use instead of one derived from the model's name.
    public var swiftName: Located<String>? {
        @inlinable get { storage.value.swiftName }
        _modify { yield &parts.swiftName }
    }
    public var shape: Shape {
        @inlinable get { storage.value.shape }
        _modify { yield &parts.shape }
    }
    /// Where the model came from when the generator named an inline body or response.
    public var origin: Origin {
        @inlinable get { storage.value.origin }
        _modify { yield &parts.origin }
    }

    public enum Origin: Sendable, Hashable {
        case declared
        case requestBody(operationId: String)
        case responseBody(operationId: String, status: String)
    }

    public init(name: String, source: SourceRef, shape: Shape, origin: Origin = .declared) {
        storage = CopyOnWriteBox(Parts(name: name, source: source, shape: shape, origin: origin))
    }

    public static func == (lhs: ModelSpec, rhs: ModelSpec) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.value == rhs.storage.value
    }

    public func hash(into hasher: inout Hasher) {
        storage.value.hash(into: &hasher)
    }

    /// Inlinable, so that reading it from a model in an array reads the shape in place.
    @inlinable
    public var properties: [FieldSpec] {
        if case .object(let properties) = storage.value.shape { return properties }
        return []
    }
}
