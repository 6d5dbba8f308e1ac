/// A parsed piece of a template, ready to render.
///
/// Each case holds a single reference: the renderer walks nodes many times per render, and copying
/// a node out of its array then costs one retain, instead of one per field of a struct payload.
enum TemplateNode: Sendable {
    /// Literal text, after whitespace control, in UTF-8, as the renderer writes it.
    case text(TextNode)
    /// `{{ expression }}`.
    case output(OutputTag)
    /// `{% if %}…{% elif %}…{% else %}…{% endif %}`.
    case conditional(Conditional)
    /// `{% for variable in sequence %}…{% else %}…{% endfor %}`.
    case loop(Loop)
    /// `{% include "Name" with value as name %}`.
    case include(Include)
    /// `{% set name = value %}`.
    case assignment(Assignment)
}

/// Literal text of a template.
final class TextNode: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }
}

/// A node as the renderer walks it: the same object, referenced without being owned.
///
/// Reading a node out of an array of ``TemplateNode`` retains its object and releases it after,
/// an atomic operation each, for every node of every file rendered: about a twentieth of a
/// run's time. The template owns every node through its ``TemplateNode`` arrays, and a template
/// outlives every render of it (the library holding it is the one rendering), so the renderer
/// can borrow them instead; ``Unmanaged`` says so without a retain.
enum RenderNode: Sendable {
    case text(Unmanaged<TextNode>)
    case output(Unmanaged<OutputTag>)
    case conditional(Unmanaged<Conditional>)
    case loop(Unmanaged<Loop>)
    case include(Unmanaged<Include>)
    case assignment(Unmanaged<Assignment>)

    /// The borrowed form of `node`, which must be kept alive by its owner while this is used.
    init(_ node: TemplateNode) {
        switch node {
        case .text(let text): self = .text(.passUnretained(text))
        case .output(let tag): self = .output(.passUnretained(tag))
        case .conditional(let conditional): self = .conditional(.passUnretained(conditional))
        case .loop(let loop): self = .loop(.passUnretained(loop))
        case .include(let include): self = .include(.passUnretained(include))
        case .assignment(let assignment): self = .assignment(.passUnretained(assignment))
        }
    }

    /// The borrowed forms of `nodes`.
    static func borrowing(_ nodes: [TemplateNode]) -> [RenderNode] {
        nodes.map(RenderNode.init)
    }
}

/// A `{{ expression }}` tag.
final class OutputTag: Sendable {
    let expression: Expression
    let layout: OutputLayout
    /// The expression's variable and keys when it is a path, the commonest output, kept apart
    /// from the expression so that the renderer reads them in place: reading them out of the
    /// expression's boxed kind retains the box and the keys on every render.
    let pathRoot: TemplateKey?
    let pathKeys: [PathKey]

    init(expression: Expression, layout: OutputLayout) {
        self.expression = expression
        self.layout = layout
        (pathRoot, pathKeys) = expression.plainPath ?? (nil, [])
    }
}

/// An `if` block.
final class Conditional: Sendable {
    let branches: [ConditionalBranch]
    /// The `{% else %}` part.
    let otherwise: [TemplateNode]?
    /// The branches' bodies and the `else` part as the renderer walks them; `branches` and
    /// `otherwise` own their nodes.
    let renderBodies: [[RenderNode]]
    let renderOtherwise: [RenderNode]?
    /// Each branch's condition when it is a path or `not` a path, the commonest conditions, for
    /// the renderer to test in place; nil for any other condition. Borrowed, like the bodies:
    /// reading a strong reference out of the array would retain it on every test.
    let pathConditions: [Unmanaged<PathCondition>?]
    /// The owners of `pathConditions`.
    private let pathConditionOwners: [PathCondition?]

    init(branches: [ConditionalBranch], otherwise: [TemplateNode]?) {
        self.branches = branches
        self.otherwise = otherwise
        renderBodies = branches.map { RenderNode.borrowing($0.body) }
        renderOtherwise = otherwise.map(RenderNode.borrowing)
        pathConditionOwners = branches.map { PathCondition($0.condition) }
        pathConditions = pathConditionOwners.map { $0.map(Unmanaged.passUnretained) }
    }
}

/// A condition that tests the value at a path, `if model.description` or `if not loop.last`,
/// with the path kept apart from the expression: reading it out of the expression's boxed kind
/// retains the box and the keys on every test.
final class PathCondition: Sendable {
    let root: TemplateKey
    let keys: [PathKey]
    /// Whether the condition is `not` the path.
    let negated: Bool

    init?(_ condition: Expression) {
        if let path = condition.plainPath {
            (root, keys, negated) = (path.root, path.keys, false)
        } else if case .not(let operand) = condition.kind, let path = operand.plainPath {
            (root, keys, negated) = (path.root, path.keys, true)
        } else {
            return nil
        }
    }
}

/// One `if` or `elif` branch.
struct ConditionalBranch: Sendable {
    var condition: Expression
    var body: [TemplateNode]
}

/// A `for` loop.
final class Loop: Sendable {
    let variable: TemplateKey
    let sequence: Expression
    let body: [TemplateNode]
    /// The `{% else %}` part, rendered when the sequence is empty.
    let empty: [TemplateNode]?
    /// `body` and `empty` as the renderer walks them; those two own the nodes.
    let renderBody: [RenderNode]
    let renderEmpty: [RenderNode]?

    init(variable: String, sequence: Expression, body: [TemplateNode], empty: [TemplateNode]?) {
        self.variable = TemplateKey(variable)
        self.sequence = sequence
        self.body = body
        self.empty = empty
        renderBody = RenderNode.borrowing(body)
        renderEmpty = empty.map(RenderNode.borrowing)
    }
}

/// An `include` of another template of the library.
final class Include: Sendable {
    /// The included template's name, checked against the library when parsing.
    let name: String
    /// Where the library keeps the included template (``TemplateLibrary/templatesByPosition``):
    /// found once, when parsing, rather than by hashing its name for every include rendered.
    let position: Int
    /// Where the `include` tag name is written, where include errors point.
    let location: SourceLocation
    /// The `with value as name` binding.
    let binding: (value: Expression, name: TemplateKey)?
    let layout: OutputLayout

    init(
        name: String, position: Int, location: SourceLocation, binding: (value: Expression, name: String)?,
        layout: OutputLayout
    ) {
        self.name = name
        self.position = position
        self.location = location
        self.binding = binding.map { ($0.value, TemplateKey($0.name)) }
        self.layout = layout
    }
}

/// A `set` tag.
final class Assignment: Sendable {
    let name: TemplateKey
    let value: Expression

    init(name: String, value: Expression) {
        self.name = TemplateKey(name)
        self.value = value
    }
}
