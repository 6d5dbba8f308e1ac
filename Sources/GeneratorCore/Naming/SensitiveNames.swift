/// Whether a field's name says it holds a secret: a password, secret, token, passcode, API or
/// private key or credential anywhere in it, or a word that is just `otc` or `pin`. Such fields
/// print as `<redacted>` in the generated code's descriptions.
enum SensitiveNames {
    static let parts = ["password", "secret", "token", "passcode", "apikey", "privatekey", "credential"].map {
        Array($0.utf8)
    }
    static let wholeWords: [[UInt8]] = [Array("otc".utf8), Array("pin".utf8)]

    static func isSensitive(_ name: String) -> Bool {
        asciiVerdict(name) ?? byWords(name)
    }

    /// By `SwiftNaming.words`: the words lowercased and run together must contain a part, or one
    /// word must be a whole word.
    static func byWords(_ name: String) -> Bool {
        let words = SwiftNaming.words(name).map { $0.lowercased() }
        let joined = Array(words.joined().utf8)
        return parts.contains { joined.containsRun($0) }
            || wholeWords.contains { words.contains(String(decoding: $0, as: UTF8.self)) }
    }

    /// `byWords` for an ASCII name in one pass over its bytes, where words are the runs of
    /// letters and digits (as `SwiftNaming.words` splits ASCII text); nil for other names. A
    /// spec has a name per field, and splitting each into lowercased strings cost more than the
    /// rest of the field's context.
    static func asciiVerdict(_ name: String) -> Bool? {
        let verdict = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // The lowercased letters and digits go into room on the stack: a name per field.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { room -> Bool? in
                var count = 0
                var wordStart = 0
                var hasWholeWord = false
                for byte in bytes {
                    guard byte < 0x80 else { return nil }
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        room[count] = byte + 32
                        count += 1
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        room[count] = byte
                        count += 1
                    default:
                        if !hasWholeWord { hasWholeWord = isWholeWord(UnsafeBufferPointer(rebasing: room[wordStart..<count])) }
                        wordStart = count
                    }
                }
                if hasWholeWord || isWholeWord(UnsafeBufferPointer(rebasing: room[wordStart..<count])) { return true }
                return containsPart(UnsafeBufferPointer(rebasing: room[..<count]))
            }
        }
        return verdict ?? nil
    }

    /// Whether `word` is one of `wholeWords`.
    private static func isWholeWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        wholeWords.contains { $0.count == word.count && $0.withUnsafeBufferPointer { occurs($0, in: word, at: 0) } }
    }

    /// Whether one of `parts` occurs in `joined`. A position is compared only with the parts
    /// whose first two bytes it holds, found by two table reads: searching for each of seven
    /// parts at every position took more than the rest of a field's naming.
    private static func containsPart(_ joined: UnsafeBufferPointer<UInt8>) -> Bool {
        guard joined.count >= 2 else { return false }
        let masks = partMasks
        let parts = parts
        for start in 0..<(joined.count - 1) {
            var candidates = masks[Int(joined[start])] & masks[256 + Int(joined[start + 1])]
            while candidates != 0 {
                let part = parts[candidates.trailingZeroBitCount]
                candidates &= candidates - 1
                if part.count <= joined.count - start, part.withUnsafeBufferPointer({ occurs($0, in: joined, at: start) }) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether `joined` holds `part` from `start`, which leaves room for all of it.
    private static func occurs(_ part: UnsafeBufferPointer<UInt8>, in joined: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for offset in part.indices where part[offset] != joined[start + offset] { return false }
        return true
    }

    /// Which parts (bit `i` for `parts[i]`) have each byte value first (the first 256 entries)
    /// and second (the next 256). Every part is at least two bytes long.
    private static let partMasks: [UInt8] = {
        precondition(parts.count <= UInt8.bitWidth && parts.allSatisfy { $0.count >= 2 })
        var table = [UInt8](repeating: 0, count: 512)
        for (index, part) in parts.enumerated() {
            table[Int(part[0])] |= 1 << index
            table[256 + Int(part[1])] |= 1 << index
        }
        return table
    }()
}

extension Collection where Element == UInt8, Index == Int {
    /// Whether `part` occurs in these bytes: a plain search on UTF-8, where Foundation's
    /// `String.contains` would bridge both strings for every call.
    func containsRun(_ part: [UInt8]) -> Bool {
        guard !part.isEmpty else { return true }
        guard part.count <= count else { return false }
        for start in startIndex...(endIndex - part.count) where self[start] == part[0] {
            if self[start..<(start + part.count)].elementsEqual(part) { return true }
        }
        return false
    }
}
