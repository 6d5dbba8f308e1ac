import Foundation
import SpecModel

/// What the generated code checks before a request is sent: the spec's constraints, as calls
/// to the runtime's `Validation` functions, and the nested models that have checks of their own.
extension ContextBuilderState {
    /// The models whose values have something to check, directly or through nested models.
    ///
    /// The models with checks of their own are found in one pass; the models holding them are
    /// then found by walking the "is used by" edges back from those, so each model and each
    /// property is looked at once however deep the nesting goes.
    func modelsNeedingValidation() -> Set<String> {
        var usedBy: [String: [String]] = [:]
        var pending: [String] = []
        // Read in place, by index: a copy of a spec value copies every one of its parts.
        for index in spec.models.indices {
            let name = spec.models[index].name
            let properties = spec.models[index].properties
            for position in properties.indices {
                if let child = validatedChild(of: properties[position].type) { usedBy[child, default: []].append(name) }
            }
            // A union checks the member models it holds directly.
            if case .union(let union) = spec.models[index].shape {
                for member in union.members {
                    if case .model(let child) = member.value { usedBy[child, default: []].append(name) }
                }
            }
            if properties.indices.contains(where: { !Self.checks(for: properties[$0]).isEmpty }) { pending.append(name) }
        }
        var result = Set(pending)
        while let name = pending.popLast() {
            for user in usedBy[name] ?? [] where result.insert(user).inserted { pending.append(user) }
        }
        return result
    }

    /// The model whose values a property of this type validates in turn: a model, or the
    /// elements of an array or map of one, which is what the templates' `nested` can call.
    /// Deeper collections are not walked, so a model holding only those does not claim to
    /// validate them.
    func validatedChild(of type: TypeExpression) -> String? {
        switch type {
        case .model(let name), .array(.model(let name)), .map(.model(let name)): name
        default: nil
        }
    }

    /// The constraint checks that apply to a field's Swift type, each a `Validation` function and its bound.
    static func checks(for field: FieldSpec) -> [CheckContext] {
        // Most fields have no constraint, and so nothing to check.
        guard field.hasConstraints else { return [] }
        let constraints = field.constraints
        let isEnum = field.enumValues != nil
        var checks: [CheckContext] = []
        func add(_ function: String, _ bound: String, _ rule: String) {
            checks.append(CheckContext(function: function, bound: bound, rule: rule, ruleLiteral: SwiftLiteral.string(rule)))
        }
        switch field.type {
        case .string where field.type.isText && !isEnum:
            if let value = constraints.minLength?.value { add("minLength", String(value), "minLength: \(value)") }
            if let value = constraints.maxLength?.value { add("maxLength", String(value), "maxLength: \(value)") }
            if let pattern = constraints.pattern?.value {
                add("pattern", SwiftLiteral.string(pattern), "pattern: \(pattern)")
            }
        case .integer(let format) where !isEnum:
            // An integer at least 1.5 is at least 2: round the bound toward the allowed side.
            let range = format == .int32 ? Int(Int32.min)...Int(Int32.max) : Int.min...Int.max
            if let value = constraints.minimum?.value {
                add("minimum", String(clampedInt(value.rounded(.up), to: range)), "minimum: \(SwiftLiteral.double(value))")
            }
            if let value = constraints.maximum?.value {
                add("maximum", String(clampedInt(value.rounded(.down), to: range)), "maximum: \(SwiftLiteral.double(value))")
            }
        case .number(let format) where !isEnum:
            // A bound beyond `Float`'s range would overflow its literal: the largest finite one says the same.
            let largest = format == .float ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
            if let value = constraints.minimum?.value {
                add("minimum", SwiftLiteral.doubleLiteral(min(max(value, -largest), largest)), "minimum: \(SwiftLiteral.double(value))")
            }
            if let value = constraints.maximum?.value {
                add("maximum", SwiftLiteral.doubleLiteral(min(max(value, -largest), largest)), "maximum: \(SwiftLiteral.double(value))")
            }
        case .array:
            if let value = constraints.minItems?.value { add("minItems", String(value), "minItems: \(value)") }
            if let value = constraints.maxItems?.value { add("maxItems", String(value), "maxItems: \(value)") }
        default:
            break
        }
        return checks
    }

    /// A whole-number bound within `range`, saturating beyond it instead of trapping.
    static func clampedInt(_ value: Double, to range: ClosedRange<Int>) -> Int {
        if value >= Double(range.upperBound) { return range.upperBound }
        if value <= Double(range.lowerBound) { return range.lowerBound }
        return Int(value)
    }

    /// Whether a value of this type holds models with checks of their own: one, or a list.
    func nestedValidation(of type: TypeExpression) -> ValidationContext.Nested? {
        switch type {
        case .model(let model) where validatingModels.contains(model): .single
        case .array(.model(let model)) where validatingModels.contains(model): .list
        case .map(.model(let model)) where validatingModels.contains(model): .map
        default: nil
        }
    }

    /// What the generated code checks of a field, and how it reaches its value. `escapedName` is
    /// the field's Swift name as code writes it.
    func validationContext(
        _ field: FieldSpec, escapedName name: String, isOptional: Bool, isThreeState: Bool
    ) -> ValidationContext {
        let value = isThreeState ? name + "?.wrapped" : name
        return ValidationContext(
            checks: Self.checks(for: field), valueExpression: value,
            iterableExpression: isOptional ? "(" + value + (field.type.isMap ? " ?? [:])" : " ?? [])") : value, nested: nestedValidation(of: field.type),
            memberLiteral: SwiftLiteral.memberString(field.name))
    }
}
