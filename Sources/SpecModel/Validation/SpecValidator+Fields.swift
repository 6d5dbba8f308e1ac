extension SpecValidator {
    // MARK: Models

    /// Checks model `index` of the spec, read in place.
    mutating func check(modelAt index: Int) {
        // Messages name the model by its name alone, so that is all they keep of it.
        let name = models[index].name
        func owner() -> String { "model '\(name)'" }
        if let group = models[index].group { checkGroupExists(group) }
        if let swiftName = models[index].swiftName,
            !isIdentifier(swiftName.value) || SwiftKeywords.all.contains(swiftName.value)
        {
            error(
                "'name' of \(owner()) must be a Swift type name: letters, digits and '_', not starting with a digit, not a keyword",
                at: swiftName.source)
        }
        switch models[index].shape {
        case .object(let properties):
            if let additional = models[index].additionalProperties { checkType(additional.value, at: additional.source) }
            checkUnique(properties, kind: "property", owner: owner())
            for property in properties { checkNoQueryStyle(property, what: "property '\(property.name)' of \(owner())") }
            for property in properties.indices { check(fieldAt: property, in: properties, owner: owner()) }
        case .enumeration(let type, let values):
            guard let primitive = type.primitive, primitive != .boolean else {
                error(
                    "enum \(owner()) must be of type string, integer or number, not '\(type)'",
                    at: models[index].typeSource ?? models[index].source)
                return
            }
            if values.isEmpty { error("enum \(owner()) has no values", at: models[index].source) }
            checkEnumValues(values, primitive: primitive, owner: owner())
            checkRange(of: values, type: type, what: owner())
        case .union(let union):
            checkUnion(union, owner: owner())
        }
    }

    // MARK: Fields

    /// Checks field `index` of `fields`, read in place rather than copied out.
    mutating func check(fieldAt index: Int, in fields: [FieldSpec], owner: @autoclosure () -> String) {
        let name = fields[index].name
        func what() -> String { "'\(name)' of \(owner())" }
        let type = fields[index].type
        checkType(type, at: fields[index].typeSource)
        if let swiftName = fields[index].swiftName, !isIdentifier(swiftName), let source = fields[index].swiftNameSource {
            error(
                "'name' of \(what()) must be a Swift identifier: letters, digits and '_', not starting with a digit",
                at: source)
        }
        if let values = fields[index].enumValues {
            if let primitive = type.itemPrimitive, primitive != .boolean {
                checkEnumValues(values, primitive: primitive, owner: what())
            } else {
                error(
                    "'enum' of \(what()) needs a string, integer or number type, not '\(type)'",
                    at: fields[index].typeSource)
            }
            if values.isEmpty { error("'enum' of \(what()) has no values", at: fields[index].typeSource) }
        }
        checkRange(of: (fields[index].enumValues ?? []) + (fields[index].defaultValue.map { [$0] } ?? []), type: type, what: what())
        if let contentType = fields[index].contentType {
            // Only bytes have a media type of their own.
            if type.itemElement != .string(format: .binary) {
                error(
                    "'contentType' of \(what()) applies to 'string(binary)' fields only, not '\(type)'",
                    at: contentType.source)
            } else if MediaKind(contentType: contentType.value) == nil {
                error(
                    "'contentType' of \(what()) is '\(contentType.value)', not a media type such as 'image/png'",
                    at: contentType.source)
            }
        }
        if fields[index].isReadOnly, let defaultValue = fields[index].defaultValue {
            // A read-only property is never sent, so a default for sending it would be ignored.
            error("\(what()) is readOnly, so it cannot have a default", at: defaultValue.source)
        }
        if let defaultValue = fields[index].defaultValue {
            checkDefault(
                defaultValue, type: type, nullable: fields[index].nullable, enumValues: fields[index].enumValues,
                what: what())
        }
        if fields[index].hasConstraints { checkConstraints(fields[index].constraints, type: type, what: what()) }
    }

    /// The default of a field of type `type`.
    mutating func checkDefault(
        _ defaultValue: Located<LiteralValue>, type: TypeExpression, nullable: Bool,
        enumValues: [Located<LiteralValue>]?, what: @autoclosure () -> String
    ) {
        if defaultValue.value == .null {
            if !nullable {
                error("default of \(what()) is null, but it is not nullable", at: defaultValue.source)
            }
            return
        }
        if case .string(let format?) = type, !format.isText {
            checkFormattedDefault(defaultValue, format: format, what: what())
            return
        }
        guard let primitive = type.primitive else {
            error(
                "default of \(what()) needs a string, integer, number or boolean type, not '\(type)'",
                at: defaultValue.source)
            return
        }
        if !defaultValue.value.matches(primitive) {
            error(
                "default '\(defaultValue.value)' of \(what()) is not \(primitive.withArticle)", at: defaultValue.source)
        } else if let values = enumValues, !values.contains(where: { $0.value == defaultValue.value }) {
            error(
                "default '\(defaultValue.value)' of \(what()) is not one of its enum values (\(values.map(\.value.description).joined(separator: ", ")))",
                at: defaultValue.source)
        }
    }

    /// The default of a date, date-time or UUID field: a string that is a valid value of its format.
    private mutating func checkFormattedDefault(
        _ defaultValue: Located<LiteralValue>, format: StringFormat, what: @autoclosure () -> String
    ) {
        guard let example = FormattedValue.example(of: format) else {
            error("\(what()) is 'string(\(format.rawValue))', which cannot have a default", at: defaultValue.source)
            return
        }
        if case .string(let text) = defaultValue.value, FormattedValue.isValid(text, as: format) { return }
        error(
            "default '\(defaultValue.value)' of \(what()) is not a valid \(format.rawValue), such as '\(example)'",
            at: defaultValue.source)
    }

    /// Reports the values (enum values or a default) that do not fit a 32-bit integer field.
    mutating func checkRange(of values: [Located<LiteralValue>], type: TypeExpression, what: @autoclosure () -> String) {
        guard case .integer(.int32) = type.itemElement else { return }
        for value in values {
            if case .integer(let int) = value.value, Int32(exactly: int) == nil {
                error(
                    "\(int) of \(what()) does not fit 'integer(int32)', which holds \(Int32.min) to \(Int32.max)",
                    at: value.source)
            }
        }
    }

    mutating func checkEnumValues(
        _ values: [Located<LiteralValue>], primitive: TypeExpression.Primitive, owner: @autoclosure () -> String
    ) {
        // Values seen so far, each hashed once; the first of a repeat is looked up only then.
        var seen: Set<LiteralValue> = []
        seen.reserveCapacity(values.count)
        for index in values.indices {
            let value = values[index]
            // 1 and 1.0 are one number.
            var key = value.value
            if primitive == .number, case .integer(let int) = key { key = .number(Double(int)) }
            if !value.value.matches(primitive) {
                error("enum value '\(value.value)' of \(owner()) is not \(primitive.withArticle)", at: value.source)
                seen.insert(key)
            } else if !seen.insert(key).inserted {
                let first = values.indices.first { sameEnumValue(values[$0].value, key, primitive: primitive) }!
                error(
                    "enum value '\(value.value)' of \(owner()) is listed twice (first at \(values[first].source.location))",
                    at: value.source)
            }
        }
    }

    /// Whether enum value `value` is `key` (an earlier value, as `checkEnumValues` keys it).
    private func sameEnumValue(_ value: LiteralValue, _ key: LiteralValue, primitive: TypeExpression.Primitive) -> Bool {
        if primitive == .number, case .integer(let int) = value { return .number(Double(int)) == key }
        return value == key
    }

    /// The constraints of a field that has some, checked in a fixed order: lengths and item
    /// counts, bounds, the pattern, then each lower limit against its upper one.
    mutating func checkConstraints(_ constraints: Constraints, type: TypeExpression, what: @autoclosure () -> String) {
        let isArray: Bool = if case .array = type { true } else { false }
        func checkCount(_ name: String, _ value: Located<Int>?, applies: Bool, kind: String) {
            guard let value else { return }
            if !applies {
                error("'\(name)' of \(what()) applies to \(kind) types only, not '\(type)'", at: value.source)
            }
            if value.value < 0 { error("'\(name)' of \(what()) must not be negative", at: value.source) }
        }
        // Lengths and patterns apply to strings that stay text in Swift: not to dates, UUIDs or bytes.
        let stringKind = if case .string = type { "text string" } else { "string" }
        checkCount("minLength", constraints.minLength, applies: type.isText, kind: stringKind)
        checkCount("maxLength", constraints.maxLength, applies: type.isText, kind: stringKind)
        checkCount("minItems", constraints.minItems, applies: isArray, kind: "array")
        checkCount("maxItems", constraints.maxItems, applies: isArray, kind: "array")
        func checkBound(_ name: String, _ value: Located<Double>?) {
            if let value, !isNumeric {
                error(
                    "'\(name)' of \(what()) applies to integer and number types only, not '\(type)'",
                    at: value.source)
            }
        }
        let isNumeric: Bool =
            switch type {
            case .integer, .number: true
            default: false
            }
        checkBound("minimum", constraints.minimum)
        checkBound("maximum", constraints.maximum)
        if let pattern = constraints.pattern {
            if !type.isText {
                error("'pattern' of \(what()) applies to \(stringKind) types only, not '\(type)'", at: pattern.source)
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
    mutating func checkParameterType(ofFieldAt index: Int, in fields: [FieldSpec], kind: String) {
        func isSimple(_ type: TypeExpression) -> Bool {
            switch type {
            case .string(let format): return format != .binary
            case .integer, .number, .boolean: return true
            case .model(let name):
                // Unknown models are reported on their own.
                guard let index = modelIndexes[name] else { return true }
                if case .enumeration = models[index].shape { return true }
                return false
            case .object, .any, .array, .map: return false
            }
        }
        let type = fields[index].type
        if let contentType = fields[index].contentType {
            error(
                "'contentType' applies to model properties only, not to \(kind) '\(fields[index].name)'",
                at: contentType.source)
        }
        if kind == "query parameter" {
            if checkQueryStyle(of: fields[index]) { return }
        } else {
            checkNoQueryStyle(fields[index], what: "\(kind) '\(fields[index].name)'")
        }
        if let access = fields[index].access {
            error(
                "'\(access.value.rawValue)' applies to model properties only, not to \(kind) '\(fields[index].name)'",
                at: access.source)
        }
        let ok: Bool = if case .array(let element) = type { isSimple(element) } else { isSimple(type) }
        if !ok {
            error(
                "\(kind) '\(fields[index].name)' must be a string, integer, number, boolean or enum (or a list of them), not '\(type)'"
                    + (kind == "query parameter" && !type.isText ? "; an object travels with 'style: deepObject'" : ""),
                at: fields[index].typeSource)
        }
    }

    /// Reports a field whose name was used before in the same list.
    mutating func checkUnique(
        _ fields: [FieldSpec], kind: String, owner: @autoclosure () -> String, caseInsensitive: Bool = false
    ) {
        func key(_ name: String) -> String { caseInsensitive ? name.lowercased() : name }
        // Sorted, equal names are neighbours: one pass tells whether any name repeats, which
        // almost no list does, without hashing any of them. Only names are read: the fields
        // stay in the array, uncopied.
        var names = fields.indices.map { key(fields[$0].name) }
        names.sort()
        guard names.indices.dropFirst().contains(where: { names[$0] == names[$0 - 1] }) else { return }
        var firstIndexes: [String: Int] = [:]
        for index in fields.indices {
            let name = key(fields[index].name)
            guard let first = firstIndexes[name] else {
                firstIndexes[name] = index
                continue
            }
            error(
                "\(kind) '\(fields[index].name)' of \(owner()) is declared twice (first at \(fields[first].nameSource.location))",
                at: fields[index].nameSource)
        }
    }
}

extension SpecValidator {
    /// `style` and `explode` of a query parameter suit its type. Returns whether the parameter is
    /// a `deepObject`, whose type is then checked here rather than as a simple parameter's.
    mutating func checkQueryStyle(of field: FieldSpec) -> Bool {
        let what = "query parameter '\(field.name)'"
        let isArray: Bool = if case .array = field.type { true } else { false }
        switch field.queryStyle {
        case .form:
            return false
        case .spaceDelimited, .pipeDelimited:
            if !isArray, let style = field.style {
                error("'\(style.value.rawValue)' of \(what) joins a list, but its type is '\(field.type)'", at: style.source)
            }
            if let explode = field.explode, explode.value {
                error("'\(field.queryStyle.rawValue)' of \(what) joins its values, so it cannot 'explode'", at: explode.source)
            }
            return false
        case .deepObject:
            var isObject = field.type.isMap || field.type == .object
            if case .model(let name) = field.type, let index = modelIndexes[name], case .object = models[index].shape {
                isObject = true
            } else if case .model(let name) = field.type, modelIndexes[name] == nil {
                isObject = true  // An unknown model is reported on its own.
            }
            if !isObject, let style = field.style {
                error(
                    "'deepObject' of \(what) sends an object's fields, so its type must be an object model or a map, not '\(field.type)'",
                    at: style.source)
            }
            if let explode = field.explode, !explode.value {
                error("'deepObject' of \(what) sends each field on its own, so it cannot turn 'explode' off", at: explode.source)
            }
            return true
        }
    }

    /// `style` and `explode` belong to query parameters only.
    mutating func checkNoQueryStyle(_ field: FieldSpec, what: @autoclosure () -> String) {
        for (key, source) in [("style", field.style?.source), ("explode", field.explode?.source)] {
            if let source { error("'\(key)' applies to query parameters only, not to \(what())", at: source) }
        }
    }
}
