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
    ///
    /// Written straight into the string's storage: every field and operation of a spec is named,
    /// and an array of bytes made into a string would be an allocation and a copy more.
    static func camelCase(_ text: String, upperFirst: Bool) -> String? {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            // Most names are already in the form asked for (`firstName`, `RoleResponse`): one
            // word of letters and digits whose first letter has the right case comes back as it
            // is, with nothing to allocate, write or check.
            if let first = bytes.first, upperFirst ? isUppercase(first) : isLowercase(first),
                bytes.allSatisfy(isLetterOrDigit)
            {
                return text
            }
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard let firstIndex = bytes.firstIndex(where: isLetterOrDigit) else {
                return upperFirst ? "Unnamed" : "unnamed"
            }
            // A name cannot start with a digit: `2fa` → `_2fa`. The first character written is
            // the first word's first, whose case changes but which stays a digit if it is one.
            let prefixed = isDigit(bytes[firstIndex])
            return String(unsafeUninitializedCapacity: bytes.count + 1) { output in
                var count = 0
                if prefixed {
                    output[0] = UInt8(ascii: "_")
                    count = 1
                }
                var index = firstIndex
                var wordCount = 0
                while index < bytes.count {
                    guard isLetterOrDigit(bytes[index]) else {
                        index += 1
                        continue
                    }
                    var end = index
                    while end < bytes.count, isLetterOrDigit(bytes[end]) { end += 1 }
                    if wordCount == 0 && !upperFirst {
                        count = writeLoweringLeadingRun(bytes[index..<end], to: output, at: count)
                    } else {
                        output[count] = uppercased(bytes[index])
                        count += 1
                        for byte in bytes[(index + 1)..<end] {
                            output[count] = byte
                            count += 1
                        }
                    }
                    wordCount += 1
                    index = end
                }
                return count
            }
        }
        return result ?? nil
    }

    /// `SwiftNaming.lowercasedLeadingRun(_:)` written at `start` of `output`: `APIToken` →
    /// `apiToken`, `URL` → `url`. Returns where the writing ended.
    private static func writeLoweringLeadingRun(
        _ word: UnsafeBufferPointer<UInt8>.SubSequence, to output: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        var end = word.startIndex
        while end < word.endIndex, isUppercase(word[end]) { end += 1 }
        // In `APIToken` the run is `APIT`; its last capital starts the next word, unless the run is the whole word.
        if end - word.startIndex > 1, end < word.endIndex, isLowercase(word[end]) { end -= 1 }
        var count = start
        for byte in word[word.startIndex..<end] {
            output[count] = lowercased(byte)
            count += 1
        }
        for byte in word[end...] {
            output[count] = byte
            count += 1
        }
        return count
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
