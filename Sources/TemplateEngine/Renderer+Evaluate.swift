extension Renderer {
    /// The value of an expression in the current scopes.
    func evaluate(_ expression: Expression) throws(TemplateError) -> TemplateValue {
        switch expression.kind {
        case .literal(let value):
            return value
        case .variable(let name):
            switch try lookup(name, at: expression.location) {
            case .value(let value): return value
            case .loop(let loop): return loop.object
            }
        case .member(let base, let key, let keyLocation):
            return try member(key, of: base, at: keyLocation)
        case .subscripted(let base, let index):
            return try subscripted(base, by: index)
        case .not(let operand):
            return .bool(!(try evaluate(operand).isTruthy))
        case .and(let lhs, let rhs):
            // Short-circuits, so `a and a.b` is safe when `a` is null.
            guard try evaluate(lhs).isTruthy else { return .bool(false) }
            return .bool(try evaluate(rhs).isTruthy)
        case .or(let lhs, let rhs):
            if try evaluate(lhs).isTruthy { return .bool(true) }
            return .bool(try evaluate(rhs).isTruthy)
        case .equal(let lhs, let rhs):
            return .bool(try evaluate(lhs) == evaluate(rhs))
        case .notEqual(let lhs, let rhs):
            return .bool(try evaluate(lhs) != evaluate(rhs))
        case .filter(let input, let name, let nameLocation, let arguments):
            return try applyFilter(name, at: nameLocation, to: input, arguments: arguments)
        }
    }

    /// What `name` refers to in the innermost scope that has it.
    private func lookup(_ name: String, at location: SourceLocation) throws(TemplateError) -> Binding {
        var index = scopes.count - 1
        while index >= 0 {
            if let value = scopes[index].variables[name] {
                return .value(value)
            }
            if let loop = scopes[index].loop {
                if name == loop.variable { return .value(loop.item) }
                if name == "loop" { return .loop(loop) }
            }
            index -= 1
        }
        throw error(at: location, "unknown variable '\(name)'" + Suggestion.didYouMean(name, among: visibleNames()))
    }

    /// Every name a template could mean at this point, for suggestions.
    private func visibleNames() -> Set<String> {
        var names: Set<String> = []
        for scope in scopes {
            names.formUnion(scope.variables.keys)
            if let loop = scope.loop {
                names.insert(loop.variable)
                names.insert("loop")
            }
        }
        return names
    }

    private func member(
        _ key: String, of base: Expression, at location: SourceLocation
    ) throws(TemplateError) -> TemplateValue {
        let value: TemplateValue
        if case .variable(let name) = base.kind {
            switch try lookup(name, at: base.location) {
            case .value(let found):
                value = found
            case .loop(let loop):
                // Read loop properties straight from the loop state instead of building an object.
                guard let property = loop.value(of: key) else {
                    throw error(
                        at: location,
                        "unknown key '\(key)' in 'loop'" + Suggestion.didYouMean(key, among: LoopState.keys))
                }
                return property
            }
        } else {
            value = try evaluate(base)
        }
        guard case .object(let members) = value else {
            throw error(at: location, "cannot access key '\(key)' on '\(base)', which is \(value.kindDescription)")
        }
        guard let member = members[key] else {
            throw error(
                at: location,
                "unknown key '\(key)' in '\(base)'" + Suggestion.didYouMean(key, among: members.keys))
        }
        return member
    }

    private func subscripted(
        _ base: Expression, by indexExpression: Expression
    ) throws(TemplateError) -> TemplateValue {
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
        case (.object(let members), .string(let key)):
            guard let member = members[key] else {
                throw error(
                    at: location,
                    "unknown key '\(key)' in '\(base)'" + Suggestion.didYouMean(key, among: members.keys))
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

    private func applyFilter(
        _ name: String, at location: SourceLocation, to input: Expression, arguments: [Expression]
    ) throws(TemplateError) -> TemplateValue {
        let value = try evaluate(input)
        let argumentValues = try arguments.map { argument throws(TemplateError) in try evaluate(argument) }
        guard let filter = library.filters[name] else {
            // Parsing checks filter names against the library, so this only guards against a mix-up.
            throw error(at: location, "unknown filter '\(name)'")
        }
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
