/// A position in a source text.
///
/// Both numbers are 1-based; the column counts Unicode scalars, as libYAML does, so a line
/// with non-ASCII text still points at the right character. For example, in `name: ü x`
/// the `x` is at column 10.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line number, starting from 1.
    public var line: Int
    /// The column number, starting from 1, counted in Unicode scalars.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location as `line:column`, the form compilers and editors understand.
    public var description: String { "\(line):\(column)" }

    /// Orders locations as they appear in the text: by line, then by column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
