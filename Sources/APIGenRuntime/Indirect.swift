/// A value kept on the heap. A model that holds itself, directly or through other models,
/// stores one of the optional properties that close the cycle in an `Indirect`: Swift can lay
/// out a struct that contains itself only when something on the way is boxed.
///
/// It codes as the value it holds, so the JSON is the same as without the box.
@_spi(Generated) public indirect enum Indirect<Value> {
    case boxed(Value)

    public init(_ value: Value) {
        self = .boxed(value)
    }

    /// The value in the box.
    public var value: Value {
        switch self {
        case .boxed(let value): value
        }
    }
}

extension Indirect: Sendable where Value: Sendable {}
extension Indirect: Equatable where Value: Equatable {}
extension Indirect: Hashable where Value: Hashable {}

extension Indirect: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Value.self))
    }
}

extension Indirect: Encodable where Value: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

@_spi(Generated) extension KeyedDecodingContainer {
    /// A boxed three-state field: absent is `nil`, `null` is `.null`, as for ``Nullable`` itself.
    public func decodeIfPresent<Wrapped: Decodable>(
        _ type: Indirect<Nullable<Wrapped>>.Type, forKey key: Key
    ) throws -> Indirect<Nullable<Wrapped>>? {
        guard contains(key) else { return nil }
        return try decode(Indirect<Nullable<Wrapped>>.self, forKey: key)
    }
}
