/// The members of an object value: string keys, each with a value.
///
/// An object is stored in one of two ways, which read and compare the same:
/// - as a dictionary, for objects made ad hoc (literals, `init(_:)`, objects a filter builds);
/// - as a ``TemplateShape`` and one value per key, in the shape's order, for the many objects a
///   program builds with the same keys. Building one then hashes no key, and the renderer finds a
///   member by its key's number in the shape's table, both numbered once, when the template
///   and the shape were made (see ``KeyNumbers``).
public struct TemplateObject: Sendable {
    /// Each case holds one reference, so that copying an object, as the renderer does for every
    /// member it reads, costs one retain.
    enum Storage: Sendable {
        case dictionary([String: TemplateValue])
        case shaped(ShapedValues)
    }

    private(set) var storage: Storage

    /// An object with these members.
    public init(_ members: [String: TemplateValue] = [:]) {
        storage = .dictionary(members)
    }

    /// A shaped object, once every value of its shape is in.
    @usableFromInline
    init(_ shaped: ShapedValues) {
        storage = .shaped(shaped)
    }

    init(shape: TemplateShape, values: [TemplateValue]) {
        let shaped = ShapedValues.make(shape: shape)
        for (key, value) in zip(shape.keys, values) { shaped.append(value, for: key) }
        storage = .shaped(shaped)
    }

    /// The value of `key`, or `nil` when the object has no such member. Setting `nil` removes it.
    ///
    /// A shaped object finds the name among its shape's keys, without numbering it: a caller
    /// may ask for any name, any number of times, on any thread (see ``KeyNumbers``).
    public subscript(key: String) -> TemplateValue? {
        get {
            switch storage {
            case .dictionary(let members): members[key]
            case .shaped(let shaped): shaped.shape.slot(named: key).flatMap(shaped.value(at:))
            }
        }
        set {
            if case .shaped(let shaped) = storage, let slot = shaped.shape.slot(named: key), let newValue {
                // Keep the shape: only the value changes.
                var values = shaped.values
                values[slot] = newValue
                self = TemplateObject(shape: shaped.shape, values: values)
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

    /// Where the value of `key` is stored, for reading it in place without a copy; nil when the
    /// object has no such member, or keeps its members in a dictionary, whose values have no
    /// lasting address. Valid while the object lives: a built object never changes.
    func address(of key: TemplateKey) -> UnsafePointer<TemplateValue>? {
        switch storage {
        case .dictionary: nil
        case .shaped(let shaped): shaped.address(of: key)
        }
    }

    /// How many members the object has.
    public var count: Int {
        switch storage {
        case .dictionary(let members): members.count
        case .shaped(let shaped): shaped.keyCount
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

/// A key as the renderer looks it up: its name and the name's number (see ``KeyNumbers``),
/// found once, when the template is parsed.
struct TemplateKey: Sendable, Equatable {
    let name: String
    /// Equal for equal names and only for them: keys compare as one integer.
    let number: Int

    static func == (lhs: TemplateKey, rhs: TemplateKey) -> Bool { lhs.number == rhs.number }

    init(_ name: String) {
        self.name = name
        number = KeyNumbers.shared.number(of: name)
    }
}

/// A member name numbered once, for code that reads the same members of many objects, such as
/// a context builder measuring the declarations it has built: `value[member: name]` finds it in
/// a shaped object by its number, where `value["name"]` compares it with each of the shape's
/// keys in turn. Make one once (a `static let`), like a shape.
public struct TemplateMemberName: Sendable {
    let key: TemplateKey

    public init(_ name: String) {
        key = TemplateKey(name)
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
///
/// A shape lives as long as the process, like a type: the objects of a shape refer to it
/// without counting references. One shape is shared by every object of its kind, built and
/// read on every core, and counting references to it had every core writing to one memory
/// location for each object made, freed or read.
public final class TemplateShape: @unchecked Sendable {
    /// The keys, in the order objects of this shape hold their values.
    public let keys: [String]
    /// `keys.count`, read for every object built without reaching the keys themselves.
    @usableFromInline let keyCount: Int
    /// By key number: the slot (an index into `keys`) of each key, or -1 for a key of another
    /// shape. A key numbered after the shape was made is not one of its keys, which were all
    /// numbered by then: the table ends at the highest number among them. Allocated once and
    /// never freed, nor changed after `init`: a buffer rather than an array, which each lookup
    /// would retain.
    private let slotsByKeyNumber: UnsafeBufferPointer<Int32>

    /// A shape with these keys, which must be distinct.
    public init(_ keys: [String]) {
        precondition(Set(keys).count == keys.count, "a template shape's keys must be distinct: \(keys)")
        self.keys = keys
        keyCount = keys.count
        let numbers = keys.map(KeyNumbers.shared.number(of:))
        let slots = UnsafeMutableBufferPointer<Int32>.allocate(capacity: (numbers.max() ?? -1) + 1)
        slots.initialize(repeating: -1)
        for (slot, number) in numbers.enumerated() { slots[number] = Int32(slot) }
        slotsByKeyNumber = UnsafeBufferPointer(slots)
        // Never freed: objects hold their shape unretained (see `ShapedBuffer.Header`).
        _ = Unmanaged.passRetained(self)
    }

    /// Where objects of this shape hold the value of the key named `name`, found by comparing
    /// names: for lookups by a name no template holds, which are not worth numbering.
    func slot(named name: String) -> Int? {
        keys.firstIndex(of: name)
    }

    /// Where objects of this shape hold the value of `key`, or `nil` when it is not one of its keys.
    func slot(of key: TemplateKey) -> Int? {
        guard key.number < slotsByKeyNumber.count else { return nil }
        let slot = slotsByKeyNumber[key.number]
        return slot < 0 ? nil : Int(slot)
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
    ///
    /// A builder fills the object's own storage as members are added, so it cannot be copied:
    /// two copies adding to one object would be a mix-up.
    public struct Builder: ~Copyable {
        @usableFromInline let storage: ShapedValues

        /// A builder for one object of `shape`, with room for all its values.
        @inlinable
        public init(_ shape: TemplateShape) {
            storage = ShapedValues.make(shape: shape)
        }

        /// Adds the member that comes next in the shape's order.
        @inlinable
        public mutating func add(_ key: String, _ value: consuming TemplateValue) {
            // Moved in, not copied: a copy would retain the value's storage and the caller's
            // release it again, for every member of every object a context builds.
            storage.append(value, for: key)
        }

        /// The object, once every key of the shape has its value.
        @inlinable
        public var value: TemplateValue {
            precondition(
                storage.count == storage.keyCount,
                "the object lacks the keys \(storage.shape.keys.dropFirst(storage.count)) of its shape")
            return .object(TemplateObject(storage))
        }
    }
}

/// The values of a shaped object, with their shape, in one allocation: the values follow the
/// header in memory, so reading a member reaches one object rather than an object and then an
/// array, and building one allocates once.
///
/// Values are added once each, in the shape's order, by a ``TemplateShape/Builder`` before the
/// object is published; after that nothing changes, which is why it may be shared across threads
/// (`ManagedBuffer` itself is not `Sendable`, since in general its contents change).
@usableFromInline
struct ShapedValues: @unchecked Sendable {
    @usableFromInline let buffer: ShapedBuffer

    @inlinable
    init(_ buffer: ShapedBuffer) {
        self.buffer = buffer
    }

    /// Storage for the values of one object of `shape`, none added yet.
    @inlinable
    static func make(shape: TemplateShape) -> ShapedValues {
        // `create` makes an instance of the subclass; its declared type is the base class.
        ShapedValues(
            unsafeDowncast(
                ShapedBuffer.create(minimumCapacity: shape.keyCount) { _ in ShapedBuffer.Header(shape: shape) },
                to: ShapedBuffer.self))
    }

    @inlinable
    var shape: TemplateShape { buffer.withUnsafeMutablePointerToHeader { $0.pointee.shape.takeUnretainedValue() } }

    /// The shape's number of keys, read without retaining the shape.
    @inlinable
    var keyCount: Int {
        buffer.withUnsafeMutablePointerToHeader { header in header.pointee.shape._withUnsafeGuaranteedRef { $0.keyCount } }
    }

    @inlinable
    var count: Int { buffer.withUnsafeMutablePointerToHeader { $0.pointee.count } }

    /// Adds the value of `key`, the shape's next key; only while the object is built. Adding
    /// more values than the shape has keys stops the program, and each key is compared with
    /// the shape's in debug builds (see ``TemplateShape/Builder``).
    @inlinable
    func append(_ value: consuming TemplateValue, for key: String) {
        // The slot is found inside the closure and filled after it, so that the value is moved
        // in: a closure cannot consume what it captures. The storage does not move, so the
        // address stays good; nothing runs between counting the value and writing it.
        let slot = buffer.withUnsafeMutablePointers { header, values in
            let count = header.pointee.count
            header.pointee.shape._withUnsafeGuaranteedRef { shape in
                precondition(count < shape.keyCount, "'\(key)' is not a key of the shape \(shape.keys)")
                assert(key == shape.keys[count], "'\(key)' added where the shape \(shape.keys) expects '\(shape.keys[count])'")
            }
            header.pointee.count += 1
            return values + count
        }
        slot.initialize(to: value)
    }

    /// The value of `key`, or nil when the shape has no such key.
    func member(_ key: TemplateKey) -> TemplateValue? {
        buffer.withUnsafeMutablePointers { header, values in
            guard let slot = header.pointee.shape._withUnsafeGuaranteedRef({ $0.slot(of: key) }), slot < header.pointee.count
            else { return nil }
            return values[slot]
        }
    }

    /// The value in `slot`, if one has been added there.
    func value(at slot: Int) -> TemplateValue? {
        buffer.withUnsafeMutablePointers { header, values in slot < header.pointee.count ? values[slot] : nil }
    }

    /// Where the value of `key` is stored, or nil when the shape has no such key: for reading
    /// it in place. The address stays valid while this object lives, since a built object's
    /// values never move or change.
    func address(of key: TemplateKey) -> UnsafePointer<TemplateValue>? {
        buffer.withUnsafeMutablePointers { header, values in
            guard let slot = header.pointee.shape._withUnsafeGuaranteedRef({ $0.slot(of: key) }), slot < header.pointee.count
            else { return nil }
            return UnsafePointer(values + slot)
        }
    }

    /// Every value, in the shape's order.
    var values: [TemplateValue] {
        buffer.withUnsafeMutablePointers { header, values in
            Array(UnsafeBufferPointer(start: values, count: header.pointee.count))
        }
    }

    /// Whether both are the same object.
    static func === (lhs: ShapedValues, rhs: ShapedValues) -> Bool { lhs.buffer === rhs.buffer }
}

/// The storage of ``ShapedValues``: a header with the shape and the count of values added, then
/// the values.
@usableFromInline
final class ShapedBuffer: ManagedBuffer<ShapedBuffer.Header, TemplateValue> {
    @usableFromInline
    struct Header {
        /// Not retained: shapes are never freed (see ``TemplateShape``).
        @usableFromInline let shape: Unmanaged<TemplateShape>
        /// How many values are initialized, from the first: all of them once the object is built.
        @usableFromInline var count: Int

        @inlinable
        init(shape: TemplateShape) {
            self.shape = .passUnretained(shape)
            count = 0
        }
    }

    deinit {
        withUnsafeMutablePointers { header, values in _ = values.deinitialize(count: header.pointee.count) }
    }
}
