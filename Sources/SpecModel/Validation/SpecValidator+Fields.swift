extension SpecValidator {
    // MARK: Models

    mutating func check(modelAt index: Int) {
        // Fields are read where used: binding the whole model would copy it (see `run`).
        func model() -> ModelSpec { spec.models[index] }
        let name = spec.models[index].name
        func owner() -> String { "model '\(name)'" }
        if let group = spec.models[index].group { checkGroupExists(group) }
        if let swiftName = spec.models[index].swiftName,
            !isIdentifier(swiftName.value) || SwiftKeywords.all.contains(swiftName.value)
        {
            error(
                "'name' of \(owner()) must be a Swift type name: letters, digits and '_', not starting with a digit, not a keyword",
                at: swiftName.source)
        }
        switch spec.models[index].shape {
        case .object(let properties):
            checkUnique(properties, kind: "property", owner: owner())
            for index in properties.indices { check(properties, at: index, owner: owner()) }
        case .enumeration(let type, let values):
            guard let primitive = type.primitive, primitive != .boolean else {
                error(
                    "enum \(owner()) must be of type string, integer or number, not '\(type)'",
                    at: model().typeSource ?? model().source)
                return
            }
            if values.isEmpty { error("enum \(owner()) has no values", at: model().source) }
            checkEnumValues(values, primitive: primitive, owner: owner())
        }
    }

    // MARK: Fields

    /// Checks `fields[index]`, passed by index and read where used so that it is not copied.
    mutating func check(_ fields: [FieldSpec], at index: Int, owner: @autoclosure () -> String) {
        func field() -> FieldSpec { fields[index] }
        func what() -> String { "'\(fields[index].name)' of \(owner())" }
        checkType(fields[index].type, at: fields[index].typeSource)
        if let swiftName = fields[index].swiftName, !isIdentifier(swiftName), let source = fields[index].swiftNameSource
        {
            error(
                "'name' of \(what()) must be a Swift identifier: letters, digits and '_', not starting with a digit",
                at: source)
        }
        if let values = fields[index].enumValues {
            if let primitive = fields[index].type.itemPrimitive, primitive != .boolean {
                checkEnumValues(values, primitive: primitive, owner: what())
            } else {
                error(
                    "'enum' of \(what()) needs a string, integer or number type, not '\(field().type)'",
                    at: field().typeSource)
            }
            if values.isEmpty { error("'enum' of \(what()) has no values", at: field().typeSource) }
        }
        if let defaultValue = fields[index].defaultValue { checkDefault(defaultValue, of: field(), what: what()) }
        if fields[index].hasConstraints { checkConstraints(field(), what: what()) }
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
        for (name, value) in [("minimum", constraints.minimum), ("maximum", constraints.maximum)] {
            if let value, !isNumeric {
                error(
                    "'\(name)' of \(what()) applies to integer and number types only, not '\(field.type)'",
                    at: value.source)
            }
        }
        if let pattern = constraints.pattern {
            if !isString {
                error("'pattern' of \(what()) applies to string types only, not '\(field.type)'", at: pattern.source)
            }
            patternChecks.checks.append(
                PatternChecks.Check(
                    pattern: pattern.value,
                    error: Diagnostic(.error, at: pattern.source, "'pattern' of \(what()) is not a valid regular expression")))
        }
        for (low, high, lowName, highName) in [
            (constraints.minLength.map { Double($0.value) }, constraints.maxLength, "minLength", "maxLength"),
            (constraints.minItems.map { Double($0.value) }, constraints.maxItems, "minItems", "maxItems"),
        ] {
            if let low, let high, low > Double(high.value) {
                error("'\(lowName)' of \(what()) is greater than its '\(highName)'", at: high.source)
            }
        }
        if let low = constraints.minimum, let high = constraints.maximum, low.value > high.value {
            error("'minimum' of \(what()) is greater than its 'maximum'", at: high.source)
        }
    }

    /// Headers, query and path parameters travel as text: primitives, their arrays, or enum models.
    mutating func checkParameterType(_ fields: [FieldSpec], at index: Int, kind: String) {
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
        let type = fields[index].type
        let ok: Bool = if case .array(let element) = type { isSimple(element) } else { isSimple(type) }
        if !ok {
            error(
                "\(kind) '\(fields[index].name)' must be a string, integer, number, boolean or enum (or a list of them), not '\(type)'",
                at: fields[index].typeSource)
        }
    }

    /// Reports a field whose name was used before in the same list.
    mutating func checkUnique(
        _ fields: [FieldSpec], kind: String, owner: @autoclosure () -> String, caseInsensitive: Bool = false
    ) {
        guard fields.count > 1 else { return }
        let lowercased = caseInsensitive ? fields.map { $0.name.lowercased() } : nil
        func key(at index: Int) -> String { lowercased?[index] ?? fields[index].name }
        // Most lists are short: comparing a name with the ones before it costs less than hashing.
        let isShort = fields.count <= 16
        var firstIndexes: [String: Int] = [:]
        if !isShort { firstIndexes.reserveCapacity(fields.count) }
        for index in fields.indices {
            let current = key(at: index)
            let first: Int?
            if isShort {
                first = (0..<index).first { key(at: $0) == current }
            } else {
                first = firstIndexes[current]
                if first == nil { firstIndexes[current] = index }
            }
            if let first {
                error(
                    "\(kind) '\(fields[index].name)' of \(owner()) is declared twice (first at \(fields[first].nameSource.location))",
                    at: fields[index].nameSource)
            }
        }
    }
}
