/// A parsed piece of a template, ready to render.
indirect enum TemplateNode: Sendable {
    /// Literal text, after whitespace control.
    case text(String)
    /// `{{ expression }}`.
    case output(Expression, OutputLayout)
    /// `{% if %}…{% elif %}…{% else %}…{% endif %}`: the first branch whose condition holds
    /// renders, else `otherwise` if there is one.
    case conditional(branches: [ConditionalBranch], otherwise: [TemplateNode]?)
    /// `{% for variable in sequence %}…{% else %}…{% endfor %}`; `empty` renders when the
    /// sequence is empty.
    case loop(variable: String, sequence: Expression, body: [TemplateNode], empty: [TemplateNode]?)
    /// `{% include "Name" with value as name %}`.
    case include(Include)
    /// `{% set name = value %}`.
    case assignment(name: String, value: Expression)
}

/// One `if` or `elif` branch.
struct ConditionalBranch: Sendable {
    var condition: Expression
    var body: [TemplateNode]
}

/// An `include` of another template of the library.
struct Include: Sendable {
    /// The included template's name, checked against the library when parsing.
    var name: String
    /// Where the `include` tag name is written, where include errors point.
    var location: SourceLocation
    /// The `with value as name` binding.
    var binding: (value: Expression, name: String)?
    var layout: OutputLayout
}
