extension SpecValidator {
    // MARK: Models

    mutating func check(_ model: ModelSpec) {
        // Messages name the model by its name alone, so that is all they keep of it.
        let name = model.name
        func owner() -> String { "model '\(name)'" }
        if let group = model.group { checkGroupExists(group) }
        if let swiftName = model.swiftName,
            !isIdentifier(swiftName.value) || SwiftKeywords.all.contains(swiftName.value)
        {
            error(
                "'name' of \(owner()) must be a Swift type name: letters, digits and '_', not starting with a digit, not a keyword",
                at: swiftName.source)
        }
        switch model.shape {
        case .object(let properties):
            checkUnique(properties, kind: "property", owner: owner())
            // By index, so that each property is read in place rather than copied out.
            for index in properties.indices { check(properties[index], owner: owner()) }
        case .enumeration(let type, let values):
            guard let primitive = type.primitive, primitive != .boolean else {
                error(
                    "enum \(owner()) must be of type string, integer or number, not '\(type)'",
                    at: model.typeSource ?? model.source)
                return
            }
            if values.isEmpty { error("enum \(owner()) has no values", at: model.source) }
            checkEnumValues(values, primitive: primitive, owner: owner())
        }
    }

    // MARK: Fields

    mutating func check(_ field: FieldSpec, owner: @autoclosure () -> String) {
        let name = field.name
        func what() -> String { "'\(name)' of \(owner())" }
        checkType(field.type, at: field.typeSource)
        if let swiftName = field.swiftName, !isIdentifier(swiftName), let source = field.swiftNameSource {
            error(
                "'name' of \(what()) must be a Swift identifier: letters, digits and '_', not starting with a digit",
                at: source)
        }
        if let values = field.enumValues {
            if let primitive = field.type.itemPrimitive, primitive != .boolean {
                checkEnumValues(values, primitive: primitive, owner: what())
            } else {
                error(
                    "'enum' of \(what()) needs a string, integer or number type, not '\(field.type)'",
                    at: field.typeSource)
            }
            if values.isEmpty { error("'enum' of \(what()) has no values", at: field.typeSource) }
        }
        if let defaultValue = field.defaultValue { checkDefault(defaultValue, of: field, what: what()) }
        if field.hasConstraints { checkConstraints(field, what: what()) }
    }

    mutating func checkDefault(
        _ defaultValue: Located<LiteralValue>, of field: FieldSpec, what: @autoclosure () -> String
    ) {
        if defaultValue.value == .null {
            if !field.nullable {
                error("default of \(what()) is null, but it is not nullable", at: defaultValue.source)
            }
            return
        }
        guard let primitive = field.type.primitive else {
            error(
                "default of \(what()) needs a string, integer, number or boolean type, not '\(field.type)'",
                at: defaultValue.source)
            return
        }
        if !defaultValue.value.matches(primitive) {
            error(
                "default '\(defaultValue.value)' of \(what()) is not \(primitive.withArticle)", at: defaultValue.source)
        } else if let values = field.enumValues, !values.contains(where: { $0.value == defaultValue.value }) {
            error(
                "default '\(defaultValue.value)' of \(what()) is not one of its enum values (\(values.map(\.value.description).joined(separator: ", ")))",
                at: defaultValue.source)
        }
    }

    mutating func checkEnumValues(
        _ values: [Located<LiteralValue>], primitive: TypeExpression.Primitive, owner: @autoclosure () -> String
    ) {
        var seen: [LiteralValue: SourceRef] = [:]
        for value in values {
            // 1 and 1.0 are one number.
            var key = value.value
            if primitive == .number, case .integer(let int) = key { key = .number(Double(int)) }
            if !value.value.matches(primitive) {
                error("enum value '\(value.value)' of \(owner()) is not \(primitive.withArticle)", at: value.source)
            } else if let first = seen[key] {
                error(
                    "enum value '\(value.value)' of \(owner()) is listed twice (first at \(first.location))",
                    at: value.source)
            }
            seen[key] = seen[key] ?? value.source
        }
    }

    /// The constraints of a field that has some, checked in a fixed order: lengths and item
    /// counts, bounds, the pattern, then each lower limit against its upper one.
    mutating func checkConstraints(_ field: FieldSpec, what: @autoclosure () -> String) {
        let constraints = field.constraints
        let isString: Bool = if case .string = field.type { true } else { false }
        let isNumeric: Bool =
            switch field.type {
            case .integer, .number: true
            default: false
            }
        let isArray: Bool = if case .array = field.type { true } else { false }
        func checkCount(_ name: String, _ value: Located<Int>?, applies: Bool, kind: String) {
            guard let value else { return }
            if !applies {
                error("'\(name)' of \(what()) applies to \(kind) types only, not '\(field.type)'", at: value.source)
            }
            if value.value < 0 { error("'\(name)' of \(what()) must not be negative", at: value.source) }
        }
        checkCount("minLength", constraints.minLength, applies: isString, kind: "string")
        checkCount("maxLength", constraints.maxLength, applies: isString, kind: "string")
        checkCount("minItems", constraints.minItems, applies: isArray, kind: "array")
        checkCount("maxItems", constraints.maxItems, applies: isArray, kind: "array")
        func checkBound(_ name: String, _ value: Located<Double>?) {
            if let value, !isNumeric {
                error(
                    "'\(name)' of \(what()) applies to integer and number types only, not '\(field.type)'",
                    at: value.source)
            }
        }
        checkBound("minimum", constraints.minimum)
        checkBound("maximum", constraints.maximum)
        if let pattern = constraints.pattern {
            if !isString {
                error("'pattern' of \(what()) applies to string types only, not '\(field.type)'", at: pattern.source)
            }
            patternChecks.checks.append(
                PatternChecks.Check(
                    pattern: pattern.value,
                    error: Diagnostic(.error, at: pattern.source, "'pattern' of \(what()) is not a valid regular expression")))
        }
        func checkOrder(_ lowName: String, _ low: Located<Int>?, _ highName: String, _ high: Located<Int>?) {
            if let low, let high, Double(low.value) > Double(high.value) {
                error("'\(lowName)' of \(what()) is greater than its '\(highName)'", at: high.source)
            }
        }
        checkOrder("minLength", constraints.minLength, "maxLength", constraints.maxLength)
        checkOrder("minItems", constraints.minItems, "maxItems", constraints.maxItems)
        if let low = constraints.minimum, let high = constraints.maximum, low.value > high.value {
            error("'minimum' of \(what()) is greater than its 'maximum'", at: high.source)
        }
    }

    /// Headers, query and path parameters travel as text: primitives, their arrays, or enum models.
    mutating func checkParameterType(_ field: FieldSpec, kind: String) {
        func isSimple(_ type: TypeExpression) -> Bool {
            switch type {
            case .string, .integer, .number, .boolean: return true
            case .model(let name):
                // Unknown models are reported on their own.
                guard let index = modelIndexes[name] else { return true }
                if case .enumeration = spec.models[index].shape { return true }
                return false
            case .object, .array: return false
            }
        }
        let type = field.type
        let ok: Bool = if case .array(let element) = type { isSimple(element) } else { isSimple(type) }
        if !ok {
            error(
                "\(kind) '\(field.name)' must be a string, integer, number, boolean or enum (or a list of them), not '\(type)'",
                at: field.typeSource)
        }
    }

    /// Reports a field whose name was used before in the same list.
    mutating func checkUnique(
        _ fields: [FieldSpec], kind: String, owner: @autoclosure () -> String, caseInsensitive: Bool = false
    ) {
        func key(_ name: String) -> String { caseInsensitive ? name.lowercased() : name }
        // A short list, as nearly all are, compares each name with the ones before it, which
        // costs less than hashing it; a long one keeps the first index of each name.
        let isShort = fields.count <= 16
        var firstIndexes: [String: Int] = [:]
        // Only names and their places are read: the fields stay in the array, uncopied.
        for index in fields.indices {
            let name = key(fields[index].name)
            let first: Int?
            if isShort {
                first = fields.indices[..<index].first { key(fields[$0].name) == name }
            } else {
                first = firstIndexes[name]
                if first == nil { firstIndexes[name] = index }
            }
            if let first {
                error(
                    "\(kind) '\(fields[index].name)' of \(owner()) is declared twice (first at \(fields[first].nameSource.location))",
                    at: fields[index].nameSource)
            }
        }
    }
}
