/// The data templates render: what `apigen context` prints as JSON.
///
/// The engine is strict about this data: a template that names a variable or key that is not
/// present fails with an error instead of rendering nothing. Optional data should therefore be
/// present with a `.null` value, which is fine in conditions (it is falsy) but an error to output.
///
/// For example:
/// ```swift
/// let context: TemplateValue = [
///     "model": ["name": "User", "deprecated": false, "summary": nil],
///     "properties": [["name": "id"], ["name": "email"]],
/// ]
/// ```
public enum TemplateValue: Sendable {
    /// No value: falsy in conditions, an error to output.
    case null
    /// Outputs as `true` or `false`.
    case bool(Bool)
    /// Outputs in decimal.
    case int(Int)
    /// Outputs as is.
    case string(String)
    /// What `for` loops over.
    case array([TemplateValue])
    /// Members are read with dotted paths: `model.name`. A dictionary literal makes one; a
    /// program's own types conform to ``TemplateObject``.
    case object(any TemplateObject)
}

extension TemplateValue {
    /// A string, or `.null` for `nil`: how optional text enters a context.
    public init(_ text: String?) {
        self = text.map(TemplateValue.string) ?? .null
    }

    /// An array of objects.
    @inlinable
    public init(_ objects: [some TemplateObject]) {
        self = .array(objects.map { .object($0) })
    }

    /// Whether the value counts as true in `if` conditions and with `not`, `and` and `or`.
    ///
    /// `null`, `false`, `0`, `""`, `[]` and `{}` are false; everything else is true.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .int(let value): value != 0
        case .string(let value): !value.isEmpty
        case .array(let value): !value.isEmpty
        case .object(let value): !value.isEmpty
        }
    }

    /// The member `name` when this is an object holding it, otherwise `nil`.
    public subscript(name: String) -> TemplateValue? {
        objectValue?.member(name)
    }

    /// The string payload, or `nil` when the value is not a string.
    public var stringValue: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    /// The integer payload, or `nil` when the value is not an integer.
    public var intValue: Int? {
        guard case .int(let value) = self else { return nil }
        return value
    }

    /// The Boolean payload, or `nil` when the value is not a Boolean.
    public var boolValue: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    /// The elements, or `nil` when the value is not an array.
    public var arrayValue: [TemplateValue]? {
        guard case .array(let value) = self else { return nil }
        return value
    }

    /// The object, or `nil` when the value is not an object.
    public var objectValue: (any TemplateObject)? {
        guard case .object(let value) = self else { return nil }
        return value
    }

    /// The kind of value with its article, for error messages: "null", "a string", "an array"…
    ///
    /// Filters can use it to say what they got: `FilterError("expects a string, got \(value.kindDescription)")`.
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension TemplateValue: Equatable {
    /// Structural equality: objects are equal when they have the same members with equal values,
    /// whatever type holds them.
    public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.int(let left), .int(let right)): left == right
        case (.string(let left), .string(let right)): left == right
        case (.array(let left), .array(let right)): left == right
        case (.object(let left), .object(let right)): left.members == right.members
        default: false
        }
    }
}

extension TemplateValue: CustomStringConvertible {
    /// The value as compact JSON, so test failures and diagnostics show it unambiguously.
    public var description: String { jsonString(pretty: false) }
}

extension TemplateValue: ExpressibleByNilLiteral {
    /// Creates `.null`.
    public init(nilLiteral: ()) { self = .null }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// Creates `.bool(value)`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// Creates `.int(value)`.
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// Creates `.string(value)`.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// Creates `.array(elements)`.
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// Creates an object with these members; when a key is repeated, the last value wins.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        // `Dictionary(uniqueKeysWithValues:)` would trap on a repeated key in a literal.
        self = .object(TemplateDictionary(Dictionary(elements, uniquingKeysWith: { _, last in last })))
    }
}
