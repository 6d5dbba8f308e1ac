/// A place in a template: 1-based line and 1-based column counted in Unicode scalars.
struct SourceLocation: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// A template's text as UTF-8 bytes, plus where every line starts.
///
/// The lexers work on byte offsets: every character of the syntax is ASCII, so scanning bytes finds
/// the same tags and tokens as scanning scalars, and text is cut out as byte slices without decoding.
/// Offsets only become scalar columns in ``location(of:)``, when a place is reported. Recording line
/// starts once while loading (instead of searching for a line's text later) maps any offset to its
/// exact line and column, even when lines repeat.
struct TemplateSource: Sendable {
    /// The template's name, used as the file in errors.
    let name: String
    /// The text's UTF-8 with every `\r\n` turned into `\n`, so Windows line endings never reach the
    /// output. Every offset the lexers keep is at the start of a scalar.
    let bytes: [UInt8]
    /// The offset of the first byte of each line; `lineStarts[0] == 0`.
    private let lineStarts: [Int]
    /// Whether every byte is ASCII, so that byte offsets within a line are scalar columns.
    private let isASCII: Bool

    init(name: String, text: String) {
        self.name = name
        // Copying the whole UTF-8 at once is a block copy; the loop below then indexes an array,
        // which is much faster than walking a `String.UTF8View`.
        var bytes = Array(text.utf8)
        var lines = Self.lineStarts(of: bytes)
        if lines.hasCarriageReturn {
            bytes = Self.joiningCarriageReturns(bytes)
            lines = Self.lineStarts(of: bytes)
        }
        self.bytes = bytes
        self.lineStarts = lines.starts
        self.isASCII = lines.isASCII
    }

    /// Where the lines of `bytes` start, and what the lexers need to know of them, in one pass.
    private static func lineStarts(of bytes: [UInt8]) -> (starts: [Int], isASCII: Bool, hasCarriageReturn: Bool) {
        var starts = [0]
        var highBits: UInt8 = 0
        var hasCarriageReturn = false
        for offset in bytes.indices {
            let byte = bytes[offset]
            highBits |= byte
            if byte <= UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "\n") {
                    starts.append(offset + 1)
                } else if byte == UInt8(ascii: "\r") {
                    hasCarriageReturn = true
                }
            }
        }
        return (starts, highBits < 0x80, hasCarriageReturn)
    }

    /// The bytes with every `\r\n` turned into `\n`.
    private static func joiningCarriageReturns(_ bytes: [UInt8]) -> [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count)
        var pendingCarriageReturn = false
        for byte in bytes {
            if pendingCarriageReturn {
                pendingCarriageReturn = false
                // A `\r` is dropped only when it starts a `\r\n` pair; a lone `\r` is kept as text.
                if byte != UInt8(ascii: "\n") { joined.append(UInt8(ascii: "\r")) }
            }
            if byte == UInt8(ascii: "\r") {
                pendingCarriageReturn = true
                continue
            }
            joined.append(byte)
        }
        if pendingCarriageReturn { joined.append(UInt8(ascii: "\r")) }
        return joined
    }

    /// The line and column of the byte at `offset` (or of the end of the text).
    func location(of offset: Int) -> SourceLocation {
        // Binary search for the last line starting at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        let lineStart = lineStarts[low]
        var column = offset - lineStart + 1
        if !isASCII {
            // Columns count scalars: leave out the continuation bytes (0b10xxxxxx) of multi-byte ones.
            for byte in bytes[lineStart..<offset] where byte & 0xC0 == 0x80 { column -= 1 }
        }
        return SourceLocation(line: low + 1, column: column)
    }

    /// The text of the bytes in `range`, which starts and ends at scalar boundaries.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// An error at the byte at `offset`.
    func error(at offset: Int, _ message: String) -> TemplateError {
        TemplateError(file: name, at: location(of: offset), message)
    }
}
