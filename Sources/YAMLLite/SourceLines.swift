/// The source text as Unicode scalars, cut into lines once, up front.
///
/// Working on scalars makes a column a plain index difference, and recording where each
/// line starts while splitting means no line is ever found again by searching for it.
struct SourceLines {
    /// One physical line, without its line break.
    struct Line {
        /// Index of the line's first scalar.
        var start: Int
        /// Index just past the line's last scalar (its line break excluded).
        var end: Int
        /// Index of the first scalar that is neither a space nor a tab, or `end`.
        var firstContent: Int
        /// Index of the first tab among the leading whitespace, if any.
        var tabInIndentation: Int?
        /// Whether a line break follows the line (false only for a last line without one).
        var hasBreak: Bool

        /// The width of the leading whitespace; a tab counts as one column, like every scalar.
        var indent: Int { firstContent - start }
    }

    let chars: [Unicode.Scalar]
    let lines: [Line]
    /// For each line index, the index of the first line at or after it that holds something
    /// other than whitespace or a comment (`lines.count` if none), so that looking ahead past
    /// a run of blank lines costs nothing however often it happens.
    let nextContentLine: [Int]

    init(text: String) {
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var lines: [Line] = []
        var start = 0
        var index = 0
        var firstContent: Int?
        var tab: Int?
        func finish(end: Int, hasBreak: Bool) {
            lines.append(Line(
                start: start, end: end, firstContent: firstContent ?? end,
                tabInIndentation: tab, hasBreak: hasBreak))
        }
        while index < chars.count {
            let char = chars[index]
            if char == "\n" || char == "\r" {
                finish(end: index, hasBreak: true)
                // CRLF is one break; a lone CR is a break too, as in YAML.
                index += (char == "\r" && index + 1 < chars.count && chars[index + 1] == "\n") ? 2 : 1
                start = index
                firstContent = nil
                tab = nil
                continue
            }
            if firstContent == nil {
                if char == "\t" {
                    if tab == nil { tab = index }
                } else if char != " " {
                    firstContent = index
                }
            }
            index += 1
        }
        if start < chars.count { finish(end: chars.count, hasBreak: false) }

        var next = [Int](repeating: lines.count, count: lines.count + 1)
        var line = lines.count - 1
        while line >= 0 {
            let current = lines[line]
            let blank = current.firstContent == current.end || chars[current.firstContent] == "#"
            next[line] = blank ? next[line + 1] : line
            line -= 1
        }
        self.chars = chars
        self.lines = lines
        self.nextContentLine = next
    }

    /// The scalar at `index`, or nil past the end of the text.
    subscript(index: Int) -> Unicode.Scalar? {
        index < chars.count ? chars[index] : nil
    }

    /// The text of `chars[range]`.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: chars[range])
        return String(view)
    }
}

extension Unicode.Scalar {
    /// A space or a tab: whitespace that separates tokens inside a line.
    var isBlank: Bool { self == " " || self == "\t" }

    /// One of `,[]{}`, which end a plain scalar inside a flow collection.
    var isFlowIndicator: Bool {
        self == "," || self == "[" || self == "]" || self == "{" || self == "}"
    }
}
