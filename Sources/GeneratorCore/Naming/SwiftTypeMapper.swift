import SpecModel

/// Maps spec type expressions to Swift type names.
///
/// `string(date-time)` is `Date`, `string(date)` the runtime's `CalendarDate`, `string(uuid)`
/// `UUID`, `string(binary)` `Data`; every other string format stays `String`. Sized numbers get
/// their sized types (`Int32`, `Int64`, `Float`); `object` is a JSON object,
/// `[String: JSONValue]`, and `any` any JSON value; models use their Swift type names.
struct SwiftTypeMapper: Sendable {
    /// Spec model name → Swift type name.
    let modelTypeNames: [String: String]

    func swiftType(_ type: TypeExpression) -> String {
        switch type {
        case .string(let format): Self.swiftType(of: format)
        case .integer(let format):
            switch format {
            case nil: "Int"
            case .int32: "Int32"
            case .int64: "Int64"
            }
        case .number(let format): format == .float ? "Float" : "Double"
        case .boolean: "Bool"
        case .object: "[String: JSONValue]"
        case .any: "JSONValue"
        case .array(let element): "[" + swiftType(element) + "]"
        case .map(let value): "[String: " + swiftType(value) + "]"
        case .model(let name): modelTypeNames[name] ?? SwiftNaming.upperCamelCase(name)
        }
    }

    static func swiftType(of format: StringFormat?) -> String {
        switch format {
        case .dateTime: "Date"
        case .date: "CalendarDate"
        case .uuid: "UUID"
        case .binary: "Data"
        default: "String"
        }
    }

    /// The Swift type with the element replaced by `elementName`, for properties whose values
    /// are an inline enum: `array(string)` with an enum named `Scope` is `[Scope]`.
    func swiftType(_ type: TypeExpression, replacingPrimitiveWith elementName: String) -> String {
        switch type {
        case .array(let element): "[" + swiftType(element, replacingPrimitiveWith: elementName) + "]"
        default: elementName
        }
    }
}
