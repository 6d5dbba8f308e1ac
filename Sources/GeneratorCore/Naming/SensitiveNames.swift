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
                        if wholeWords.contains(where: { room[wordStart..<count].elementsEqual($0) }) { hasWholeWord = true }
                        wordStart = count
                    }
                }
                if wholeWords.contains(where: { room[wordStart..<count].elementsEqual($0) }) { hasWholeWord = true }
                let joined = UnsafeBufferPointer(rebasing: room[..<count])
                return hasWholeWord || parts.contains { joined.containsRun($0) }
            }
        }
        return verdict ?? nil
    }
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
