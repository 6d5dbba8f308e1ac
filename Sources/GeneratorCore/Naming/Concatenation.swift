#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Text built from a string between two fixed pieces, such as `(` + value + ` ?? [])`, in one
/// allocation.
///
/// The context builds a few such strings for every field. With `+` or interpolation each piece
/// is appended on its own, growing the result and checking its storage each time, which took
/// longer than the rest of building the field's names.
enum Concatenation {
    /// `before`, then `text`, then `after`.
    static func joined(_ before: StaticString, _ text: String, _ after: StaticString) -> String {
        let joined = text.utf8.withContiguousStorageIfAvailable { middle in
            joining(bytes(of: before), middle, bytes(of: after))
        }
        return joined ?? "\(before)\(text)\(after)"
    }

    /// `first`, then `separator`, then `second`, such as a folder, `/` and a file name.
    static func joined(_ first: String, _ separator: StaticString, _ second: String) -> String {
        let joined = first.utf8.withContiguousStorageIfAvailable { head in
            second.utf8.withContiguousStorageIfAvailable { tail in joining(head, bytes(of: separator), tail) }
        }
        return (joined ?? nil) ?? "\(first)\(separator)\(second)"
    }

    /// The three runs of UTF-8 one after another, written straight into the new string.
    private static func joining(
        _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>, _ third: UnsafeBufferPointer<UInt8>
    ) -> String {
        String(unsafeUninitializedCapacity: first.count + second.count + third.count) { output in
            guard let target = output.baseAddress else { return 0 }
            var written = 0
            // A function, not a loop over an array of the three: the array was an allocation.
            func append(_ piece: UnsafeBufferPointer<UInt8>) {
                if let source = piece.baseAddress { memcpy(target + written, source, piece.count) }
                written += piece.count
            }
            append(first)
            append(second)
            append(third)
            return written
        }
    }

    /// A string literal's UTF-8.
    private static func bytes(of literal: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    }
}
