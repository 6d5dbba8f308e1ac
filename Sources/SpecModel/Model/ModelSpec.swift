/// A named type under `models`: an object with properties, a named enum of primitive values, or
/// a union of other types.
public struct ModelSpec: Sendable, Hashable {
    /// What the model is made of.
    public enum Shape: Sendable, Hashable {
        case object(properties: [FieldSpec])
        /// `type: string` (or `integer`) with `enum: [...]`: a named open enum.
        case enumeration(TypeExpression, values: [Located<LiteralValue>])
        /// `oneOf: [...]` or `anyOf: [...]`: a value that is one of several types.
        case union(UnionSpec)
    }

    /// Where a model comes from: declared under `models`, or named after an inline body.
    public enum Origin: Sendable, Hashable {
        case declared
        case requestBody(operationId: String)
        case responseBody(operationId: String, status: String)
    }

    /// The key under `models`, or the name given to an inline body or response.
    public let name: String
    /// Where the model is declared, or where its inline properties are.
    public let source: SourceRef
    /// `description:`: the model's documentation.
    public let description: String?
    /// `deprecated:`: whether the generated type is marked deprecated.
    public let deprecated: Bool
    /// `group:`: the group whose model file holds this model; derived from its users when absent.
    public let group: Located<String>?
    /// Where an enum model's `type:` is, for errors about it.
    public let typeSource: SourceRef?
    /// `name:`: the Swift type name to use instead of one derived from the model's name.
    public let swiftName: Located<String>?
    /// An object's properties or an enum's values.
    public let shape: Shape
    /// Where the model came from when the generator named an inline body or response.
    public let origin: Origin
    /// `additionalProperties:`: the type of the values of keys beyond the declared properties,
    /// which the generated struct keeps; nil when extra keys are dropped.
    public let additionalProperties: Located<TypeExpression>?

    /// Creates a model of a shape; every optional part defaults to absent.
    public init(
        name: String, source: SourceRef, shape: Shape, origin: Origin = .declared, description: String? = nil,
        deprecated: Bool = false, group: Located<String>? = nil, typeSource: SourceRef? = nil,
        swiftName: Located<String>? = nil, additionalProperties: Located<TypeExpression>? = nil
    ) {
        self.name = name
        self.source = source
        self.shape = shape
        self.origin = origin
        self.description = description
        self.deprecated = deprecated
        self.group = group
        self.typeSource = typeSource
        self.swiftName = swiftName
        self.additionalProperties = additionalProperties
    }

    /// An object's properties; none for an enum.
    public var properties: [FieldSpec] {
        if case .object(let properties) = shape { return properties }
        return []
    }
}
