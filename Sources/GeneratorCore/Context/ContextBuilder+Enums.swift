import Foundation
import SpecModel
import TemplateEngine

extension ContextBuilderState {
    /// An open enum: one case per known value, plus a case that keeps any value the server adds
    /// later, so a new value never fails decoding. `source` says whose values they are, for the
    /// doc comment: `kind` is `model`, `property` or `parameter` (with its `location`), and `name`
    /// is the spec's name.
    mutating func enumContext(
        swiftName: String, type: TypeExpression, values: [Located<LiteralValue>], description: String?,
        source: TemplateValue
    ) -> TemplateValue {
        var scope = NameScope("the cases of", of: swiftName)
        var cases: [TemplateValue] = []
        for value in values {
            // Values are the API's; they cannot be renamed, so clashing cases are numbered.
            let caseName = scope.claimFree(enumCaseName(value.value), for: value.value.description, at: value.source)
            var enumCase = TemplateShape.Builder(ContextShapes.enumCase)
            enumCase.add("swiftName", .string(SwiftNaming.escapedIdentifier(caseName)))
            enumCase.add("label", .string(caseName))
            enumCase.add("rawLiteral", .string(rawLiteral(value.value, type: type)))
            enumCase.add("rawValue", .string(value.value.description))
            cases.append(enumCase.value)
        }
        var unknownName = "unknown"
        var number = 2
        while scope.contains(unknownName) {
            unknownName = number == 2 ? "unknownValue" : "unknownValue\(number)"
            number += 1
        }
        // Measured as nested in a struct, the deeper of the two places an enum is declared.
        let oneLineDeclaration = "    public enum \(swiftName): RawRepresentable, Codable, Hashable, Sendable, ParameterValue {"
        var context = TemplateShape.Builder(ContextShapes.enumeration)
        context.add("swiftName", .string(swiftName))
        context.add("wrapsDeclaration", .bool(exceedsLineLength(oneLineDeclaration)))
        context.add("rawType", .string(mapper.swiftType(type)))
        context.add("description", description.map(TemplateValue.string) ?? .null)
        context.add("source", source)
        context.add("cases", .array(cases))
        context.add("unknownCaseName", .string(unknownName))
        return context.value
    }

    /// `local` → `local`, `scim-2` → `scim2`, `1` → `_1`, `-1` → `_minus1`, `1.5` → `_1_5`.
    func enumCaseName(_ value: LiteralValue) -> String {
        switch value {
        case .string(let text):
            if text.isEmpty { return "empty" }
            // Numbers written as strings read like numbers: "-1" is `_minus1`, not `_1`.
            if let int = Int(text) { return enumCaseName(.integer(int)) }
            return SwiftNaming.memberName(text)
        case .integer(let int):
            // `magnitude`, not negation: `-Int.min` overflows.
            return int < 0 ? "_minus\(int.magnitude)" : "_\(int)"
        case .number(let double):
            let text = SwiftLiteral.double(double).replacingOccurrences(of: ".", with: "_")
            return text.hasPrefix("-") ? "_minus" + text.dropFirst() : "_" + text
        case .bool(let bool): return String(bool)
        case .null: return "null"
        }
    }

    func rawLiteral(_ value: LiteralValue, type: TypeExpression) -> String {
        switch value {
        case .string(let text): SwiftLiteral.string(text)
        case .integer(let int): if case .number = type { SwiftLiteral.double(Double(int)) } else { String(int) }
        case .number(let double): SwiftLiteral.double(double)
        case .bool(let bool): String(bool)
        case .null: "nil"
        }
    }
}
