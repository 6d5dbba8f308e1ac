/// A set of named templates, each parsed once; templates can include each other by name.
///
/// For example:
/// ```swift
/// let library = try TemplateLibrary(
///     templates: ["Model.swift.tmpl": "struct {{ model.name | upperCamelCase }} {}\n"],
///     filters: ["upperCamelCase": { value, _ in … }]
/// )
/// let swift = try library.render("Model.swift.tmpl", context: ["model": ["name": "user"]])
/// ```
/// See ``Template`` for the syntax.
public struct TemplateLibrary: Sendable {
    /// The deepest chain of includes rendering allows, so that a template including itself without
    /// end fails with an error instead of overflowing the stack.
    public static let maximumIncludeDepth = 64

    let templates: [String: Template]
    /// The filters, for parsing templates given to ``parseString(_:named:)``.
    private let filters: [String: TemplateFilter]

    /// Parses every template.
    ///
    /// - Parameters:
    ///   - templates: The templates' sources by name; the names are what `include` tags and errors use.
    ///   - filters: Filters to add to the built-in ones (see ``BuiltinFilters``); a filter with a
    ///     built-in's name replaces it.
    /// - Throws: ``TemplateErrors`` with all parse errors across all templates, in file and source order.
    public init(templates: [String: String], filters: [String: TemplateFilter] = [:]) throws(TemplateErrors) {
        let allFilters = BuiltinFilters.all.merging(filters) { _, custom in custom }
        let names = Set(templates.keys)
        var parsed: [String: Template] = [:]
        var errors: [TemplateError] = []
        for (name, text) in templates {
            do {
                parsed[name] = try Template(name: name, text: text, filters: allFilters, templateNames: names)
            } catch {
                errors += error.errors
            }
        }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        self.templates = parsed
        self.filters = allFilters
    }

    /// The names of the templates, sorted.
    public var templateNames: [String] { templates.keys.sorted() }

    /// Renders one template.
    ///
    /// - Parameters:
    ///   - name: The template's name.
    ///   - context: An object whose members are the root variables (or `null` for none).
    ///   - variable: One more root variable, or nil: a name and its value, which shadow a root
    ///     variable of that name, as a manifest entry binds the item each file renders.
    /// - Returns: The rendered text.
    /// - Throws: ``TemplateError`` at the place in the template (or in an included one) that failed.
    public func render(
        _ name: String, context: TemplateValue, variable: (name: String, value: TemplateValue)? = nil
    ) throws(TemplateError) -> String {
        guard let template = templates[name] else {
            throw TemplateError(
                file: name, line: 1, column: 1,
                message: "unknown template '\(name)'" + Suggestion.didYouMean(name, among: templateNames))
        }
        return try render(template, context: context, variable: variable)
    }

    /// Renders a template given as a string, with the library's filters and templates to include.
    ///
    /// For example, an output path pattern: `renderString("Models/{{ group.name }}.swift", named:
    /// "manifest.yaml", context: context)`. To render one string many times, parse it once with
    /// ``parseString(_:named:)``.
    /// - Throws: ``TemplateError``: the first parse error, or the rendering error.
    public func renderString(_ source: String, named: String, context: TemplateValue) throws(TemplateError) -> String {
        try render(try parseString(source, named: named), context: context)
    }

    /// A template given as a string, parsed with a library's filters and templates to include.
    public struct StringTemplate: Sendable {
        let template: Template
    }

    /// Parses a template given as a string, to render it with ``render(_:context:variable:)-(StringTemplate,_,_)``.
    /// - Throws: ``TemplateError``: the first parse error.
    public func parseString(_ source: String, named: String) throws(TemplateError) -> StringTemplate {
        do {
            return StringTemplate(
                template: try Template(name: named, text: source, filters: filters, templateNames: Set(templates.keys)))
        } catch {
            // Parse errors are sorted; the first one is where the reader should start.
            throw error.errors.first ?? TemplateError(file: named, line: 1, column: 1, message: "invalid template")
        }
    }

    /// Renders a template parsed by ``parseString(_:named:)``; the arguments are as for
    /// ``render(_:context:variable:)``.
    public func render(
        _ stringTemplate: StringTemplate, context: TemplateValue, variable: (name: String, value: TemplateValue)? = nil
    ) throws(TemplateError) -> String {
        try render(stringTemplate.template, context: context, variable: variable)
    }

    private func render(
        _ template: Template, context: TemplateValue, variable: (name: String, value: TemplateValue)?
    ) throws(TemplateError) -> String {
        let root: any TemplateObject
        switch context {
        case .object(let object):
            root = object
        case .null:
            root = TemplateDictionary([:])
        default:
            throw TemplateError(
                file: template.name, line: 1, column: 1,
                message: "the context must be an object, not \(context.kindDescription)")
        }
        var renderer = Renderer(library: self, file: template.name, root: root, variable: variable)
        try renderer.render(template.nodes)
        return String(decoding: renderer.output, as: UTF8.self)
    }
}
