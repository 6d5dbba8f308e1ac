/// A problem in a template, found while parsing or rendering it, with the place it comes from.
///
/// Lines and columns are 1-based; columns count Unicode scalars, so `é` or `🙂` each count as one.
/// For example: `Templates/Model.swift.tmpl:12:9: error: unknown variable 'modle' (did you mean 'model'?)`.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The template's name as given to the library, e.g. `"Templates/Model.swift.tmpl"`.
    public var file: String
    /// The line of the offending token, starting from 1.
    public var line: Int
    /// The column of the offending token, starting from 1, counted in Unicode scalars.
    public var column: Int
    /// What is wrong, starting in lowercase, e.g. `"unknown variable 'modle' (did you mean 'model'?)"`.
    public var message: String

    /// Creates an error at a place in a template.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The error in the compiler's format: `file:line:column: error: message`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

extension TemplateError {
    init(file: String, at location: SourceLocation, _ message: String) {
        self.init(file: file, line: location.line, column: location.column, message: message)
    }

    /// Orders errors by file, then position, then message, so lists of errors print the same way every time.
    static func inSourceOrder(_ lhs: TemplateError, _ rhs: TemplateError) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}

/// All the errors found while parsing a set of templates, in file and source order.
public struct TemplateErrors: Error, Sendable, Hashable, CustomStringConvertible {
    /// The errors, sorted by file, line and column.
    public var errors: [TemplateError]

    /// Creates the list, sorting the errors by file, line and column.
    public init(_ errors: [TemplateError]) {
        self.errors = errors.sorted(by: TemplateError.inSourceOrder)
    }

    /// One error per line, each as `file:line:column: error: message`.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}

/// Thrown by a filter to reject its input; the engine turns it into a ``TemplateError`` at the filter's
/// location in the template.
///
/// For example, `throw FilterError("expects a string, got \(value.kindDescription)")` in a filter
/// `lowerCamelCase` gives `Model.swift.tmpl:3:14: error: filter 'lowerCamelCase': expects a string, got an integer`.
public struct FilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the filter's input or arguments, starting in lowercase.
    public var message: String

    /// Creates the error with a message starting in lowercase.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
