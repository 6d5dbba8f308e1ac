/// A type as the spec writes it: `string`, `string(date-time)`, `array(Role)`, `map(string)`,
/// `object`, `any`, `Role`.
///
/// `array` and `map` are indirect: they are the cases that hold another expression.
public enum TypeExpression: Sendable, Hashable, CustomStringConvertible {
    case string(format: StringFormat?)
    case integer(format: IntegerFormat?)
    case number(format: NumberFormat?)
    case boolean
    /// Any JSON object.
    case object
    /// Any JSON value.
    case any
    indirect case array(TypeExpression)
    /// A JSON object whose keys are free and whose values are all of one type.
    indirect case map(TypeExpression)
    /// A model declared under `models`.
    case model(String)

    /// The expression as the spec writes it, such as `array(string(date-time))`.
    public var description: String {
        switch self {
        case .string(let format): format.map { "string(\($0.rawValue))" } ?? "string"
        case .integer(let format): format.map { "integer(\($0.rawValue))" } ?? "integer"
        case .number(let format): format.map { "number(\($0.rawValue))" } ?? "number"
        case .boolean: "boolean"
        case .object: "object"
        case .any: "any"
        case .array(let element): "array(\(element))"
        case .map(let value): "map(\(value))"
        case .model(let name): name
        }
    }

    /// The model names this expression mentions.
    public var referencedModels: [String] {
        switch self {
        case .model(let name): [name]
        case .array(let element): element.referencedModels
        case .map(let value): value.referencedModels
        default: []
        }
    }

    /// The primitive kind a literal (an enum value or a default) must have, if any: strings
    /// whose Swift type is not text (dates, UUIDs, bytes) have none.
    public var primitive: Primitive? {
        switch self {
        case .string(let format): (format?.isText ?? true) ? .string : nil
        case .integer: .integer
        case .number: .number
        case .boolean: .boolean
        default: nil
        }
    }

    /// The primitive of the value, or of each item of an array: what an `enum` constrains.
    public var itemPrimitive: Primitive? {
        if case .array(let element) = self { return element.primitive }
        return primitive
    }

    /// The type of each item of an array, else the type itself.
    public var itemElement: TypeExpression {
        if case .array(let element) = self { return element }
        return self
    }

    /// Whether the value is a `map(T)`.
    public var isMap: Bool {
        if case .map = self { return true }
        return false
    }

    /// Whether the value is text in Swift too, so that lengths and patterns apply to it.
    public var isText: Bool {
        if case .string(let format) = self { return format?.isText ?? true }
        return false
    }

    /// The kinds of value a literal can have.
    public enum Primitive: String, Sendable, Hashable {
        case string, integer, number, boolean

        /// "a string", "an integer": for messages.
        public var withArticle: String { self == .integer ? "an integer" : "a \(rawValue)" }
    }
}

/// The formats `string( )` accepts: a closed list, so that a misspelled one is an error.
public enum StringFormat: String, Sendable, Hashable, CaseIterable {
    case dateTime = "date-time"
    case date, time, duration, email, uri
    case uriReference = "uri-reference"
    case url, hostname, ipv4, ipv6, uuid, binary, byte, password, regex

    /// Whether values of this format stay `String` in Swift: all but dates, UUIDs and raw bytes.
    public var isText: Bool {
        switch self {
        case .dateTime, .date, .uuid, .binary: false
        default: true
        }
    }
}

/// The formats `integer( )` accepts.
public enum IntegerFormat: String, Sendable, Hashable, CaseIterable {
    case int32, int64
}

/// The formats `number( )` accepts.
public enum NumberFormat: String, Sendable, Hashable, CaseIterable {
    case float, double
}
