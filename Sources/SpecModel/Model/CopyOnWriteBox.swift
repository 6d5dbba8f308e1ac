/// A value kept on the heap, for spec types that are copied far more often than changed.
///
/// A field or an endpoint holds a dozen strings, source references and lists. Swift copies a
/// struct whenever one is passed on from an array, and copying one that stores them inline
/// retains each of them: a dozen atomic operations, on memory another thread may have made.
/// Behind a box, a copy is one retain, and a change copies the box only when it is shared.
@usableFromInline
final class CopyOnWriteBox<Value: Sendable>: @unchecked Sendable {
    /// Written only after ``makeUnique(_:)``, when no other copy can see the box; so the runtime
    /// exclusivity check every access to a class property makes is not needed.
    @usableFromInline @exclusivity(unchecked) var value: Value

    @usableFromInline
    init(_ value: Value) {
        self.value = value
    }

    /// Replaces `box` with a box of its own when another copy shares it: what a change must do
    /// before it writes.
    @inlinable
    static func makeUnique(_ box: inout CopyOnWriteBox) {
        if !isKnownUniquelyReferenced(&box) { box = CopyOnWriteBox(box.value) }
    }
}
