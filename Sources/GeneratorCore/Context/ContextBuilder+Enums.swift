import Foundation
import SpecModel

extension ContextBuilderState {
    /// An open enum: one case per known value, plus a case that keeps any value the server adds
    /// later, so a new value never fails decoding. `source` says whose values they are, for the
    /// doc comment: `kind` is `model`, `property` or `parameter` (with its `location`), and `name`
    /// is the spec's name.
    func enumContext(
        swiftName: String, type: TypeExpression, values: [Located<LiteralValue>], description: String?,
        source: EnumSourceContext
    ) -> EnumContext {
        var scope = NameScope("the cases of", of: swiftName)
        let cases = values.map { value in
            // Values are the API's; they cannot be renamed, so clashing cases are numbered.
            let caseName = scope.claimFree(enumCaseName(value.value), for: value.value.description, at: value.source)
            return EnumCaseContext(
                swiftName: SwiftNaming.escapedIdentifier(caseName), label: caseName,
                rawLiteral: rawLiteral(value.value, type: type), rawValue: value.value.description)
        }
        var unknownName = "unknown"
        var number = 2
        while scope.contains(unknownName) {
            unknownName = number == 2 ? "unknownValue" : "unknownValue\(number)"
            number += 1
        }
        // Measured as nested in a struct, the deeper of the two places an enum is declared.
        let oneLineDeclaration = "    public enum \(swiftName): OpenEnum, ParameterValue {"
        return EnumContext(
            swiftName: swiftName, wrapsDeclaration: exceedsLineLength(oneLineDeclaration), rawType: mapper.swiftType(type),
            description: description, source: source, cases: cases, unknownCaseName: unknownName)
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
