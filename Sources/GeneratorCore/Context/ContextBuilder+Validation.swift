import Foundation
import SpecModel
import TemplateEngine

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
        // By index: iterating the models and their properties would copy each one.
        for index in spec.models.indices {
            let name = spec.models[index].name
            let properties = spec.models[index].properties
            var hasOwnChecks = false
            for position in properties.indices {
                if !hasOwnChecks, Self.hasChecks(properties, at: position) { hasOwnChecks = true }
                if let child = validatedChild(of: properties[position].type) { usedBy[child, default: []].append(name) }
            }
            if hasOwnChecks { pending.append(name) }
        }
        var result = Set(pending)
        while let name = pending.popLast() {
            for user in usedBy[name] ?? [] where result.insert(user).inserted { pending.append(user) }
        }
        return result
    }

    /// The model whose values a property of this type validates in turn: a model, or the
    /// elements of an array of one, which is what the templates' `nested` can call. Deeper arrays
    /// are not walked, so a model holding only those does not claim to validate them.
    func validatedChild(of type: TypeExpression) -> String? {
        switch type {
        case .model(let name), .array(.model(let name)): name
        default: nil
        }
    }

    /// Whether ``checks(for:)`` gives the field at `position` any check, read in place and without
    /// building them.
    static func hasChecks(_ fields: [FieldSpec], at position: Int) -> Bool {
        // Most fields have no constraint: told without copying the constraints out.
        guard fields[position].hasConstraints else { return false }
        let isEnum = fields[position].enumValues != nil
        switch fields[position].type {
        case .string(let format) where format != "date-time" && !isEnum:
            return fields[position].constraints.minLength != nil || fields[position].constraints.maxLength != nil
                || fields[position].constraints.pattern != nil
        case .integer where !isEnum, .number where !isEnum:
            return fields[position].constraints.minimum != nil || fields[position].constraints.maximum != nil
        case .array:
            return fields[position].constraints.minItems != nil || fields[position].constraints.maxItems != nil
        default:
            return false
        }
    }

    /// The constraint checks that apply to a field's Swift type, each a `Validation` function and its bound.
    func checks(for field: FieldSpec) -> [TemplateValue] {
        let constraints = field.constraints
        let isEnum = field.enumValues != nil
        var checks: [TemplateValue] = []
        func add(_ function: String, _ bound: String, _ rule: String) {
            var check = TemplateShape.Builder(ContextShapes.check)
            check.add("function", .string(function))
            check.add("bound", .string(bound))
            check.add("rule", .string(rule))
            check.add("ruleLiteral", .string(SwiftLiteral.string(rule)))
            checks.append(check.value)
        }
        switch field.type {
        case .string(let format) where format != "date-time" && !isEnum:
            if let value = constraints.minLength?.value { add("minLength", String(value), "minLength: \(value)") }
            if let value = constraints.maxLength?.value { add("maxLength", String(value), "maxLength: \(value)") }
            if let pattern = constraints.pattern?.value {
                add("pattern", SwiftLiteral.string(pattern), "pattern: \(pattern)")
            }
        case .integer where !isEnum:
            // An integer at least 1.5 is at least 2: round the bound toward the allowed side.
            if let value = constraints.minimum?.value {
                add("minimum", String(clampedInt(value.rounded(.up))), "minimum: \(SwiftLiteral.double(value))")
            }
            if let value = constraints.maximum?.value {
                add("maximum", String(clampedInt(value.rounded(.down))), "maximum: \(SwiftLiteral.double(value))")
            }
        case .number where !isEnum:
            if let value = constraints.minimum?.value { add("minimum", SwiftLiteral.doubleLiteral(value), "minimum: \(SwiftLiteral.double(value))") }
            if let value = constraints.maximum?.value { add("maximum", SwiftLiteral.doubleLiteral(value), "maximum: \(SwiftLiteral.double(value))") }
        case .array:
            if let value = constraints.minItems?.value { add("minItems", String(value), "minItems: \(value)") }
            if let value = constraints.maxItems?.value { add("maxItems", String(value), "maxItems: \(value)") }
        default:
            break
        }
        return checks
    }

    /// A whole-number bound as an `Int`, saturating beyond `Int`'s range instead of trapping.
    func clampedInt(_ value: Double) -> Int {
        if value >= Double(Int.max) { return .max }
        if value <= Double(Int.min) { return .min }
        return Int(value)
    }

    /// Adds the validation part of a field's context: its checks, how to reach its value, and
    /// whether it holds models to validate in turn (one, or a list).
    /// `escapedName` is the field's Swift name as code writes it (`SwiftNaming.escapedIdentifier`),
    /// `nameLiteral` its spec name as a Swift string literal.
    func addValidationContext(
        _ field: FieldSpec, escapedName name: String, nameLiteral: String, validating: Set<String>,
        to context: inout TemplateShape.Builder
    ) {
        let threeState = field.nullable && !field.required
        let isOptional = !field.required || field.nullable
        let value = threeState ? name + "?.wrapped" : name
        var nested: TemplateValue = .null
        switch field.type {
        case .model(let model) where validating.contains(model):
            nested = "single"
        case .array(.model(let model)) where validating.contains(model):
            nested = "list"
        default:
            break
        }
        // Checks come from constraints, which most fields have none of: none to build then.
        let checks = field.hasConstraints ? checks(for: field) : []
        context.add("checks", .array(checks))
        context.add("valueExpression", .string(value))
        context.add("valueIsOptional", .bool(isOptional))
        context.add("iterableExpression", .string(isOptional ? "(" + value + " ?? [])" : value))
        context.add("nested", nested)
        context.add("fieldLiteral", .string(nameLiteral))
        context.add("memberLiteral", .string(SwiftLiteral.memberString(field.name)))
        context.add("validates", .bool(!checks.isEmpty || nested != .null))
    }
}
