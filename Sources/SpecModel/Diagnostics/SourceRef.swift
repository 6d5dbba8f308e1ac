import YAMLLite

/// A place in one spec file: the file's path as the user gave it, and a 1-based line and column.
public struct SourceRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var location: SourceLocation

    public init(file: String, location: SourceLocation) {
        self.file = file
        self.location = location
    }

    /// `file:line:col`, the form compilers and editors understand.
    public var description: String { "\(file):\(location.line):\(location.column)" }

    public static func < (lhs: SourceRef, rhs: SourceRef) -> Bool {
        (lhs.file, lhs.location.line, lhs.location.column) < (rhs.file, rhs.location.line, rhs.location.column)
    }
}
