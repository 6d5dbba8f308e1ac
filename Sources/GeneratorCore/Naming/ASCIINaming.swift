/// `SwiftNaming`'s rules on bytes, for text that is all ASCII: nearly every name in a spec.
///
/// Splitting a `String` into `Character`s runs grapheme breaking and a Unicode property lookup
/// per character, which made naming a visible share of generation time. For ASCII text the
/// rules reduce to byte tests, with exactly the same results (`SwiftNamingTests` checks the
/// two paths against each other). Each function returns nil for any other text, so the caller
/// falls back to the general path.
enum ASCIINaming {
    /// The words of `SwiftNaming.words(_:)`: runs of ASCII letters and digits.
    static func words(_ text: String) -> [String]? {
        var words: [String] = []
        let complete = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var start: Int?
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x80 else { return false }
                if isLetterOrDigit(byte) {
                    if start == nil { start = index }
                } else if let first = start {
                    words.append(String(decoding: bytes[first..<index], as: UTF8.self))
                    start = nil
                }
            }
            if let first = start { words.append(String(decoding: bytes[first...], as: UTF8.self)) }
            return true
        }
        return complete == true ? words : nil
    }

    /// `upperCamelCase` (`upperFirst`) or `lowerCamelCase` of ASCII text, empty names included.
    static func camelCase(_ text: String, upperFirst: Bool) -> String? {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 1)
            var index = 0
            var wordCount = 0
            while index < bytes.count {
                guard bytes[index] < 0x80 else { return nil }
                guard isLetterOrDigit(bytes[index]) else {
                    index += 1
                    continue
                }
                var end = index
                while end < bytes.count, isLetterOrDigit(bytes[end]) { end += 1 }
                if wordCount == 0 && !upperFirst {
                    appendLoweringLeadingRun(bytes[index..<end], to: &output)
                } else {
                    output.append(uppercased(bytes[index]))
                    output.append(contentsOf: bytes[(index + 1)..<end])
                }
                wordCount += 1
                index = end
            }
            guard let first = output.first else { return upperFirst ? "Unnamed" : "unnamed" }
            // A name cannot start with a digit: `2fa` → `_2fa`.
            if isDigit(first) { output.insert(UInt8(ascii: "_"), at: 0) }
            return String(decoding: output, as: UTF8.self)
        }
        return result ?? nil
    }

    /// `SwiftNaming.lowercasedLeadingRun(_:)`: `APIToken` → `apiToken`, `URL` → `url`.
    private static func appendLoweringLeadingRun(
        _ word: UnsafeBufferPointer<UInt8>.SubSequence, to output: inout [UInt8]
    ) {
        var end = word.startIndex
        while end < word.endIndex, isUppercase(word[end]) { end += 1 }
        // In `APIToken` the run is `APIT`; its last capital starts the next word, unless the run is the whole word.
        if end - word.startIndex > 1, end < word.endIndex, isLowercase(word[end]) { end -= 1 }
        for byte in word[word.startIndex..<end] { output.append(lowercased(byte)) }
        output.append(contentsOf: word[end...])
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        isUppercase(byte) || isLowercase(byte) || isDigit(byte)
    }

    private static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func uppercased(_ byte: UInt8) -> UInt8 { isLowercase(byte) ? byte - 0x20 : byte }
    private static func lowercased(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte + 0x20 : byte }
}
