/// A parsed piece of a template, ready to render.
///
/// Each case holds a single reference: the renderer walks nodes many times per render, and copying
/// a node out of its array then costs one retain, instead of one per field of a struct payload.
enum TemplateNode: Sendable {
    /// Literal text, after whitespace control, in UTF-8, as the renderer writes it.
    case text([UInt8])
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

/// A `{{ expression }}` tag.
final class OutputTag: Sendable {
    let expression: Expression
    let layout: OutputLayout

    init(expression: Expression, layout: OutputLayout) {
        self.expression = expression
        self.layout = layout
    }
}

/// An `if` block.
final class Conditional: Sendable {
    let branches: [ConditionalBranch]
    /// The `{% else %}` part.
    let otherwise: [TemplateNode]?

    init(branches: [ConditionalBranch], otherwise: [TemplateNode]?) {
        self.branches = branches
        self.otherwise = otherwise
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

    init(variable: String, sequence: Expression, body: [TemplateNode], empty: [TemplateNode]?) {
        self.variable = TemplateKey(variable)
        self.sequence = sequence
        self.body = body
        self.empty = empty
    }
}

/// An `include` of another template of the library.
final class Include: Sendable {
    /// The included template's name, checked against the library when parsing.
    let name: String
    /// Where the `include` tag name is written, where include errors point.
    let location: SourceLocation
    /// The `with value as name` binding.
    let binding: (value: Expression, name: TemplateKey)?
    let layout: OutputLayout

    init(name: String, location: SourceLocation, binding: (value: Expression, name: String)?, layout: OutputLayout) {
        self.name = name
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
