#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes a render writes, appended at the end of one growing allocation.
///
/// A render appends some hundred thousand pieces per megabyte of output, most of them a few
/// bytes long. `Array.append(contentsOf:)` checks that the array is uniquely referenced and
/// goes through the generic sequence machinery for each piece, which took longer than copying
/// the bytes. Here an append is a capacity check and a `memcpy`.
///
/// A class, so that the renderer can swap buffers for includes and keep emptied ones, and so
/// that the memory is freed once, by `deinit`. One renderer on one thread uses a buffer, so
/// its fields need no exclusivity checks.
final class OutputBuffer {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        guard let memory = malloc(self.capacity) else { fatalError("out of memory for \(self.capacity) bytes of output") }
        base = memory.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "output index out of range")
        return base[index]
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        memcpy(base + count, source, bytes.count)
        count += bytes.count
    }

    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    /// The bytes from `start` to the end, as an array of their own.
    func bytes(from start: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// Calls `body` with the bytes written; the pointer is valid only during the call.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets the bytes and keeps the memory, for the next include.
    func removeAll() { count = 0 }

    /// The bytes as text. Everything appended is whole UTF-8 scalars of valid strings, so the
    /// bytes are valid by construction and are copied without being checked again: checking
    /// every rendered file took longer than copying it, and a run renders tens of megabytes.
    /// Whether the text is ASCII is still found out, as checking would: a string not known to be
    /// ASCII takes the slow, Unicode-normalizing path whenever it is hashed or compared, and
    /// output paths are both. Systems older than `UTF8Span` check the bytes as before.
    var text: String {
        withBytes { bytes in
            // Checked in debug builds, where the tests run, so that a change that broke the
            // rule would fail them.
            assert(
                String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes), "rendered output is not valid UTF-8")
            if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
                var span = UTF8Span(unchecked: bytes.span)
                _ = span.checkForASCII()
                return String(copying: span)
            }
            return String(unsafeUninitializedCapacity: bytes.count) { target in
                guard let destination = target.baseAddress, let source = bytes.baseAddress else { return 0 }
                memcpy(destination, source, bytes.count)
                return bytes.count
            }
        }
    }

    /// Doubles the capacity until `needed` bytes fit.
    private func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        guard let memory = realloc(base, newCapacity) else { fatalError("out of memory for \(newCapacity) bytes of output") }
        base = memory.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }
}
