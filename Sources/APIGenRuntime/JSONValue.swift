/// Any JSON value, for fields the API leaves free-form (`object`).
///
/// Write one with literals: `["plan": "pro", "seats": 3, "trial": nil]`.
public enum JSONValue: Codable, Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case integer(Int)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array of values.
    case array([JSONValue])
    /// An object: values by key.
    case object([String: JSONValue])

    /// Decodes any JSON value.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the input is not JSON.
    public init(from decoder: any Decoder) throws {
        // Containers first, objects before arrays: asking for the wrong container fails at once,
        // while trying each scalar type on an array or object fails with an error built from the
        // whole coding path at every level, which made deep values cost the cube of their depth.
        if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var fields: [String: JSONValue] = [:]
            fields.reserveCapacity(object.allKeys.count)
            for key in object.allKeys {
                fields[key.stringValue] = try object.decode(JSONValue.self, forKey: key)
            }
            self = .object(fields)
        } else if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            items.reserveCapacity(array.count ?? 0)
            while !array.isAtEnd {
                items.append(try array.decode(JSONValue.self))
            }
            self = .array(items)
        } else {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int.self) {
                self = .integer(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else {
                self = .string(try container.decode(String.self))
            }
        }
    }

    /// Encodes the value as it is.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// Creates ``null`` from `nil`.
    ///
    /// - Parameter nilLiteral: The empty tuple, as the literal gives it.
    public init(nilLiteral: ()) { self = .null }

    /// Creates ``bool(_:)`` from `true` or `false`.
    ///
    /// - Parameter value: The literal's value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// Creates ``integer(_:)`` from an integer literal.
    ///
    /// - Parameter value: The literal's value.
    public init(integerLiteral value: Int) { self = .integer(value) }

    /// Creates ``number(_:)`` from a floating-point literal.
    ///
    /// - Parameter value: The literal's value.
    public init(floatLiteral value: Double) { self = .number(value) }

    /// Creates ``string(_:)`` from a string literal.
    ///
    /// - Parameter value: The literal's value.
    public init(stringLiteral value: String) { self = .string(value) }

    /// Creates ``array(_:)`` from an array literal.
    ///
    /// - Parameter elements: The literal's elements.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// Creates ``object(_:)`` from a dictionary literal; of repeated keys, the last one wins.
    ///
    /// - Parameter elements: The literal's keys and values.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// An enum of the values an API documents, open to the ones it adds later: every raw value makes
/// a case, an unknown one its `unknown` case. It codes as its raw value.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable where RawValue: Codable {
    /// The case for a raw value, which is never nil.
    init(rawValue: RawValue)
}

extension OpenEnum {
    /// Decodes the raw value; a value the enum does not know decodes as its unknown case.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not a `RawValue`.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(RawValue.self))
    }

    /// Encodes the raw value.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
