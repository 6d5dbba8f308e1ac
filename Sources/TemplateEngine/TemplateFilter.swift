/// A filter gets the piped value and the evaluated arguments: in `{{ name | replace("-", "_") }}`,
/// the filter `replace` gets the value of `name` and `["-", "_"]`.
///
/// A filter throws ``FilterError`` to reject its input or arguments; the engine reports it at the
/// filter's place in the template. Filters must be pure: rendering is deterministic only if they are.
public typealias TemplateFilter =
    @Sendable (_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue
