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
public enum TemplateValue: Sendable, Hashable {
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
    /// Members are read with dotted paths: `model.name`. Make one from a dictionary literal, with
    /// `TemplateObject(_:)` from a dictionary, or, for many objects with the same keys, with a
    /// ``TemplateShape``.
    case object(TemplateObject)
}

extension TemplateValue {
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

    /// The value of `key` when this is an object holding that key, otherwise `nil`.
    public subscript(key: String) -> TemplateValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The member `name` when this is an object holding it, otherwise `nil`: the same as
    /// `self[name]`, found by the name's number when the object has a shape.
    public subscript(member name: TemplateMemberName) -> TemplateValue? {
        member(name.key)
    }

    /// The member `key` when this is an object holding it, otherwise `nil`; found by the key's
    /// number. A method rather than `if case .object(let members) = value` at the caller,
    /// which copies the object out of a variable, a retain and a release for every step of a path.
    func member(_ key: TemplateKey) -> TemplateValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// Where the member `key` is stored when this is an object that keeps it at a lasting
    /// address (see ``TemplateObject/address(of:)``), otherwise `nil`.
    func memberAddress(_ key: TemplateKey) -> UnsafePointer<TemplateValue>? {
        guard case .object(let members) = self else { return nil }
        return members.address(of: key)
    }

    /// Calls `body` with a string's UTF-8, read in place; `nil` when the value is not a string
    /// (or, never for a string made in Swift, one without contiguous UTF-8).
    func withStringUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard case .string(let text) = self else { return nil }
        return text.utf8.withContiguousStorageIfAvailable(body)
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

    /// The members, or `nil` when the value is not an object.
    public var objectValue: TemplateObject? {
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
    /// Creates `.object(members)`; when a key is repeated, the last value wins.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        // `Dictionary(uniqueKeysWithValues:)` would trap on a repeated key in a literal.
        self = .object(TemplateObject(Dictionary(elements, uniquingKeysWith: { _, last in last })))
    }
}
