/// A problem found while parsing YAML-lite text.
///
/// The message starts in lowercase and has no trailing period, so it reads well after the
/// location prefix. For example: `42:7: error: duplicate key 'email' (first at 40:7)`.
public struct YAMLLiteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, e.g. `duplicate key 'email' (first at 40:7)`.
    public var message: String
    /// Where the offending token starts.
    public var location: SourceLocation

    /// Creates an error with a message and the location of the offending token.
    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// The error as `line:column: error: message`; a caller adds the file name in front.
    public var description: String { "\(location): error: \(message)" }
}
