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
        let joined = text.utf8.withContiguousStorageIfAvailable { bytes in
            let length = before.utf8CodeUnitCount + bytes.count + after.utf8CodeUnitCount
            return String(unsafeUninitializedCapacity: length) { output in
                guard let target = output.baseAddress else { return 0 }
                memcpy(target, before.utf8Start, before.utf8CodeUnitCount)
                var written = before.utf8CodeUnitCount
                if let source = bytes.baseAddress { memcpy(target + written, source, bytes.count) }
                written += bytes.count
                memcpy(target + written, after.utf8Start, after.utf8CodeUnitCount)
                return written + after.utf8CodeUnitCount
            }
        }
        return joined ?? "\(before)\(text)\(after)"
    }

    /// `first`, then `separator`, then `second`, such as a folder, `/` and a file name.
    static func joined(_ first: String, _ separator: StaticString, _ second: String) -> String {
        let joined = first.utf8.withContiguousStorageIfAvailable { head in
            second.utf8.withContiguousStorageIfAvailable { tail in
                let length = head.count + separator.utf8CodeUnitCount + tail.count
                return String(unsafeUninitializedCapacity: length) { output in
                    guard let target = output.baseAddress else { return 0 }
                    if let source = head.baseAddress { memcpy(target, source, head.count) }
                    var written = head.count
                    memcpy(target + written, separator.utf8Start, separator.utf8CodeUnitCount)
                    written += separator.utf8CodeUnitCount
                    if let source = tail.baseAddress { memcpy(target + written, source, tail.count) }
                    return written + tail.count
                }
            }
        }
        return (joined ?? nil) ?? "\(first)\(separator)\(second)"
    }
}
