/// A value whose secrets must never print: its `customMirror` lists its fields with each secret
/// as `<redacted>`, and it prints those as `Type(field: value, ...)`, in `print`, string
/// interpolation, `dump` and the debugger alike.
public protocol RedactingDescription: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {}

extension RedactingDescription {
    /// The value's fields as its `customMirror` lists them, secrets as `<redacted>`.
    public var description: String {
        let fields = customMirror.children.map { child in "\(child.label ?? "_"): \(String(describing: child.value))" }
        return "\(Self.self)(" + fields.joined(separator: ", ") + ")"
    }

    /// The same text as `description`.
    public var debugDescription: String { description }
}
