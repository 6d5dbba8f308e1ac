extension Renderer {
    /// The value of an expression in the current scopes.
    func evaluate(_ expression: Expression) throws(TemplateError) -> TemplateValue {
        switch expression.kind {
        case .literal(let value):
            return value
        case .variable(let name):
            guard let value = scope.lookup(name) else {
                throw error(
                    at: expression.location,
                    "unknown variable '\(name)'" + Suggestion.didYouMean(name, among: scope.visibleNames))
            }
            return value
        case .member(let base, let key, let keyLocation):
            return try member(key, of: base, at: keyLocation)
        case .subscripted(let base, let index):
            return try subscripted(base, by: index)
        case .not, .and, .or, .equal, .notEqual:
            return .bool(try isTrue(expression))
        case .filter(let input, let name, let nameLocation, let arguments, let filter):
            return try apply(filter, named: name, at: nameLocation, to: input, arguments: arguments)
        }
    }

    /// Whether an expression is truthy, as `if` conditions, `not`, `and` and `or` need.
    func isTrue(_ expression: Expression) throws(TemplateError) -> Bool {
        switch expression.kind {
        case .not(let operand):
            return !(try isTrue(operand))
        case .and(let lhs, let rhs):
            // Short-circuits, so `a and a.b` is safe when `a` is null.
            guard try isTrue(lhs) else { return false }
            return try isTrue(rhs)
        case .or(let lhs, let rhs):
            if try isTrue(lhs) { return true }
            return try isTrue(rhs)
        case .equal(let lhs, let rhs):
            return try evaluate(lhs) == evaluate(rhs)
        case .notEqual(let lhs, let rhs):
            return try evaluate(lhs) != evaluate(rhs)
        case .literal, .variable, .member, .subscripted, .filter:
            return try evaluate(expression).isTruthy
        }
    }

    /// The member `key` of the value of `base`.
    private func member(_ key: String, of base: Expression, at location: SourceLocation) throws(TemplateError) -> TemplateValue {
        // A variable's member, `property.swiftName`, is the commonest expression: the variable is
        // read at once. Any other base, or an unknown variable (for its error), is evaluated.
        let value: TemplateValue
        if case .variable(let name) = base.kind, let bound = scope.lookup(name) {
            value = bound
        } else {
            value = try evaluate(base)
        }
        guard case .object(let object) = value else {
            throw error(at: location, "cannot access key '\(key)' on '\(base)', which is \(value.kindDescription)")
        }
        guard let member = object.member(key) else {
            throw error(
                at: location, "unknown key '\(key)' in '\(base)'" + Suggestion.didYouMean(key, among: object.memberNames))
        }
        return member
    }

    private func subscripted(_ base: Expression, by indexExpression: Expression) throws(TemplateError) -> TemplateValue {
        let container = try evaluate(base)
        let index = try evaluate(indexExpression)
        let location = indexExpression.location
        switch (container, index) {
        case (.array(let elements), .int(let position)):
            guard elements.indices.contains(position) else {
                throw error(
                    at: location,
                    "index \(position) is out of range for '\(base)', which has \(elements.count) "
                        + (elements.count == 1 ? "element" : "elements"))
            }
            return elements[position]
        case (.object(let object), .string(let key)):
            guard let member = object.member(key) else {
                throw error(
                    at: location, "unknown key '\(key)' in '\(base)'" + Suggestion.didYouMean(key, among: object.memberNames))
            }
            return member
        case (.array, _):
            throw error(at: location, "an array index must be an integer, not \(index.kindDescription)")
        case (.object, _):
            throw error(at: location, "an object key must be a string, not \(index.kindDescription)")
        default:
            throw error(at: location, "cannot index '\(base)', which is \(container.kindDescription)")
        }
    }

    private func apply(
        _ filter: TemplateFilter, named name: String, at location: SourceLocation, to input: Expression,
        arguments: [Expression]
    ) throws(TemplateError) -> TemplateValue {
        let value = try evaluate(input)
        let argumentValues = try arguments.map { argument throws(TemplateError) in try evaluate(argument) }
        do {
            return try filter(value, argumentValues)
        } catch let filterError as FilterError {
            throw error(at: location, "filter '\(name)': \(filterError.message)")
        } catch let templateError as TemplateError {
            // A filter that renders templates itself already knows where its error is.
            throw templateError
        } catch let otherError {
            throw error(at: location, "filter '\(name)' failed: \(otherError)")
        }
    }
}
