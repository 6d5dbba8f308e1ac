/// A place in a template: 1-based line and 1-based column counted in Unicode scalars.
struct SourceLocation: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// A template's text as Unicode scalars, plus where every line starts.
///
/// The lexer works on scalar offsets; recording line starts once while loading (instead of searching
/// for a line's text later) maps any offset to its exact line and column, even when lines repeat.
struct TemplateSource: Sendable {
    /// The template's name, used as the file in errors.
    let name: String
    /// The text with every `\r\n` turned into `\n`, so Windows line endings never reach the output.
    let scalars: [Unicode.Scalar]
    /// The offset of the first scalar of each line; `lineStarts[0] == 0`.
    private let lineStarts: [Int]

    init(name: String, text: String) {
        self.name = name
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var lineStarts = [0]
        var pendingCarriageReturn = false
        for scalar in text.unicodeScalars {
            if pendingCarriageReturn {
                pendingCarriageReturn = false
                // A `\r` is dropped only when it starts a `\r\n` pair; a lone `\r` is kept as text.
                if scalar != "\n" { scalars.append("\r") }
            }
            if scalar == "\r" {
                pendingCarriageReturn = true
                continue
            }
            scalars.append(scalar)
            if scalar == "\n" { lineStarts.append(scalars.count) }
        }
        if pendingCarriageReturn { scalars.append("\r") }
        self.scalars = scalars
        self.lineStarts = lineStarts
    }

    /// The line and column of the scalar at `offset` (or of the end of the text).
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
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The text of the scalars in `range`.
    func text(_ range: Range<Int>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[range])
        return text
    }

    /// An error at the scalar at `offset`.
    func error(at offset: Int, _ message: String) -> TemplateError {
        TemplateError(file: name, at: location(of: offset), message)
    }
}
