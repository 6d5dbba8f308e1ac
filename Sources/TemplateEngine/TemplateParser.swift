/// Builds the node tree of a template from its tokens, checking block structure, filter names and
/// include targets.
///
/// Blocks are tracked with an explicit stack rather than recursion, which makes recovering from
/// mistakes simple, so one pass finds as many real errors as possible without follow-on noise: a
/// stray end tag is reported and ignored, an end tag for an outer block also closes the inner ones,
/// and a block whose opening tag is malformed still opens.
struct TemplateParser {
    /// Blocks nested deeper than this are rejected, so rendering cannot overflow the stack.
    static let maximumNesting = 100

    static let tagNames = ["elif", "else", "endfor", "endif", "for", "if", "include", "set"]

    private enum BlockKind {
        case conditional
        case loop(variable: String, sequence: Expression)

        var name: String {
            switch self {
            case .conditional: "if"
            case .loop: "for"
            }
        }

        var endTag: String {
            switch self {
            case .conditional: "endif"
            case .loop: "endfor"
            }
        }
    }

    /// A block whose end tag has not been seen yet.
    private struct OpenBlock {
        var kind: BlockKind
        /// Where the opening tag's name is written.
        var location: SourceLocation
        /// The nodes before the block, to which the finished block is appended.
        var enclosing: [TemplateNode]
        /// The finished `if` / `elif` branches.
        var branches: [ConditionalBranch] = []
        /// The condition of the branch being read, or `nil` after `else`.
        var condition: Expression?
        /// For a loop, its body once `else` has been seen.
        var loopBody: [TemplateNode]?
        var seenElse = false
    }

    private let source: TemplateSource
    private let filters: [String: TemplateFilter]
    /// The templates an `include` may name.
    private let templateNames: Set<String>
    private var errors: [TemplateError] = []
    private var stack: [OpenBlock] = []
    /// The nodes of the innermost block part being read.
    private var nodes: [TemplateNode] = []

    /// - Parameters:
    ///   - source: The template to parse.
    ///   - filters: The filters templates may use.
    ///   - templateNames: The templates `include` may name.
    init(source: TemplateSource, filters: [String: TemplateFilter], templateNames: Set<String>) {
        self.source = source
        self.filters = filters
        self.templateNames = templateNames
    }

    /// The template's nodes, or every error found.
    static func parse(
        _ source: TemplateSource, filters: [String: TemplateFilter], templateNames: Set<String>
    ) -> Result<[TemplateNode], TemplateErrors> {
        var parser = TemplateParser(source: source, filters: filters, templateNames: templateNames)
        return parser.parse()
    }

    private mutating func parse() -> Result<[TemplateNode], TemplateErrors> {
        let (tokens, lexerError) = TemplateLexer(source: source).tokenize()
        for token in tokens {
            switch token {
            case .text(let text):
                nodes.append(.text(text))
            case .output(let tag):
                do {
                    var parser = try expressionParser(for: tag)
                    let expression = try parser.parseExpression()
                    try parser.expectEnd()
                    nodes.append(.output(OutputTag(expression: expression, layout: tag.layout)))
                } catch {
                    errors.append(error)
                }
            case .block(let tag):
                do {
                    try parseBlockTag(tag)
                } catch {
                    errors.append(error)
                }
            }
        }
        if let lexerError {
            // The rest of the template, after the unclosed tag, could not be read, so blocks still
            // open may well be closed there: reporting them would only add noise.
            errors.append(lexerError)
            stack.removeAll()
        }
        for block in stack.reversed() {
            errors.append(
                TemplateError(
                    file: source.name, at: block.location,
                    "unclosed '\(block.kind.name)' (missing '{% \(block.kind.endTag) %}')"))
        }
        guard errors.isEmpty else { return .failure(TemplateErrors(errors)) }
        return .success(nodes)
    }

    private func expressionParser(for tag: TagToken) throws(TemplateError) -> ExpressionParser {
        let tokens = try ExpressionLexer(source: source).tokenize(tag)
        return ExpressionParser(source: source, tokens: tokens, filters: filters)
    }

    // MARK: - Block tags

    private mutating func parseBlockTag(_ tag: TagToken) throws(TemplateError) {
        var parser: ExpressionParser
        do {
            parser = try expressionParser(for: tag)
        } catch {
            // Keep the block structure even when the tag cannot be tokenized, so that its end tag
            // does not cause a second error.
            errors.append(error)
            let location = source.location(of: tag.content.lowerBound)
            let placeholder = Expression(kind: .literal(.null), location: location)
            switch tag.name {
            case "if":
                try push(OpenBlock(kind: .conditional, location: location, enclosing: nodes, condition: placeholder))
            case "for":
                try push(
                    OpenBlock(kind: .loop(variable: "_", sequence: placeholder), location: location, enclosing: nodes))
            default:
                break
            }
            return
        }
        let nameToken = parser.current
        let location = parser.currentLocation
        guard case .identifier(let name) = nameToken.kind else {
            throw parser.unexpected(expected: "a tag name")
        }
        _ = parser.consumeWord(name)
        switch name {
        case "if":
            let condition = parseCondition(&parser)
            try push(OpenBlock(kind: .conditional, location: location, enclosing: nodes, condition: condition))
        case "elif":
            try parseElif(&parser, at: location)
        case "else":
            try parser.expectEnd()
            try parseElse(at: location)
        case "endif", "endfor":
            try parser.expectEnd()
            try closeBlock(named: name, at: location)
        case "for":
            try parseFor(&parser, at: location)
        case "include":
            nodes.append(.include(try parseInclude(&parser, at: location, layout: tag.layout)))
        case "set":
            let variable = try parser.expectIdentifier("a variable name")
            try parser.expectSymbol(.assign)
            let value = try parser.parseExpression()
            try parser.expectEnd()
            nodes.append(.assignment(Assignment(name: variable, value: value)))
        default:
            throw source.error(
                at: nameToken.offset,
                "unknown tag '\(name)'" + Suggestion.didYouMean(name, among: Self.tagNames))
        }
    }

    /// Parses the rest of the tag as one expression. A malformed condition is reported and replaced
    /// by a placeholder, so the block still opens and its end tag does not cause a second,
    /// misleading error.
    private mutating func parseCondition(_ parser: inout ExpressionParser) -> Expression {
        do {
            let expression = try parser.parseExpression()
            try parser.expectEnd()
            return expression
        } catch {
            errors.append(error)
            return Expression(kind: .literal(.null), location: parser.currentLocation)
        }
    }

    private mutating func parseElif(
        _ parser: inout ExpressionParser, at location: SourceLocation
    ) throws(TemplateError) {
        let condition = parseCondition(&parser)
        guard var block = stack.last, case .conditional = block.kind else {
            throw misplaced("elif", at: location)
        }
        guard let previous = block.condition else {
            throw TemplateError(file: source.name, at: location, "unexpected 'elif' after 'else'")
        }
        block.branches.append(ConditionalBranch(condition: previous, body: nodes))
        block.condition = condition
        stack[stack.count - 1] = block
        nodes = []
    }

    private mutating func parseElse(at location: SourceLocation) throws(TemplateError) {
        guard var block = stack.last else { throw misplaced("else", at: location) }
        guard !block.seenElse else {
            throw TemplateError(
                file: source.name, at: location, "unexpected second 'else' in '\(block.kind.name)'")
        }
        switch block.kind {
        case .conditional:
            if let condition = block.condition {
                block.branches.append(ConditionalBranch(condition: condition, body: nodes))
            }
            block.condition = nil
        case .loop:
            block.loopBody = nodes
        }
        block.seenElse = true
        stack[stack.count - 1] = block
        nodes = []
    }

    private mutating func closeBlock(named name: String, at location: SourceLocation) throws(TemplateError) {
        guard let block = stack.last else {
            let opener = name == "endif" ? "if" : "for"
            throw TemplateError(
                file: source.name, at: location, "unexpected '\(name)' without matching '\(opener)'")
        }
        guard block.kind.endTag == name else {
            let mismatch = TemplateError(
                file: source.name, at: location,
                "unexpected '\(name)' (expected '\(block.kind.endTag)' to close '\(block.kind.name)' "
                    + "at line \(block.location.line), column \(block.location.column))")
            // When an enclosing block is the one being ended, the inner ones were most likely left
            // open by mistake: close them too, so that the rest of the template reads correctly
            // and this one mistake is reported once.
            guard stack.contains(where: { $0.kind.endTag == name }) else { throw mismatch }
            errors.append(mismatch)
            while let inner = stack.last, inner.kind.endTag != name {
                finishInnermostBlock()
            }
            finishInnermostBlock()
            return
        }
        finishInnermostBlock()
    }

    /// Pops the innermost block and appends it, finished, to the nodes around it.
    private mutating func finishInnermostBlock() {
        guard let block = stack.popLast() else { return }
        let node: TemplateNode
        switch block.kind {
        case .conditional:
            var branches = block.branches
            if let condition = block.condition {
                branches.append(ConditionalBranch(condition: condition, body: nodes))
            }
            node = .conditional(Conditional(branches: branches, otherwise: block.seenElse ? nodes : nil))
        case .loop(let variable, let sequence):
            node = .loop(
                Loop(variable: variable, sequence: sequence, body: block.loopBody ?? nodes, empty: block.seenElse ? nodes : nil))
        }
        nodes = block.enclosing
        nodes.append(node)
    }

    private func misplaced(_ name: String, at location: SourceLocation) -> TemplateError {
        let context: String
        if let block = stack.last {
            context = "in '\(block.kind.name)'"
        } else {
            context = name == "elif" ? "outside 'if'" : "outside 'if' or 'for'"
        }
        return TemplateError(file: source.name, at: location, "unexpected '\(name)' \(context)")
    }

    private mutating func parseFor(
        _ parser: inout ExpressionParser, at location: SourceLocation
    ) throws(TemplateError) {
        var variable = "_"
        var sequence = Expression(kind: .literal(.array([])), location: location)
        do {
            variable = try parser.expectIdentifier("a loop variable name")
            try parser.expectWord("in")
            sequence = try parser.parseExpression()
            try parser.expectEnd()
        } catch {
            // As with conditions: open the block anyway, so `endfor` still matches.
            errors.append(error)
        }
        try push(OpenBlock(kind: .loop(variable: variable, sequence: sequence), location: location, enclosing: nodes))
    }

    private mutating func parseInclude(
        _ parser: inout ExpressionParser, at location: SourceLocation, layout: OutputLayout
    ) throws(TemplateError) -> Include {
        let nameOffset = parser.current.offset
        let (name, _) = try parser.expectString("a template name in quotes")
        var binding: (value: Expression, name: String)?
        if parser.consumeWord("with") {
            let value = try parser.parseExpression()
            try parser.expectWord("as")
            binding = (value, try parser.expectIdentifier("a variable name"))
        }
        try parser.expectEnd()
        guard templateNames.contains(name) else {
            throw source.error(
                at: nameOffset, "unknown template '\(name)'" + Suggestion.didYouMean(name, among: templateNames))
        }
        return Include(name: name, location: location, binding: binding, layout: layout)
    }

    private mutating func push(_ block: OpenBlock) throws(TemplateError) {
        stack.append(block)
        nodes = []
        guard stack.count <= Self.maximumNesting else {
            throw TemplateError(
                file: source.name, at: block.location,
                "blocks are nested too deeply (more than \(Self.maximumNesting) levels)")
        }
    }
}
