/// How a scalar was written in the source.
public enum ScalarStyle: Sendable, Hashable {
    /// Unquoted text, such as `Invite user` or `300`; the only style that is typed by the core schema.
    case plain
    /// Text in single quotes, such as `'it''s'`.
    case singleQuoted
    /// Text in double quotes with escapes, such as `"a \"b\""`.
    case doubleQuoted
    /// A literal block scalar (`|`), whose line breaks are kept.
    case literal
    /// A folded block scalar (`>`), whose line breaks mostly become spaces.
    case folded
}

/// A scalar: its text as written (after unescaping or folding) and its style.
///
/// Typing happens later: the spec layer reads `text` and reports what it expected, while
/// ``coreValue`` gives the YAML 1.2 core-schema reading, used for JSON output.
public struct YAMLScalar: Sendable, Hashable {
    /// The scalar's content, with quotes removed, escapes resolved and block scalars folded and chomped.
    public var text: String
    /// How the scalar was written.
    public var style: ScalarStyle

    /// Creates a scalar from its content and style.
    public init(text: String, style: ScalarStyle) {
        self.text = text
        self.style = style
    }
}

/// A node of a YAML-lite tree: a scalar, a mapping or a sequence, with where it starts.
public struct YAMLNode: Sendable {
    /// What a node holds.
    public enum Kind: Sendable {
        /// A single value.
        case scalar(YAMLScalar)
        /// Key-value pairs in file order; keys are unique.
        case mapping([YAMLMappingEntry])
        /// Items in file order.
        case sequence([YAMLNode])
    }

    /// What this node holds.
    public var kind: Kind
    /// Where the node starts: first character of a scalar (its opening quote, or the `|`/`>` indicator for block
    /// scalars), the first key of a block mapping, the `-` of a block sequence, the `[`/`{` of a flow collection.
    /// An empty value (`key:` with nothing after it) is a plain null scalar located just after the colon.
    public var location: SourceLocation

    /// Creates a node.
    public init(kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    /// The mapping's entries in file order, if this node is a mapping.
    public var mapping: [YAMLMappingEntry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// The sequence's items in file order, if this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }
}

/// One key-value pair of a mapping.
public struct YAMLMappingEntry: Sendable {
    /// The key; YAML-lite keys are always scalars.
    public var key: YAMLScalar
    /// Where the key starts (its opening quote, for a quoted key).
    public var keyLocation: SourceLocation
    /// The value; an empty value is a plain null scalar.
    public var value: YAMLNode

    /// Creates a mapping entry.
    public init(key: YAMLScalar, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
