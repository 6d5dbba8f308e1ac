/// A `oneOf` or `anyOf` model: a value that is one of its member types.
///
/// Both decode the same way (see `Specs/README.md`); the kind is kept for documentation and
/// for the OpenAPI export.
public struct UnionSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case oneOf, anyOf
    }

    public let kind: Kind
    /// Where `oneOf:` or `anyOf:` is written.
    public let source: SourceRef
    /// The member types, models or type expressions, in the order listed.
    public let members: [Located<TypeExpression>]
    public let discriminator: Discriminator?

    public init(kind: Kind, source: SourceRef, members: [Located<TypeExpression>], discriminator: Discriminator?) {
        self.kind = kind
        self.source = source
        self.members = members
        self.discriminator = discriminator
    }
}

/// `discriminator:` of a union: the property whose value tells which member an object is.
public struct Discriminator: Sendable, Hashable {
    /// One `mapping:` entry: a property value and the member model it selects.
    public struct Mapping: Sendable, Hashable {
        public let value: Located<String>
        public let model: Located<String>

        public init(value: Located<String>, model: Located<String>) {
            self.value = value
            self.model = model
        }
    }

    /// `property:`: the JSON key that holds the value.
    public let property: Located<String>
    /// `mapping:`, in the order written; a member model it does not mention is selected by its name.
    public let mapping: [Mapping]

    public init(property: Located<String>, mapping: [Mapping]) {
        self.property = property
        self.mapping = mapping
    }

    /// The values that select `model`: its mapping entries, then its own name.
    public func values(selecting model: String) -> [String] {
        mapping.filter { $0.model.value == model }.map(\.value.value) + [model]
    }
}
