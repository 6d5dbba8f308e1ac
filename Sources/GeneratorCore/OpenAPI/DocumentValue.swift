/// A JSON value whose objects keep their keys in the order they were set: the document model
/// the OpenAPI exporter builds and the JSON and YAML emitters print.
///
/// Order is the point: Foundation's `JSONSerialization` and Swift dictionaries lose it, and a
/// document a person reads (and diffs) should say `openapi`, `info`, `paths` in that order.
/// The literal conformances keep building code short: `["type": "string", "maxLength": 64]` is
/// an object with those two keys, in that order.
public indirect enum DocumentValue: Sendable, Hashable {
    /// JSON's `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number, printed without a fraction.
    case integer(Int)
    /// A finite number; the emitters print a non-finite one as `null`, since JSON has none.
    case number(Double)
    /// Text, printed quoted or escaped as each format needs.
    case string(String)
    /// Items in order.
    case array([DocumentValue])
    /// Members in the order their keys were set.
    case object(DocumentObject)

    /// The value at `key` if this is an object that has it.
    public subscript(key: String) -> DocumentValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The item at `index` if this is an array that long.
    public subscript(index: Int) -> DocumentValue? {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }

    /// The text, if this is a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The items, if this is an array.
    public var arrayValue: [DocumentValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The object, if this is one.
    public var objectValue: DocumentObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// An integral number within ±2^53 as an integer, anything else as a number, so that a
    /// `minimum: 300` read as a `Double` prints as `300` rather than `300.0`.
    public static func number(preferringInteger value: Double) -> DocumentValue {
        let exactLimit = 9_007_199_254_740_992.0  // 2^53: every integer up to it is a Double exactly.
        if abs(value) <= exactLimit, let integer = Int(exactly: value) {
            return .integer(integer)
        }
        return .number(value)
    }

    /// The text both emitters print for a number: the shortest form that reads back as the same
    /// `Double`, always with a `.` before any exponent (`1.0e+16`, not Swift's `1e+16`) because
    /// YAML 1.1 readers such as PyYAML take a float without a dot for a string.
    static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        var text = value.description
        if !text.contains("."), let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            text.insert(contentsOf: ".0", at: exponent)
        }
        return text
    }
}

/// The members of a ``DocumentValue`` object, in insertion order, with keys unique.
public struct DocumentObject: Sendable, Hashable {
    /// One member of an object.
    public struct Member: Sendable, Hashable {
        /// The member's name.
        public var key: String
        /// The member's value.
        public var value: DocumentValue

        /// Creates a member.
        public init(key: String, value: DocumentValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in the order their keys were first set.
    public private(set) var members: [Member] = []
    /// Where each key's member is in `members`, so that objects as large as `paths` or
    /// `components.schemas` of a big spec are still built in linear time.
    private var positions: [String: Int] = [:]

    /// Creates an empty object.
    public init() {}

    /// Creates an object from members in order; for a repeated key, the last value wins at the first position.
    public init(_ members: [(String, DocumentValue)]) {
        for (key, value) in members { self[key] = value }
    }

    /// The value for `key`. Setting a new key appends it; setting an existing one replaces its
    /// value in place; setting `nil` removes it, so optional parts of a document can be
    /// assigned without an `if`.
    public subscript(key: String) -> DocumentValue? {
        get { positions[key].map { members[$0].value } }
        set {
            if let position = positions[key] {
                if let newValue {
                    members[position].value = newValue
                } else {
                    members.remove(at: position)
                    positions[key] = nil
                    for index in position..<members.count { positions[members[index].key] = index }
                }
            } else if let newValue {
                positions[key] = members.count
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// How many members the object has.
    public var count: Int { members.count }
}

/// Literals build documents: `"text"`, `12`, `true`, `1.5`, `[...]` and `["key": value]`.
extension DocumentValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(arrayLiteral elements: DocumentValue...) { self = .array(elements) }
    /// An object with the pairs in the order written.
    public init(dictionaryLiteral elements: (String, DocumentValue)...) { self = .object(DocumentObject(elements)) }
}

extension DocumentObject: ExpressibleByDictionaryLiteral {
    /// An object with the pairs in the order written.
    public init(dictionaryLiteral elements: (String, DocumentValue)...) { self.init(elements) }
}
