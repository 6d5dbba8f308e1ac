/// Where the pieces of a line of generated code go: ``LineMeasure`` measures them, a `String`
/// joins them. A line written once against this serves both.
protocol LineSink {
    mutating func add(_ piece: String)
    mutating func add(_ piece: StaticString)
}

extension String: LineSink {
    mutating func add(_ piece: String) { append(piece) }
    mutating func add(_ piece: StaticString) { append(piece.description) }
}

/// A line of generated code measured piece by piece, to tell whether it is longer than
/// `maximumLineLength` without putting it together.
///
/// The context decides for every operation whether its declaration and its request fit on one
/// line. Joining the pieces only to measure them was most of the cost of deciding: the sum of
/// their UTF-8 lengths answers when the line is short enough, or when every piece is ASCII (a
/// byte per character). Only a long line with other characters is joined, to count them.
struct LineMeasure: LineSink {
    private var utf8Count = 0
    private var isASCII = true

    mutating func add(_ piece: StaticString) {
        utf8Count += piece.utf8CodeUnitCount
        if !piece.isASCII { isASCII = false }
    }

    mutating func add(_ piece: String) {
        utf8Count += piece.utf8.count
        if isASCII, !piece.isASCII { isASCII = false }
    }

    /// Whether the line is longer than `maximumLineLength` characters; `line` puts the same
    /// pieces together, for the line whose length only counting its characters tells.
    func exceedsMaximum(line: () -> String) -> Bool {
        if utf8Count <= maximumLineLength { return false }
        if isASCII { return true }
        return exceedsLineLength(line())
    }
}

/// A line the templates write, described once: measured to decide whether it wraps, and put
/// together only when its characters must be counted.
protocol OneLineForm {
    func write<Line: LineSink>(to line: inout Line)
}

extension OneLineForm {
    /// Whether the line is longer than `maximumLineLength` characters.
    var exceedsMaximumLength: Bool {
        var measure = LineMeasure()
        write(to: &measure)
        return measure.exceedsMaximum {
            var text = ""
            write(to: &text)
            return text
        }
    }
}

extension String {
    /// Whether every character is ASCII. Read from the string's own UTF-8 eight bytes at a time
    /// where it has it: `utf8.allSatisfy` went through the view's iterator byte by byte, for
    /// every name of every declaration measured.
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable(Self.isASCII) ?? utf8.allSatisfy { $0 < 0x80 }
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(start)
        var index = 0
        // A byte is ASCII when its top bit is clear.
        while index + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }
}
