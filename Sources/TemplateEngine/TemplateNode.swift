/// A parsed piece of a template, ready to render. Each case but text holds one object, which
/// the renderer reads in place.
enum TemplateNode: Sendable {
    /// Literal text, after whitespace control, as the UTF-8 the output is made of.
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

/// An `if` block: the first branch whose condition holds renders, else `otherwise` if there is one.
final class Conditional: Sendable {
    let branches: [ConditionalBranch]
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

/// A `for` loop; `empty` renders when the sequence is empty.
final class Loop: Sendable {
    let variable: String
    let sequence: Expression
    let body: [TemplateNode]
    let empty: [TemplateNode]?

    init(variable: String, sequence: Expression, body: [TemplateNode], empty: [TemplateNode]?) {
        self.variable = variable
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
    let binding: (value: Expression, name: String)?
    let layout: OutputLayout

    init(name: String, location: SourceLocation, binding: (value: Expression, name: String)?, layout: OutputLayout) {
        self.name = name
        self.location = location
        self.binding = binding
        self.layout = layout
    }
}

/// A `set` tag.
final class Assignment: Sendable {
    let name: String
    let value: Expression

    init(name: String, value: Expression) {
        self.name = name
        self.value = value
    }
}
