/// A literal the spec gives for an enum value, a default or an example, typed by the YAML 1.2
/// core schema: `300` is an integer, `"300"` and `local` are strings.
public enum LiteralValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)

    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .string(let value): value
        }
    }

    /// Whether the literal is a value of the primitive type; an integer literal is also a number.
    public func matches(_ primitive: TypeExpression.Primitive) -> Bool {
        switch (self, primitive) {
        case (.string, .string), (.bool, .boolean), (.integer, .integer), (.integer, .number), (.number, .number):
            true
        default:
            false
        }
    }
}
