/// A named type under `models`: an object with properties, or a named enum of primitive values.
public struct ModelSpec: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
        case object(properties: [FieldSpec])
        /// `type: string` (or `integer`) with `enum: [...]`: a named open enum.
        case enumeration(TypeExpression, values: [Located<LiteralValue>])
    }

    public var name: String
    public var source: SourceRef
    public var description: String?
    public var deprecated: Bool
    /// `group:`: the group whose model file holds this model; derived from its users when absent.
    public var group: Located<String>?
    /// Where an enum model's `type:` is, for errors about it.
    public var typeSource: SourceRef?
    /// `name:`: the Swift type name to use instead of one derived from the model's name.
    public var swiftName: Located<String>?
    public var shape: Shape
    /// Where the model came from when the generator named an inline body or response.
    public var origin: Origin

    public enum Origin: Sendable, Hashable {
        case declared
        case requestBody(operationId: String)
        case responseBody(operationId: String, status: String)
    }

    public init(name: String, source: SourceRef, shape: Shape, origin: Origin = .declared) {
        self.name = name
        self.source = source
        self.deprecated = false
        self.shape = shape
        self.origin = origin
    }

    /// Inlinable, so that reading it from a model in an array reads the shape in place: a call
    /// into this module would need a copy of the whole model, which retains every string it holds.
    @inlinable
    public var properties: [FieldSpec] {
        if case .object(let properties) = shape { return properties }
        return []
    }
}
