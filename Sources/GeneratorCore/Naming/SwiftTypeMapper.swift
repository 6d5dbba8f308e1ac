import SpecModel

/// Maps spec type expressions to Swift type names.
///
/// `string(date-time)` is `Date`; every other string format stays `String`; `object` is a JSON
/// object, `[String: JSONValue]`; models use their Swift type names.
struct SwiftTypeMapper: Sendable {
    /// Spec model name → Swift type name.
    let modelTypeNames: [String: String]

    func swiftType(_ type: TypeExpression) -> String {
        switch type {
        case .string(let format): format == "date-time" ? "Date" : "String"
        case .integer: "Int"
        case .number: "Double"
        case .boolean: "Bool"
        case .object: "[String: JSONValue]"
        case .array(let element): "[" + swiftType(element) + "]"
        case .model(let name): modelTypeNames[name] ?? SwiftNaming.upperCamelCase(name)
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
