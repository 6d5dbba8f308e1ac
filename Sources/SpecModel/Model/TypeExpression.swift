/// A type as the spec writes it: `string`, `string(date-time)`, `array(Role)`, `object`, `Role`.
///
/// Only `array` is indirect: it is the only case that holds another expression.
public enum TypeExpression: Sendable, Hashable, CustomStringConvertible {
    case string(format: String?)
    case integer(format: String?)
    case number(format: String?)
    case boolean
    /// Any JSON object.
    case object
    indirect case array(TypeExpression)
    /// A model declared under `models`.
    case model(String)

    /// The expression as the spec writes it, such as `array(string(date-time))`.
    public var description: String {
        switch self {
        case .string(let format): format.map { "string(\($0))" } ?? "string"
        case .integer(let format): format.map { "integer(\($0))" } ?? "integer"
        case .number(let format): format.map { "number(\($0))" } ?? "number"
        case .boolean: "boolean"
        case .object: "object"
        case .array(let element): "array(\(element))"
        case .model(let name): name
        }
    }

    /// The model names this expression mentions.
    public var referencedModels: [String] {
        switch self {
        case .model(let name): [name]
        case .array(let element): element.referencedModels
        default: []
        }
    }

    /// The primitive kind a literal (an enum value or a default) must have, if any.
    public var primitive: Primitive? {
        switch self {
        case .string: .string
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

    /// The kinds of value a literal can have.
    public enum Primitive: String, Sendable, Hashable {
        case string, integer, number, boolean

        /// "a string", "an integer": for messages.
        public var withArticle: String { self == .integer ? "an integer" : "a \(rawValue)" }
    }
}
