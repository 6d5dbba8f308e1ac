/// A value kept on the heap, for spec types that are copied far more often than changed.
///
/// A field or an endpoint holds a dozen strings, source references and lists. Swift copies a
/// struct whenever one is passed on from an array, and copying one that stores them inline
/// retains each of them: a dozen atomic operations, on memory another thread may have made.
/// Behind a box, a copy is one retain, and a change copies the box only when it is shared.
/// Equal and hashed by the value, so a spec type that holds only this compares and hashes
/// by its parts, as it did when they were stored inline.
@usableFromInline
struct CopyOnWriteBox<Value: Sendable & Hashable>: Sendable, Hashable {
    @usableFromInline
    final class Storage: @unchecked Sendable {
        /// Written only through ``CopyOnWriteBox/value`` after it has made the storage unique,
        /// when no other copy can see it; so the runtime exclusivity check every access to a
        /// class property makes is not needed.
        @usableFromInline @exclusivity(unchecked) var value: Value

        @usableFromInline
        init(_ value: Value) {
            self.value = value
        }
    }

    @usableFromInline var storage: Storage

    @usableFromInline
    init(_ value: Value) {
        storage = Storage(value)
    }

    /// The value, read in place; changed in storage of this box's own, copied first when
    /// another copy shares it.
    @inlinable
    var value: Value {
        _read { yield storage.value }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.value) }
            yield &storage.value
        }
    }

    @usableFromInline
    static func == (lhs: CopyOnWriteBox, rhs: CopyOnWriteBox) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.value == rhs.storage.value
    }

    @usableFromInline
    func hash(into hasher: inout Hasher) {
        storage.value.hash(into: &hasher)
    }
}
