/// Prints diagnostics with the offending source line and a caret under the column:
///
///     Specs/users.yaml:42:7: error: duplicate key 'email' (first at 40:7)
///           email: string
///           ^
public struct DiagnosticFormatter: Sendable {
    /// Each file's lines, by the path diagnostics name.
    private var linesByFile: [String: [Substring]]

    public init(sources: [String: String]) {
        linesByFile = sources.mapValues { text in
            text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        }
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.description
        let location = diagnostic.source.location
        guard let lines = linesByFile[diagnostic.source.file], location.line >= 1, location.line <= lines.count else {
            return text
        }
        let line = lines[location.line - 1].replacingOccurrences(of: "\r", with: "")
        // The caret lines up with the column, counted in Unicode scalars; tabs are kept so
        // that the caret stays under the same character in a terminal.
        let prefix = line.unicodeScalars.prefix(max(0, location.column - 1))
        let padding = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
        text += "\n" + line + "\n" + padding + "^"
        return text
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }
}
