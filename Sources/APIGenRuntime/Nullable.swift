/// A request field that can be sent as JSON `null` as well as with a value.
///
/// With an optional `Nullable`, a field says all three things an update needs:
///
/// ```swift
/// .init(profilePictureUrl: nil)                  // leave it out: keep the current value
/// .init(profilePictureUrl: .null)                // send null: clear it
/// .init(profilePictureUrl: "https://…/me.png")   // send a value: set it
/// ```
public enum Nullable<Wrapped> {
    /// JSON `null`.
    case null
    /// A value.
    case value(Wrapped)

    /// The value, or nil for `null`.
    public var wrapped: Wrapped? {
        if case .value(let value) = self { return value }
        return nil
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

extension Nullable: Encodable where Wrapped: Encodable {
    /// Encodes `null`, or the value.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let value): try container.encode(value)
        }
    }
}

extension Nullable: Decodable where Wrapped: Decodable {
    /// Decodes `null` as ``null``, and anything else as a value.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the input is neither `null` nor a `Wrapped`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension KeyedDecodingContainer {
    /// Tells a missing key (nil) from an explicit `null` (``Nullable/null``); the standard
    /// overload reads both as nil.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - key: The key to look for.
    /// - Returns: Nil when the key is missing, ``Nullable/null`` for `null`, and the value otherwise.
    /// - Throws: `DecodingError` when the value is neither `null` nor a `Wrapped`.
    public func decodeIfPresent<Wrapped: Decodable>(
        _ type: Nullable<Wrapped>.Type, forKey key: Key
    ) throws -> Nullable<Wrapped>? {
        guard contains(key) else { return nil }
        return try decode(Nullable<Wrapped>.self, forKey: key)
    }
}

extension Nullable: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral,
    ExpressibleByExtendedGraphemeClusterLiteral
where Wrapped == String {
    /// Creates ``value(_:)`` from a string literal.
    ///
    /// - Parameter value: The literal's value.
    public init(stringLiteral value: String) { self = .value(value) }
}

extension Nullable: ExpressibleByIntegerLiteral where Wrapped: ExpressibleByIntegerLiteral {
    /// Creates ``value(_:)`` from an integer literal.
    ///
    /// - Parameter value: The literal's value.
    public init(integerLiteral value: Wrapped.IntegerLiteralType) { self = .value(Wrapped(integerLiteral: value)) }
}

extension Nullable: ExpressibleByBooleanLiteral where Wrapped: ExpressibleByBooleanLiteral {
    /// Creates ``value(_:)`` from `true` or `false`.
    ///
    /// - Parameter value: The literal's value.
    public init(booleanLiteral value: Wrapped.BooleanLiteralType) { self = .value(Wrapped(booleanLiteral: value)) }
}
