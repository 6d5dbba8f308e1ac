#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Swift source text for values taken from the spec, escaped so that spec text can never become code.
public enum SwiftLiteral {
    /// The inside of a double-quoted Swift string literal: `a "b"\n` → `a \"b\"\\n`.
    /// Escapes `\` (so `\(` cannot start an interpolation), `"`, and every control character.
    public static func stringContent(_ text: String) -> String {
        if !text.containsUTF8Byte(where: needsEscapeCheck) { return text }
        // Byte by byte: everything escaped is ASCII but the two separators, and every other
        // byte, of whichever character, is copied as it is. By scalars and string appends this
        // took some fifty instructions a character, on descriptions of hundreds.
        let source = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(source.count + 16)
        func append(_ escape: StaticString) {
            result.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
        }
        var index = 0
        while index < source.count {
            let byte = source[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0: append("\\0")
            case 0xE2 where index + 1 < source.count && source[index] == 0x80 && (source[index + 1] & 0xFE) == 0xA8:
                // U+2028 and U+2029 (E2 80 A8 and A9) end a line for some readers of the source.
                append(source[index + 1] == 0xA8 ? "\\u{2028}" : "\\u{2029}")
                index += 2
            case ..<0x20, 0x7F:
                append("\\u{")
                result.append(contentsOf: String(byte, radix: 16).utf8)
                append("}")
            default:
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether a UTF-8 byte may start something `stringContent` escapes: `\\`, `"`, a control
    /// character, or the lead byte of U+2028/U+2029. Text without one is returned as it is.
    private static func needsEscapeCheck(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || byte == 0x7F || byte == 0xE2
    }

    /// A complete double-quoted Swift string literal. Text with nothing to escape, nearly
    /// every name, is quoted in one allocation: every field has two such literals, and two
    /// concatenations took longer than the rest of one.
    public static func string(_ text: String) -> String {
        text.containsUTF8Byte(where: needsEscapeCheck)
            ? "\"" + stringContent(text) + "\"" : Concatenation.joined("\"", text, "\"")
    }

    /// `string("." + text)`: a member's name as the literal of a key path, which every field
    /// has; in one allocation as `string` is.
    static func memberString(_ text: String) -> String {
        text.containsUTF8Byte(where: needsEscapeCheck)
            ? "\"." + stringContent(text) + "\"" : Concatenation.joined("\".", text, "\"")
    }

    /// A Swift `Double` literal that reads back as the same value: `300` → `300`, `0.5` → `0.5`.
    public static func double(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A literal that Swift reads as a `Double` wherever it appears: `300.0`, `0.5`.
    public static func doubleLiteral(_ value: Double) -> String {
        let text = double(value)
        return text.contains(".") || text.contains("e") || text.contains("n") ? text : text + ".0"
    }

    /// The text on one line, its lines joined by single spaces: for a doc comment's
    /// `- Parameters:` entries and other places where a line break would end the text.
    /// Each line loses the spaces and tabs around it (any Unicode space separator, as
    /// Foundation's `CharacterSet.whitespaces`), and blank lines go.
    public static func oneLine(_ text: String) -> String {
        // Most descriptions are one tidy line already: nothing to build. Its ends are looked at
        // as bytes when they are ASCII, which is cheaper than decoding them.
        // First and last byte and the search for a break in one pass over the text's storage:
        // `first` and `last` of a `String.UTF8View` each cost more than that pass.
        let ends = text.utf8.withContiguousStorageIfAvailable { bytes -> (first: UInt8, last: UInt8)? in
            guard let first = bytes.first, let last = bytes.last,
                !bytes.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
            else { return nil }
            return (first, last)
        }
        if let (firstByte, lastByte) = ends ?? nil {
            let firstIsBlank =
                firstByte < 0x80 ? firstByte.isSpaceOrTab : text.unicodeScalars.first.map(isInlineWhitespace) ?? false
            let lastIsBlank =
                lastByte < 0x80 ? lastByte.isSpaceOrTab : text.unicodeScalars.last.map(isInlineWhitespace) ?? false
            if !firstIsBlank && !lastIsBlank { return text }
        }
        // ASCII text, nearly every description, is joined on its bytes, where the only inline
        // whitespace is a space or a tab.
        var contiguous = text
        if let joined = contiguous.withUTF8(asciiOneLine) { return joined }
        var lines: [Substring.UnicodeScalarView] = []
        for line in text.replacingNewlines().split(separator: "\n") {
            var scalars = line.unicodeScalars
            while let first = scalars.first, isInlineWhitespace(first) { scalars.removeFirst() }
            while let last = scalars.last, isInlineWhitespace(last) { scalars.removeLast() }
            if !scalars.isEmpty { lines.append(scalars) }
        }
        return lines.map { String($0) }.joined(separator: " ")
    }

    /// `oneLine` of ASCII text, written straight into the result's storage; nil for text that
    /// is not all ASCII, whose whitespace takes Unicode's rules.
    private static func asciiOneLine(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress, !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        func isBreak(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            guard let target = output.baseAddress else { return 0 }
            var written = 0
            var start = 0
            while start < bytes.count {
                var lineEnd = start
                while lineEnd < bytes.count && !isBreak(bytes[lineEnd]) { lineEnd += 1 }
                var first = start
                var end = lineEnd
                while first < end && bytes[first].isSpaceOrTab { first += 1 }
                while end > first && bytes[end - 1].isSpaceOrTab { end -= 1 }
                if first < end {
                    if written > 0 {
                        target[written] = UInt8(ascii: " ")
                        written += 1
                    }
                    memcpy(target + written, base + first, end - first)
                    written += end - first
                }
                start = lineEnd + 1
            }
            return written
        }
    }

    /// What `CharacterSet.whitespaces` holds: tab, the space separators (`Zs`), and, as
    /// Foundation has it, U+200B ZERO WIDTH SPACE. Checked here without Foundation, whose
    /// string trimming made `oneLine` a visible share of generation time.
    static func isInlineWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
    }

    /// Doc-comment lines (`/// …`) for a description. Blank lines become `///`; trailing spaces go;
    /// nothing in the text can end the comment, because every line starts with `///`.
    public static func docComment(_ text: String) -> String {
        var text = text.replacingNewlines()
        return text.withUTF8(docComment)
    }

    /// `docComment` on UTF-8 bytes whose line breaks are all `\n`, written straight into the
    /// result's storage: descriptions are long, and every model, property and method has one.
    /// A line break is its own `Character` in Swift, so splitting bytes at `\n` splits the same
    /// lines a split on characters would; lines are cut only at ASCII bytes, so every piece
    /// copied is whole UTF-8.
    private static func docComment(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress else { return "" }
        let newline = UInt8(ascii: "\n")
        /// Where the line starting at `start` ends: its `\n`, found by `memchr`, or the end.
        func lineEnd(from start: Int) -> Int {
            guard start < bytes.count, let found = memchr(base + start, Int32(newline), bytes.count - start) else {
                return bytes.count
            }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        var lineCount = 1
        var scan = lineEnd(from: 0)
        while scan < bytes.count {
            lineCount += 1
            scan = lineEnd(from: scan + 1)
        }
        // Each line gains at most `/// ` and keeps at most its bytes and its break.
        return String(unsafeUninitializedCapacity: bytes.count + 4 * lineCount) { output in
            var written = 0
            func write(_ text: StaticString) {
                for index in 0..<text.utf8CodeUnitCount {
                    output[written] = text.utf8Start[index]
                    written += 1
                }
            }
            // Blank lines are written only once a line with text follows: leading and trailing
            // ones go, those between become `///`.
            var pendingBlankLines = 0
            var start = 0
            while start <= bytes.count {
                let lineEnd = lineEnd(from: start)
                var end = lineEnd
                while end > start, bytes[end - 1].isSpaceOrTab { end -= 1 }
                if end == start {
                    pendingBlankLines += 1
                } else {
                    if written > 0 {
                        for _ in 0..<pendingBlankLines { write("\n///") }
                        write("\n")
                    }
                    pendingBlankLines = 0
                    write("/// ")
                    guard let target = output.baseAddress else { return 0 }
                    memcpy(target + written, base + start, end - start)
                    written += end - start
                }
                start = lineEnd + 1
            }
            return written
        }
    }
}

extension String {
    func replacingNewlines() -> String {
        if !containsUTF8Byte(where: { $0 == UInt8(ascii: "\r") }) { return self }
        var result = ""
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result += "\n"
                previousWasCR = true
                continue
            }
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

extension String {
    /// Whether any byte of the UTF-8 satisfies `predicate`, read from the string's own storage
    /// when it is contiguous (as native strings are): iterating `utf8` decodes it byte by byte,
    /// several times slower on the long descriptions every doc comment scans.
    func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}

extension UInt8 {
    /// A space or a tab: the inline whitespace of ASCII text.
    fileprivate var isSpaceOrTab: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }
}
