/// A parsed expression, such as `endpoint.body.type | default("Void")`, with the place it starts.
struct Expression: Sendable {
    indirect enum Kind: Sendable {
        case literal(TemplateValue)
        /// A variable, by its key: scopes are searched by the key's number, found here once.
        case variable(TemplateKey)
        /// `root.key.key…`: a variable and the keys read from it one after the other, the commonest
        /// expression by far, read in one loop rather than one recursive evaluation per key.
        /// `rootLocation` is where an unknown variable is reported.
        case path(root: TemplateKey, rootLocation: SourceLocation, keys: [PathKey])
        /// `base.key` for any other base; `keyLocation` is where `key` is written, where an unknown
        /// key is reported.
        case member(base: Expression, key: TemplateKey, keyLocation: SourceLocation)
        /// `base[index]`.
        case subscripted(base: Expression, index: Expression)
        case not(Expression)
        case and(Expression, Expression)
        case or(Expression, Expression)
        case equal(Expression, Expression)
        case notEqual(Expression, Expression)
        /// `input | name(arguments)`; `nameLocation` is where a failing filter is reported. The filter
        /// is looked up once, when parsing, instead of by name on every call.
        case filter(
            input: Expression, name: String, nameLocation: SourceLocation, arguments: [Expression],
            filter: TemplateFilter)
    }

    var kind: Kind
    /// Where the expression's first token is.
    var location: SourceLocation
    /// The depth of the expression tree. Evaluation recurses this deep, so the parser limits it.
    let height: Int

    init(kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
        switch kind {
        case .literal, .variable:
            height = 1
        case .path(_, _, let keys):
            height = keys.count + 1
        case .member(let base, _, _):
            height = base.height + 1
        case .not(let operand):
            height = operand.height + 1
        case .subscripted(let lhs, let rhs), .and(let lhs, let rhs), .or(let lhs, let rhs),
            .equal(let lhs, let rhs), .notEqual(let lhs, let rhs):
            height = max(lhs.height, rhs.height) + 1
        case .filter(let input, _, _, let arguments, _):
            height = max(input.height, arguments.map(\.height).max() ?? 0) + 1
        }
    }
}

extension Expression {
    /// The variable and keys when this is a plain path, such as `property.swiftName`: for the
    /// nodes that keep them apart from the expression to read them without its box.
    var plainPath: (root: TemplateKey, keys: [PathKey])? {
        if case .path(let root, _, let keys) = kind { return (root, keys) }
        return nil
    }
}

/// A key of a ``Expression/Kind/path(root:rootLocation:keys:)``, with where it is written, where an
/// unknown key is reported.
struct PathKey: Sendable {
    /// The key with its number, found here once rather than on every lookup.
    var key: TemplateKey
    var location: SourceLocation

    var name: String { key.name }

    init(name: String, location: SourceLocation) {
        key = TemplateKey(name)
        self.location = location
    }
}

extension Expression: CustomStringConvertible {
    /// The expression written back in canonical form, for messages such as "cannot output null value 'x.y'".
    var description: String {
        switch kind {
        case .literal(let value):
            value.jsonString(pretty: false)
        case .variable(let key):
            key.name
        case .path(let root, _, let keys):
            Self.pathDescription(root.name, keys[...])
        case .member(let base, let key, _):
            "\(base.operand).\(key.name)"
        case .subscripted(let base, let index):
            "\(base.operand)[\(index)]"
        case .not(let operand):
            "not \(operand.operand)"
        case .and(let lhs, let rhs):
            "\(lhs.operand) and \(rhs.operand)"
        case .or(let lhs, let rhs):
            "\(lhs.operand) or \(rhs.operand)"
        case .equal(let lhs, let rhs):
            "\(lhs.operand) == \(rhs.operand)"
        case .notEqual(let lhs, let rhs):
            "\(lhs.operand) != \(rhs.operand)"
        case .filter(let input, let name, _, let arguments, _):
            arguments.isEmpty
                ? "\(input.filterInput) | \(name)"
                : "\(input.filterInput) | \(name)(\(arguments.map(\.description).joined(separator: ", ")))"
        }
    }

    /// `root.key.key…` written out, as the description of a path or of its first keys.
    static func pathDescription(_ root: String, _ keys: ArraySlice<PathKey>) -> String {
        keys.reduce(root) { description, key in description + "." + key.name }
    }

    /// The description as the input of a filter: filters chain without parentheses.
    private var filterInput: String {
        if case .filter = kind { return description }
        return operand
    }

    /// The description, parenthesized when it holds an operator, so it reads right as an operand.
    private var operand: String {
        switch kind {
        case .literal, .variable, .path, .member, .subscripted: description
        case .not, .and, .or, .equal, .notEqual, .filter: "(\(description))"
        }
    }
}
