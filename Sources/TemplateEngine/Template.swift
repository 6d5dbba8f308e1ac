/// A parsed template: parsed once, when its ``TemplateLibrary`` is created, and rendered many times.
///
/// # Syntax
///
/// The syntax is Jinja-like. Tags:
/// - `{{ expr }}` outputs a value: a string as is, an integer in decimal, a Boolean as `true` or
///   `false`. Outputting `null`, an array or an object is an error.
/// - `{# comment #}` is dropped.
/// - `{% if expr %}…{% elif expr %}…{% else %}…{% endif %}`.
/// - `{% for x in expr %}…{% else %}…{% endfor %}` loops over an array; the `else` part renders
///   when the array is empty. In the body, `x` shadows outer names and `loop` holds `loop.index`
///   (from 1), `loop.index0` (from 0), `loop.first`, `loop.last` and `loop.length`. A nested loop
///   has its own `loop`; keep the outer one with `{% set outer = loop %}` if needed.
/// - `{% include "Name.swift.tmpl" %}` renders another template of the library, which sees the
///   current variables; `{% include "Name.swift.tmpl" with expr as name %}` also binds `name`.
///   The name must be a string literal and is checked when the library is created. Includes may
///   recurse (to render trees), up to 64 levels deep.
/// - `{% set name = expr %}` binds `name` in the current scope: the loop body (fresh on every
///   iteration), the included template, or the template. `if` blocks do not open a scope.
///
/// Expressions:
/// - Dotted paths `endpoint.body.type.swiftName`, and indexing `items[0]` (arrays, from 0) or
///   `headers["Content-Type"]` (objects, for keys that are not identifiers).
/// - Literals: strings in `"…"` or `'…'` with the escapes `\"`, `\'`, `\\`, `\n` and `\t`;
///   integers such as `42` or `-1`; `true`, `false` and `null`.
/// - `not`, `and`, `or` (which give Booleans), `==`, `!=` (structural equality; `1 != "1"`),
///   and parentheses.
/// - Filters: `expr | name` or `expr | name(arg, …)` with expressions as arguments; filters bind
///   tighter than `==`, so `items | count == 0` compares the count.
///
/// Truthiness: `null`, `false`, `0`, `""`, `[]` and `{}` are false; everything else is true.
///
/// Strictness: an unknown variable, an unknown key in a path, or a key on something that is not an
/// object is an error, even in an `if` condition, so typos never turn into silently missing output.
/// A key that is present with a `null` value is fine in conditions. An unknown filter, tag or
/// included template is an error when parsing, with a "did you mean" suggestion. Like any
/// short-circuiting language, `and`, `or` and `elif` do not evaluate what they skip.
///
/// Filters: the generic ones in ``BuiltinFilters``, plus those given to ``TemplateLibrary``.
///
/// # Whitespace
///
/// Templates can be laid out for reading, without stray blank lines or trailing spaces in the output:
/// 1. A standalone line, holding only block tags (other than `include`) and comments plus spaces
///    or tabs, disappears from the output together with its newline.
/// 2. A line holding only one `{{ }}` or `{% include %}` tag plus spaces or tabs writes its output
///    as whole lines: each non-empty line gets the tag's indentation, and a newline ends the
///    output unless it already ends with one (so a partial saved with a final newline does not add a
///    blank line). Output that is empty removes the line entirely.
/// 3. Elsewhere, when only spaces or tabs precede a `{{ }}` or `{% include %}` tag on its output
///    line, the lines of its output after the first get that same indentation. Otherwise the
///    output is inserted as is (an include mid-line keeps the partial's final newline).
/// 4. `{{-`, `{%-`, `{#-` remove all whitespace, newlines included, before the tag, and `-}}`,
///    `-%}`, `-#}` all whitespace after it. A tag with a `-` marker is never a rule 2 standalone line.
///
/// Lines are never indented when empty, and `\r\n` in a template reads as `\n`. To output a literal
/// `{{`, write `{{ "{{" }}`.
struct Template: Sendable {
    /// The template's name as given to the library, used as the file in errors.
    let name: String
    let nodes: [TemplateNode]

    /// Parses a template.
    ///
    /// - Parameters:
    ///   - name: The name errors refer to.
    ///   - text: The template's source.
    ///   - filters: The filters it may use.
    ///   - templateNames: The templates it may include.
    /// - Throws: ``TemplateErrors`` with every error found.
    init(
        name: String, text: String, filters: [String: TemplateFilter], templateNames: Set<String>
    ) throws(TemplateErrors) {
        self.name = name
        let source = TemplateSource(name: name, text: text)
        nodes = try TemplateParser.parse(source, filters: filters, templateNames: templateNames).get()
    }
}
