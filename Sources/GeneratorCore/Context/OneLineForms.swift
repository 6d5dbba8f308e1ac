import TemplateEngine

/// The one-line forms of the declarations and calls whose wrapping the context decides, as the
/// templates write them: each is measured against the line limit (see ``OneLineForm``).

/// An operation's declaration: `    public func name(a: A, b: B = b) async throws(Error) -> T {`.
struct OperationDeclarationLine: OneLineForm {
    let name: String
    let arguments: [TemplateValue]
    let errorName: String
    let returnType: String?

    func write<Line: LineSink>(to line: inout Line) {
        line.add("    public func ")
        line.add(name)
        line.add("(")
        writeParameters(arguments, to: &line)
        line.add(") async throws(")
        line.add(errorName)
        line.add(")")
        if let returnType {
            line.add(" -> ")
            line.add(returnType)
        }
        line.add(" {")
    }
}

/// An operation's request: `        let request = RequestBuilder(method: "GET", path: "/users/\(id)")`.
struct RequestLine: OneLineForm {
    let method: String
    /// The path's parts, as the operation context holds them (`isParameter`, `text`).
    let pathParts: [TemplateValue]

    func write<Line: LineSink>(to line: inout Line) {
        line.add("        let request = RequestBuilder(method: \"")
        line.add(method)
        line.add("\", path: \"")
        for part in pathParts {
            // As the path's string literal holds it: a parameter interpolated, text escaped.
            let text = part[member: ContextMemberNames.text]?.stringValue ?? ""
            if part[member: ContextMemberNames.isParameter]?.boolValue == true {
                line.add("\\(")
                line.add(text)
                line.add(")")
            } else {
                line.add(SwiftLiteral.stringContent(text))
            }
        }
        line.add("\")")
    }
}

/// A model's memberwise initializer: `    public init(a: A, b: B? = nil) {`.
struct InitializerLine: OneLineForm {
    let arguments: [TemplateValue]

    func write<Line: LineSink>(to line: inout Line) {
        line.add("    public init(")
        writeParameters(arguments, to: &line)
        line.add(") {")
    }
}

/// `name: Type = default` for each argument or property context, separated by commas, as a
/// declaration writes its parameters.
private func writeParameters<Line: LineSink>(_ arguments: [TemplateValue], to line: inout Line) {
    for (position, argument) in arguments.enumerated() {
        if position > 0 { line.add(", ") }
        line.add(argument[member: ContextMemberNames.parameterName]?.stringValue ?? "")
        line.add(": ")
        line.add(argument[member: ContextMemberNames.swiftType]?.stringValue ?? "")
        let defaultLiteral = argument[member: ContextMemberNames.defaultLiteral]?.stringValue ?? ""
        if !defaultLiteral.isEmpty {
            line.add(" = ")
            line.add(defaultLiteral)
        }
    }
}

/// The members the context builder reads back from contexts it has built, numbered once: read
/// by name, each lookup compared the name with every key of the shape before it.
enum ContextMemberNames {
    static let text = TemplateMemberName("text")
    static let isParameter = TemplateMemberName("isParameter")
    static let parameterName = TemplateMemberName("parameterName")
    static let swiftType = TemplateMemberName("swiftType")
    static let defaultLiteral = TemplateMemberName("defaultLiteral")
    static let label = TemplateMemberName("label")
}
