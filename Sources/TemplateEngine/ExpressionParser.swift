/// Parses the tokens of one tag: expressions, and the words tags are made of (`for x in`, `as`…).
///
/// Precedence, loosest first: `or`, `and`, `not`, `==` / `!=`, `|` filters, then `.key` and `[index]`.
/// So `not a | count == 0` means `not ((a | count) == 0)`.
struct ExpressionParser {
    /// Deeper nesting than this is rejected, so a pathological template cannot overflow the stack.
    static let maximumDepth = 64

    /// Words that cannot name a variable.
    private static func isKeyword(_ name: String) -> Bool {
        switch name {
        case "and", "or", "not", "true", "false", "null": true
        default: false
        }
    }

    private let source: TemplateSource
    private let tokens: [ExpressionToken]
    private let filters: [String: TemplateFilter]
    private var position = 0
    private var depth = 0

    /// - Parameters:
    ///   - source: The template the tokens come from, for locations and the text of tokens.
    ///   - tokens: The tag's tokens, ending with `.end`.
    ///   - filters: The filters an expression may use; others are errors with a suggestion.
    init(source: TemplateSource, tokens: [ExpressionToken], filters: [String: TemplateFilter]) {
        self.source = source
        self.tokens = tokens
        self.filters = filters
    }

    /// The token at the current position.
    var current: ExpressionToken { tokens[min(position, tokens.count - 1)] }

    var currentLocation: SourceLocation { source.location(of: current.offset) }

    // MARK: - Words

    /// Consumes and returns an identifier, or fails with "expected \(what), found …".
    mutating func expectIdentifier(_ what: String) throws(TemplateError) -> String {
        guard case .identifier(let name) = current.kind, !Self.isKeyword(name) else {
            throw unexpected(expected: what)
        }
        position += 1
        return name
    }

    /// Consumes the given word (such as `in`), or fails.
    mutating func expectWord(_ word: String) throws(TemplateError) {
        guard case .identifier(word) = current.kind else { throw unexpected(expected: "'\(word)'") }
        position += 1
    }

    /// Consumes the given word if it is next.
    mutating func consumeWord(_ word: String) -> Bool {
        guard case .identifier(word) = current.kind else { return false }
        position += 1
        return true
    }

    /// Consumes a symbol, or fails.
    mutating func expectSymbol(_ symbol: ExpressionToken.Symbol) throws(TemplateError) {
        guard consumeSymbol(symbol) else { throw unexpected(expected: "'\(symbol.rawValue)'") }
    }

    /// Consumes a string literal, or fails; returns its value and location.
    mutating func expectString(_ what: String) throws(TemplateError) -> (String, SourceLocation) {
        guard case .string(let value) = current.kind else { throw unexpected(expected: what) }
        let location = currentLocation
        position += 1
        return (value, location)
    }

    /// Fails unless the whole tag has been read.
    func expectEnd() throws(TemplateError) {
        guard case .end = current.kind else {
            throw unexpected(expected: "'\(source.text(tokens[tokens.count - 1].range))'")
        }
    }

    /// An error at the current token: "expected X, found 'Y'".
    func unexpected(expected: String) -> TemplateError {
        source.error(at: current.offset, "expected \(expected), found '\(source.text(current.range))'")
    }

    private mutating func consumeSymbol(_ symbol: ExpressionToken.Symbol) -> Bool {
        guard case .symbol(symbol) = current.kind else { return false }
        position += 1
        return true
    }

    // MARK: - Expressions

    /// Parses a full expression.
    mutating func parseExpression() throws(TemplateError) -> Expression {
        depth += 1
        defer { depth -= 1 }
        // Two limits: `depth` bounds the parser's own recursion (parentheses, `not`), and `height`
        // bounds evaluation, which also recurses through long chains such as `a.b.c…` or `x | f | f…`.
        guard depth <= Self.maximumDepth else {
            throw source.error(at: current.offset, "expression is nested too deeply")
        }
        let expression = try parseOr()
        guard expression.height <= Self.maximumDepth else {
            throw TemplateError(file: source.name, at: expression.location, "expression is nested too deeply")
        }
        return expression
    }

    private mutating func parseOr() throws(TemplateError) -> Expression {
        var expression = try parseAnd()
        while consumeWord("or") {
            let rhs = try parseAnd()
            expression = Expression(kind: .or(expression, rhs), location: expression.location)
        }
        return expression
    }

    private mutating func parseAnd() throws(TemplateError) -> Expression {
        var expression = try parseNot()
        while consumeWord("and") {
            let rhs = try parseNot()
            expression = Expression(kind: .and(expression, rhs), location: expression.location)
        }
        return expression
    }

    private mutating func parseNot() throws(TemplateError) -> Expression {
        guard case .identifier("not") = current.kind else { return try parseComparison() }
        let location = currentLocation
        position += 1
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw source.error(at: current.offset, "expression is nested too deeply")
        }
        return Expression(kind: .not(try parseNot()), location: location)
    }

    private mutating func parseComparison() throws(TemplateError) -> Expression {
        let lhs = try parseFiltered()
        if consumeSymbol(.equal) {
            return Expression(kind: .equal(lhs, try parseFiltered()), location: lhs.location)
        }
        if consumeSymbol(.notEqual) {
            return Expression(kind: .notEqual(lhs, try parseFiltered()), location: lhs.location)
        }
        return lhs
    }

    private mutating func parseFiltered() throws(TemplateError) -> Expression {
        var expression = try parsePostfix()
        while consumeSymbol(.pipe) {
            let nameOffset = current.offset
            let nameLocation = currentLocation
            let name = try expectIdentifier("a filter name after '|'")
            guard let filter = filters[name] else {
                throw source.error(
                    at: nameOffset,
                    "unknown filter '\(name)'" + Suggestion.didYouMean(name, among: filters.keys))
            }
            var arguments: [Expression] = []
            if consumeSymbol(.openParenthesis), !consumeSymbol(.closeParenthesis) {
                repeat {
                    arguments.append(try parseExpression())
                } while consumeSymbol(.comma)
                try expectSymbol(.closeParenthesis)
            }
            expression = Expression(
                kind: .filter(
                    input: expression, name: name, nameLocation: nameLocation, arguments: arguments, filter: filter),
                location: expression.location)
        }
        return expression
    }

    private mutating func parsePostfix() throws(TemplateError) -> Expression {
        var expression = try parsePrimary()
        while true {
            if consumeSymbol(.dot) {
                let keyLocation = currentLocation
                guard case .identifier(let key) = current.kind else {
                    throw unexpected(expected: "a key name after '.'")
                }
                position += 1
                expression = Expression(
                    kind: .member(base: expression, key: key, keyLocation: keyLocation), location: expression.location)
            } else if consumeSymbol(.openBracket) {
                let index = try parseExpression()
                try expectSymbol(.closeBracket)
                expression = Expression(
                    kind: .subscripted(base: expression, index: index), location: expression.location)
            } else {
                return expression
            }
        }
    }

    private mutating func parsePrimary() throws(TemplateError) -> Expression {
        let token = current
        let location = currentLocation
        switch token.kind {
        case .integer(let value):
            position += 1
            return Expression(kind: .literal(.int(value)), location: location)
        case .string(let value):
            position += 1
            return Expression(kind: .literal(.string(value)), location: location)
        case .identifier("true"):
            position += 1
            return Expression(kind: .literal(.bool(true)), location: location)
        case .identifier("false"):
            position += 1
            return Expression(kind: .literal(.bool(false)), location: location)
        case .identifier("null"):
            position += 1
            return Expression(kind: .literal(.null), location: location)
        case .identifier(let name) where !Self.isKeyword(name):
            position += 1
            return Expression(kind: .variable(name), location: location)
        case .symbol(.openParenthesis):
            position += 1
            let expression = try parseExpression()
            try expectSymbol(.closeParenthesis)
            // The parenthesized expression starts at the `(`, where errors about it should point.
            return expression.moved(to: location)
        default:
            throw unexpected(expected: "an expression")
        }
    }
}
