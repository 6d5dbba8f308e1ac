/// A parsed expression, such as `endpoint.body.type | default("Void")`, with the place it starts.
///
/// A class: the renderer passes expressions around on every output and condition, and a
/// reference is what it needs of them.
final class Expression: Sendable {
    enum Kind: Sendable {
        case literal(TemplateValue)
        case variable(String)
        /// `base.key`; `keyLocation` is where `key` is written, where an unknown key is reported.
        case member(base: Expression, key: String, keyLocation: SourceLocation)
        /// `base[index]`.
        case subscripted(base: Expression, index: Expression)
        case not(Expression)
        case and(Expression, Expression)
        case or(Expression, Expression)
        case equal(Expression, Expression)
        case notEqual(Expression, Expression)
        /// `input | name(arguments)`; `nameLocation` is where a failing filter is reported. The
        /// filter is looked up when parsing, so an unknown one is a parse error.
        case filter(
            input: Expression, name: String, nameLocation: SourceLocation, arguments: [Expression],
            filter: TemplateFilter)
    }

    let kind: Kind
    /// Where the expression's first token is.
    let location: SourceLocation
    /// The depth of the expression tree. Evaluation recurses this deep, so the parser limits it.
    let height: Int

    init(kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
        switch kind {
        case .literal, .variable:
            height = 1
        case .member(let base, _, _), .not(let base):
            height = base.height + 1
        case .subscripted(let lhs, let rhs), .and(let lhs, let rhs), .or(let lhs, let rhs),
            .equal(let lhs, let rhs), .notEqual(let lhs, let rhs):
            height = max(lhs.height, rhs.height) + 1
        case .filter(let input, _, _, let arguments, _):
            height = max(input.height, arguments.map(\.height).max() ?? 0) + 1
        }
    }

    /// The same expression, said to start at `location`.
    func moved(to location: SourceLocation) -> Expression {
        Expression(kind: kind, location: location)
    }
}

extension Expression: CustomStringConvertible {
    /// The expression written back in canonical form, for messages such as "cannot output null value 'x.y'".
    var description: String {
        switch kind {
        case .literal(let value):
            value.jsonString(pretty: false)
        case .variable(let name):
            name
        case .member(let base, let key, _):
            "\(base.operand).\(key)"
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

    /// The description as the input of a filter: filters chain without parentheses.
    private var filterInput: String {
        if case .filter = kind { return description }
        return operand
    }

    /// The description, parenthesized when it holds an operator, so it reads right as an operand.
    private var operand: String {
        switch kind {
        case .literal, .variable, .member, .subscripted: description
        case .not, .and, .or, .equal, .notEqual, .filter: "(\(description))"
        }
    }
}
