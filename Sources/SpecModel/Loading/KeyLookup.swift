/// Tells which of a fixed set of mapping keys a text is, with one string comparison.
///
/// A `switch` over many strings, or `allowed.contains(key)`, compares the text with key after
/// key, and each comparison that fails is a call into the Unicode-aware `String` comparison.
/// Here keys are grouped by UTF-8 length and first byte, so a text meets only the one or two
/// keys it could be. That is exact because the keys are ASCII letters, none of them `K`: no
/// other Unicode text is canonically equivalent to such a key (only K, `;` and `` ` `` have
/// equivalents elsewhere in Unicode), so a text equal to a key has the key's very bytes.
struct KeyLookup<Key: RawRepresentable & CaseIterable & Sendable>: Sendable where Key.RawValue == String {
    /// The keys, grouped: each group holds the keys of one length and first byte.
    private let keys: [Key]
    /// Where each group starts in `keys`, and where the next one starts, by
    /// `length * 128 + firstByte`, for lengths below `maxLength`.
    private let groupStarts: [Int32]
    private static var maxLength: Int { 32 }

    init() {
        var groups = [[Key]](repeating: [], count: Self.maxLength * 128)
        for key in Key.allCases {
            let bytes = Array(key.rawValue.utf8)
            precondition(
                !bytes.isEmpty && bytes.count < Self.maxLength
                    && bytes.allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
                    && !bytes.contains(UInt8(ascii: "K")),
                "a key of a KeyLookup must be ASCII letters other than K")
            groups[bytes.count * 128 + Int(bytes[0])].append(key)
        }
        keys = groups.flatMap { $0 }
        var starts: [Int32] = [0]
        for group in groups { starts.append(starts[starts.count - 1] + Int32(group.count)) }
        groupStarts = starts
    }

    /// The key that `text` is, or nil if it is none of them.
    func key(_ text: String) -> Key? {
        let count = text.utf8.count
        guard count < Self.maxLength, let first = text.utf8.first, first < 128 else { return nil }
        let group = count * 128 + Int(first)
        var index = Int(groupStarts[group])
        let end = Int(groupStarts[group + 1])
        while index < end {
            if keys[index].rawValue == text { return keys[index] }
            index += 1
        }
        return nil
    }
}
