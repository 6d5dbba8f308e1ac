/// The members of an object value: string keys, each with a value.
///
/// An object is stored in one of two ways, which read and compare the same:
/// - as a dictionary, for objects made ad hoc (literals, `init(_:)`, objects a filter builds);
/// - as a ``TemplateShape`` and one value per key, in the shape's order, for the many objects a
///   program builds with the same keys. Building one then hashes no key, and the renderer finds a
///   member through the shape's small table, whose key fingerprints were computed once, when the
///   template and the shape were made.
public struct TemplateObject: Sendable {
    /// Each case holds one reference, so that copying an object, as the renderer does for every
    /// member it reads, costs one retain.
    enum Storage: Sendable {
        case dictionary([String: TemplateValue])
        case shaped(ShapedValues)
    }

    /// The values of a shaped object, with their shape.
    final class ShapedValues: Sendable {
        let shape: TemplateShape
        let values: [TemplateValue]

        init(shape: TemplateShape, values: [TemplateValue]) {
            self.shape = shape
            self.values = values
        }

        func member(_ key: TemplateKey) -> TemplateValue? {
            guard let slot = shape.slot(of: key) else { return nil }
            return values[slot]
        }
    }

    private(set) var storage: Storage

    /// An object with these members.
    public init(_ members: [String: TemplateValue] = [:]) {
        storage = .dictionary(members)
    }

    @usableFromInline
    init(shape: TemplateShape, values: [TemplateValue]) {
        storage = .shaped(ShapedValues(shape: shape, values: values))
    }

    /// The value of `key`, or `nil` when the object has no such member. Setting `nil` removes it.
    public subscript(key: String) -> TemplateValue? {
        get { self[TemplateKey(key)] }
        set {
            if case .shaped(let shaped) = storage, let slot = shaped.shape.slot(of: TemplateKey(key)), let newValue {
                // Keep the shape: only the value changes.
                var values = shaped.values
                values[slot] = newValue
                storage = .shaped(ShapedValues(shape: shaped.shape, values: values))
                return
            }
            var members = self.members
            members[key] = newValue
            storage = .dictionary(members)
        }
    }

    /// The value of `key`, found without hashing its name when the object has a shape.
    subscript(key: TemplateKey) -> TemplateValue? {
        switch storage {
        case .dictionary(let members): members[key.name]
        case .shaped(let shaped): shaped.member(key)
        }
    }

    /// How many members the object has.
    public var count: Int {
        switch storage {
        case .dictionary(let members): members.count
        case .shaped(let shaped): shaped.shape.keys.count
        }
    }

    /// Whether the object has no members.
    public var isEmpty: Bool { count == 0 }

    /// The keys, in no particular order.
    public var keys: [String] {
        switch storage {
        case .dictionary(let members): Array(members.keys)
        case .shaped(let shaped): shaped.shape.keys
        }
    }

    /// The members as a dictionary.
    public var members: [String: TemplateValue] {
        switch storage {
        case .dictionary(let members):
            return members
        case .shaped(let shaped):
            return Dictionary(uniqueKeysWithValues: zip(shaped.shape.keys, shaped.values))
        }
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    /// An object with these members; when a key is repeated, the last value wins.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        // `Dictionary(uniqueKeysWithValues:)` would trap on a repeated key in a literal.
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension TemplateObject: Hashable {
    /// Objects are equal when they have the same members, however each is stored.
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        if case .shaped(let left) = lhs.storage, case .shaped(let right) = rhs.storage, left.shape === right.shape {
            return left === right || left.values == right.values
        }
        return lhs.members == rhs.members
    }

    /// Hashes the members, so that equal objects hash alike however each is stored.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(members)
    }
}

/// A key as the renderer looks it up: its name and a fingerprint of it, computed once.
struct TemplateKey: Sendable, Equatable {
    let name: String
    let fingerprint: UInt64

    /// Equal keys have equal fingerprints, so most unequal keys are told apart without comparing
    /// their names.
    static func == (lhs: TemplateKey, rhs: TemplateKey) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.name == rhs.name
    }

    init(_ name: String) {
        self.name = name
        fingerprint = Self.fingerprint(of: name)
    }

    /// FNV-1a over the UTF-8 bytes: cheap for short keys, and it only has to spread a shape's few
    /// keys over its table, since every match is confirmed by comparing the names.
    static func fingerprint(of name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// The keys of a kind of object that a program builds many of, such as the context of every
/// property of every model, in a fixed order.
///
/// Make a shape once (a `static let`), as one declares a type, and build each object with
/// ``TemplateShape/Builder``.
/// ```swift
/// static let pointShape = TemplateShape(["x", "y"])
///
/// var point = TemplateShape.Builder(Self.pointShape)
/// point.add("x", 1)
/// point.add("y", 2)
/// let value = point.value  // the same as ["x": 1, "y": 2]
/// ```
public final class TemplateShape: Sendable {
    /// The keys, in the order objects of this shape hold their values.
    public let keys: [String]
    private let fingerprints: [UInt64]
    /// Open addressing on the fingerprints: each entry is a slot (an index into `keys`) or -1.
    private let table: [Int32]
    private let mask: Int

    /// A shape with these keys, which must be distinct.
    public init(_ keys: [String]) {
        precondition(Set(keys).count == keys.count, "a template shape's keys must be distinct: \(keys)")
        self.keys = keys
        fingerprints = keys.map(TemplateKey.fingerprint(of:))
        var size = 8
        while size < keys.count * 2 { size *= 2 }
        mask = size - 1
        var table = [Int32](repeating: -1, count: size)
        for (slot, fingerprint) in fingerprints.enumerated() {
            var index = Int(truncatingIfNeeded: fingerprint) & mask
            while table[index] >= 0 { index = (index + 1) & mask }
            table[index] = Int32(slot)
        }
        self.table = table
    }

    /// Where objects of this shape hold the value of `key`, or `nil` when it is not one of its keys.
    func slot(of key: TemplateKey) -> Int? {
        var index = Int(truncatingIfNeeded: key.fingerprint) & mask
        while true {
            let slot = Int(table[index])
            if slot < 0 { return nil }
            if fingerprints[slot] == key.fingerprint && keys[slot] == key.name { return slot }
            index = (index + 1) & mask
        }
    }

    /// Builds an object of a shape by adding its members in the shape's order.
    ///
    /// Adding more members than the shape has keys, or reading the value before every key has
    /// one, stops the program. Each key is also compared with the shape's in debug builds (where
    /// the tests run, so every builder in the code is checked), not in release builds: there the
    /// comparison would cost as much as the rest of building the object.
    ///
    /// Inlinable: a context builder adds millions of members, and a call into this module for
    /// each would cost more than the adding.
    public struct Builder {
        @usableFromInline let shape: TemplateShape
        @usableFromInline var values: [TemplateValue]

        /// A builder for one object of `shape`, with room for all its values.
        @inlinable
        public init(_ shape: TemplateShape) {
            self.shape = shape
            values = []
            values.reserveCapacity(shape.keys.count)
        }

        /// Adds the member that comes next in the shape's order.
        @inlinable
        public mutating func add(_ key: String, _ value: TemplateValue) {
            precondition(values.count < shape.keys.count, "'\(key)' is not a key of the shape \(shape.keys)")
            assert(
                key == shape.keys[values.count],
                "'\(key)' added where the shape \(shape.keys) expects '\(shape.keys[values.count])'")
            values.append(value)
        }

        /// The object, once every key of the shape has its value.
        @inlinable
        public var value: TemplateValue {
            precondition(
                values.count == shape.keys.count,
                "the object lacks the keys \(shape.keys.dropFirst(values.count)) of its shape")
            return .object(TemplateObject(shape: shape, values: values))
        }
    }
}
