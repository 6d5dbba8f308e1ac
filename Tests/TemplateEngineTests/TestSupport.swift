import TemplateEngine

/// Renders `template` as the template "main.tmpl" of a library that also holds `partials`.
func render(
    _ template: String,
    _ context: TemplateValue = [:],
    partials: [String: String] = [:],
    filters: [String: TemplateFilter] = [:]
) throws -> String {
    var templates = partials
    templates["main.tmpl"] = template
    let library = try TemplateLibrary(templates: templates, filters: filters)
    return try library.render("main.tmpl", context: context)
}

/// The description of the error that rendering `template` throws, or a note that it did not throw.
///
/// Both parse errors (`TemplateErrors`) and render errors (`TemplateError`) come back as text, so tests
/// pin the whole `file:line:column: error: message` string.
func renderError(
    _ template: String,
    _ context: TemplateValue = [:],
    partials: [String: String] = [:],
    filters: [String: TemplateFilter] = [:]
) -> String {
    do {
        let output = try render(template, context, partials: partials, filters: filters)
        return "no error; output: \(output.debugDescription)"
    } catch let error as TemplateErrors {
        return error.description
    } catch let error as TemplateError {
        return error.description
    } catch {
        return "unexpected error type \(type(of: error)): \(error)"
    }
}
