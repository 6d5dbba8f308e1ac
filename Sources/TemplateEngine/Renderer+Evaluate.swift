extension Renderer {
    /// The value of an expression in the current scopes.
    func evaluate(_ expression: Expression) throws(TemplateError) -> TemplateValue {
        switch expression.kind {
        case .literal(let value):
            return value
        case .variable(let key):
            switch try lookup(key, at: expression.location) {
            case .value(let value): return value
            case .loop(let loop): return loop.object
            }
        case .path(let root, let rootLocation, let keys):
            if let address = address(ofPath: root, keys) { return address.pointee }
            return try value(at: root, rootLocation, keys)
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

    /// Whether an expression is truthy, as `if` conditions, `not`, `and` and `or` need. Operators
    /// give their Boolean straight away rather than as a ``TemplateValue`` to test.
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
        case .path(let root, _, let keys):
            // Tested where it is stored: `if property.description` copies nothing.
            if let address = address(ofPath: root, keys) { return address.pointee.isTruthy }
            return try evaluate(expression).isTruthy
        case .literal, .variable, .member, .subscripted, .filter:
            return try evaluate(expression).isTruthy
        }
    }

    /// Where the value of the path `root.key.key…` is stored, for reading it in place, when every
    /// step is a member at a lasting address (see ``RenderBindings/memberAddress(of:_:)``);
    /// otherwise `nil`, and ``value(at:_:_:)`` finds the value, or the error, the general way.
    /// Valid until a binding changes, so only for reading the value at once.
    func address(ofPath root: TemplateKey, _ keys: [PathKey]) -> UnsafePointer<TemplateValue>? {
        guard var address = bindings.memberAddress(of: root, keys[0].key) else { return nil }
        var next = 1
        while next < keys.count {
            guard let member = address.pointee.memberAddress(keys[next].key) else { return nil }
            address = member
            next += 1
        }
        return address
    }

    /// What `key` refers to in the innermost scope that has it.
    private func lookup(_ key: TemplateKey, at location: SourceLocation) throws(TemplateError) -> RenderBindings.Value {
        guard let value = bindings.lookup(key) else {
            throw error(
                at: location,
                "unknown variable '\(key.name)'" + Suggestion.didYouMean(key.name, among: bindings.visibleNames))
        }
        return value
    }

    /// The value of `root.key.key…`.
    private func value(
        at root: TemplateKey, _ rootLocation: SourceLocation, _ keys: [PathKey]
    ) throws(TemplateError) -> TemplateValue {
        var value: TemplateValue
        var next = 0
        switch try lookup(root, at: rootLocation) {
        case .value(let found):
            value = found
        case .loop(let loop):
            // Read loop properties straight from the loop state instead of building an object.
            let key = keys[0]
            guard let property = loop.value(of: key.key) else {
                throw error(
                    at: key.location,
                    "unknown key '\(key.name)' in 'loop'"
                        + Suggestion.didYouMean(key.name, among: RenderBindings.LoopState.keys))
            }
            value = property
            next = 1
        }
        while next < keys.count {
            // The common case first, reading the key in place; errors are described only when
            // there is one.
            if let found = value.member(keys[next].key) {
                value = found
            } else {
                value = try member(keys[next].key, of: value, at: keys[next].location) {
                    Expression.pathDescription(root.name, keys[..<next])
                }
            }
            next += 1
        }
        return value
    }

    private func member(
        _ key: TemplateKey, of base: Expression, at location: SourceLocation
    ) throws(TemplateError) -> TemplateValue {
        try member(key, of: try evaluate(base), at: location) { base.description }
    }

    /// The member `key` of `value`, the value of the expression `base` describes (only described
    /// for an error, since most never fail).
    private func member(
        _ key: TemplateKey, of value: TemplateValue, at location: SourceLocation, base: () -> String
    ) throws(TemplateError) -> TemplateValue {
        guard case .object(let members) = value else {
            throw error(
                at: location, "cannot access key '\(key.name)' on '\(base())', which is \(value.kindDescription)")
        }
        guard let member = members[key] else {
            throw error(
                at: location,
                "unknown key '\(key.name)' in '\(base())'" + Suggestion.didYouMean(key.name, among: members.keys))
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
