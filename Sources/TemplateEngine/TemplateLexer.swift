/// How the output of a `{{ }}` or `{% include %}` tag is laid out.
enum OutputLayout: Sendable, Hashable {
    /// The tag shares its line with other text. When only whitespace precedes it on the output line,
    /// its later lines get that whitespace as indentation.
    case inline
    /// The tag is alone on its line (apart from whitespace): its output is written as whole lines,
    /// each non-empty one indented by `indent` (UTF-8, as the renderer writes it), ending with
    /// a newline when the line had one. Empty output removes the line entirely.
    case standalone(indent: [UInt8], endsLine: Bool)
}

/// A `{{ … }}` or `{% … %}` tag, located in the source, after whitespace control has been applied.
struct TagToken: Sendable {
    /// The byte offsets of the text between the delimiters and trim markers.
    var content: Range<Int>
    /// The closing delimiter as written, e.g. `%}` or `-}}` (including its `-`), where "end of tag"
    /// errors point and which they quote.
    var closer: Range<Int>
    /// The first word of the content, such as `for` or `include`.
    var name: String
    var layout: OutputLayout
}

/// A piece of a template after lexing: literal text or a tag. Comments are gone by then.
enum TemplateToken: Sendable {
    /// UTF-8, as the renderer writes it.
    case text([UInt8])
    case output(TagToken)
    case block(TagToken)
}

/// Splits a template into text and tags, and applies the whitespace rules.
///
/// Whitespace control works on the template's lines, which is why it happens here and not in the
/// renderer: the rules are about where tags sit in the source.
/// 1. A standalone line (only block tags other than `include`, comments, and spaces or tabs)
///    disappears with its newline.
/// 2. A line holding only one `{{ }}` or `{% include %}` tag (and spaces or tabs) becomes
///    ``OutputLayout/standalone(indent:endsLine:)``, so the renderer can indent and drop it.
/// 3. `{{-`, `{%-`, `{#-` trim all whitespace before the tag, `-}}`, `-%}`, `-#}` all after it.
///
/// The indentation of multi-line output in the middle of a line depends on what has been written
/// before it, so the ``Renderer`` applies that rule.
struct TemplateLexer {
    private enum TagKind {
        case output, block, comment

        /// The character before the final `}` of the closing delimiter.
        var closer: UInt8 {
            switch self {
            case .output: UInt8(ascii: "}")
            case .block: UInt8(ascii: "%")
            case .comment: UInt8(ascii: "#")
            }
        }

        var opener: String {
            switch self {
            case .output: "{{"
            case .block: "{%"
            case .comment: "{#"
            }
        }

        var closerText: String {
            switch self {
            case .output: "}}"
            case .block: "%}"
            case .comment: "#}"
            }
        }
    }

    private struct RawTag {
        var kind: TagKind
        var token: TagToken
        var trimsBefore: Bool
        var trimsAfter: Bool
        var isInclude: Bool
    }

    /// A run of the template between newlines, a newline, or a tag. Text pieces never hold a newline,
    /// so lines are easy to find and trimming only ever shrinks a range. Ranges are byte offsets.
    private enum Piece {
        case text(Range<Int>)
        case newline(offset: Int, removed: Bool)
        case tag(RawTag)
    }

    private let source: TemplateSource
    private var bytes: [UInt8] { source.bytes }

    init(source: TemplateSource) {
        self.source = source
    }

    /// The tokens of the template, and the error for an unclosed tag if there is one.
    func tokenize() -> (tokens: [TemplateToken], error: TemplateError?) {
        var (pieces, error) = scanPieces()
        removeStandaloneLines(&pieces)
        applyTrimMarkers(&pieces)
        return (makeTokens(pieces), error)
    }

    // MARK: - Scanning

    private func scanPieces() -> ([Piece], TemplateError?) {
        var pieces: [Piece] = []
        let bytes = self.bytes
        let count = bytes.count
        var textStart = 0
        var index = 0

        func appendText(upTo end: Int) {
            var start = textStart
            for offset in textStart..<end where bytes[offset] == UInt8(ascii: "\n") {
                if start < offset { pieces.append(.text(start..<offset)) }
                pieces.append(.newline(offset: offset, removed: false))
                start = offset + 1
            }
            if start < end { pieces.append(.text(start..<end)) }
        }

        while index + 1 < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                // Newlines are split off while looking for tags, so text is read only once.
                if textStart < index { pieces.append(.text(textStart..<index)) }
                pieces.append(.newline(offset: index, removed: false))
                index += 1
                textStart = index
                continue
            }
            guard byte == UInt8(ascii: "{"), let kind = tagKind(bytes[index + 1]) else {
                index += 1
                continue
            }
            appendText(upTo: index)
            var contentStart = index + 2
            let trimsBefore = contentStart < count && bytes[contentStart] == UInt8(ascii: "-")
            if trimsBefore { contentStart += 1 }
            guard let closeStart = findCloser(of: kind, from: contentStart) else {
                let error = source.error(at: index, "unclosed '\(kind.opener)' (missing '\(kind.closerText)')")
                // The rest of the template cannot be split reliably; it is dropped with the error.
                return (pieces, error)
            }
            let trimsAfter = closeStart > contentStart && bytes[closeStart - 1] == UInt8(ascii: "-")
            let contentEnd = trimsAfter ? closeStart - 1 : closeStart
            let token = TagToken(
                content: contentStart..<contentEnd,
                closer: contentEnd..<(closeStart + 2),
                name: firstWord(in: contentStart..<contentEnd),
                layout: .inline
            )
            let isInclude = kind == .block && token.name == "include"
            pieces.append(
                .tag(
                    RawTag(
                        kind: kind, token: token, trimsBefore: trimsBefore, trimsAfter: trimsAfter,
                        isInclude: isInclude)))
            index = closeStart + 2
            textStart = index
        }
        appendText(upTo: count)
        return (pieces, nil)
    }

    private func tagKind(_ byte: UInt8) -> TagKind? {
        switch byte {
        case UInt8(ascii: "{"): .output
        case UInt8(ascii: "%"): .block
        case UInt8(ascii: "#"): .comment
        default: nil
        }
    }

    /// The offset of the tag's closing delimiter, skipping string literals in expressions so that
    /// `{{ x | replace("}}", "") }}` closes at the right place.
    private func findCloser(of kind: TagKind, from start: Int) -> Int? {
        let bytes = self.bytes
        let closer = kind.closer
        var index = start
        let count = bytes.count
        while index + 1 < count {
            let byte = bytes[index]
            if byte == closer && bytes[index + 1] == UInt8(ascii: "}") { return index }
            if kind != .comment && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")),
                let end = endOfQuoted(from: index)
            {
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The offset just after the string literal that starts at `start`, or `nil` when it is not
    /// closed on its line. An unclosed quote is then read as an ordinary character here, so the tag
    /// still ends at its delimiter and the expression lexer reports "unterminated string literal" at
    /// the quote, instead of the whole rest of the template turning into one unclosed tag.
    ///
    /// Stepping over an escape's two bytes may stop inside a multi-byte scalar; that is harmless,
    /// as the bytes of such a scalar never equal a quote, a newline or a backslash.
    private func endOfQuoted(from start: Int) -> Int? {
        let bytes = self.bytes
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case quote: return index + 1
            case UInt8(ascii: "\n"): return nil
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
        return nil
    }

    /// The leading identifier of a tag's content (`include` in `{% include "X" %}`), or `""`.
    private func firstWord(in range: Range<Int>) -> String {
        var start: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = source.scalar(at: index)
            if scalar == "_" || ScalarClass.isAlphabetic(scalar) {
                if start == nil { start = index }
            } else if start != nil || !ScalarClass.isWhitespace(scalar) {
                break
            }
            index += length
        }
        guard let start else { return "" }
        return source.text(start..<index)
    }

    // MARK: - Whitespace control

    private func isBlank(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Applies rules 1 and 2: lines made only of block tags and comments vanish, and a line made of a
    /// single output or include tag becomes a standalone output.
    private func removeStandaloneLines(_ pieces: inout [Piece]) {
        var lineStart = 0
        while lineStart < pieces.count {
            var lineEnd = lineStart
            while lineEnd < pieces.count, !isNewline(pieces[lineEnd]) { lineEnd += 1 }
            // `lineEnd` is the newline ending the line, or `pieces.count` on the last line.
            processLine(&pieces, lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
    }

    private func isNewline(_ piece: Piece) -> Bool {
        if case .newline = piece { return true }
        return false
    }

    private func processLine(_ pieces: inout [Piece], _ line: Range<Int>) {
        var tagIndices: [Int] = []
        for index in line {
            switch pieces[index] {
            case .text(let range):
                guard isBlank(range) else { return }
            case .tag:
                tagIndices.append(index)
            case .newline:
                break
            }
        }
        guard !tagIndices.isEmpty else { return }
        let producesOutput: [Int] = tagIndices.filter { index in
            guard case .tag(let tag) = pieces[index] else { return false }
            return tag.kind == .output || tag.isInclude
        }
        let endsLine = line.upperBound < pieces.count
        if producesOutput.isEmpty {
            clearLine(&pieces, line)
        } else if tagIndices.count == 1, case .tag(var tag) = pieces[tagIndices[0]],
            !tag.trimsBefore, !tag.trimsAfter
        {
            var indent: [UInt8] = []
            if case .text(let range) = pieces[line.lowerBound] { indent = Array(bytes[range]) }
            tag.token.layout = .standalone(indent: indent, endsLine: endsLine)
            pieces[tagIndices[0]] = .tag(tag)
            clearLine(&pieces, line)
        }
    }

    /// Removes the text of a line and the newline ending it, keeping its tags.
    private func clearLine(_ pieces: inout [Piece], _ line: Range<Int>) {
        for index in line {
            if case .text(let range) = pieces[index] {
                pieces[index] = .text(range.lowerBound..<range.lowerBound)
            }
        }
        if line.upperBound < pieces.count, case .newline(let offset, _) = pieces[line.upperBound] {
            pieces[line.upperBound] = .newline(offset: offset, removed: true)
        }
    }

    /// Applies rule 3: `-` markers remove all whitespace, newlines included, up to the nearest
    /// non-whitespace text or tag on that side.
    private func applyTrimMarkers(_ pieces: inout [Piece]) {
        for index in pieces.indices {
            guard case .tag(let tag) = pieces[index] else { continue }
            if tag.trimsBefore {
                var other = index - 1
                while other >= 0, trim(&pieces[other], fromEnd: true) { other -= 1 }
            }
            if tag.trimsAfter {
                var other = index + 1
                while other < pieces.count, trim(&pieces[other], fromEnd: false) { other += 1 }
            }
        }
    }

    /// Trims whitespace from one end of a piece; returns whether trimming may continue past it.
    private func trim(_ piece: inout Piece, fromEnd: Bool) -> Bool {
        switch piece {
        case .tag:
            return false
        case .newline(let offset, _):
            piece = .newline(offset: offset, removed: true)
            return true
        case .text(var range):
            if fromEnd {
                while !range.isEmpty {
                    let start = source.scalarStart(before: range.upperBound)
                    guard ScalarClass.isWhitespace(source.scalar(at: start).scalar) else { break }
                    range = range.lowerBound..<start
                }
            } else {
                while !range.isEmpty {
                    let (scalar, length) = source.scalar(at: range.lowerBound)
                    guard ScalarClass.isWhitespace(scalar) else { break }
                    range = (range.lowerBound + length)..<range.upperBound
                }
            }
            piece = .text(range)
            return range.isEmpty
        }
    }

    // MARK: - Tokens

    private func makeTokens(_ pieces: [Piece]) -> [TemplateToken] {
        let bytes = self.bytes
        var tokens: [TemplateToken] = []
        var text: [UInt8] = []
        func flushText() {
            if !text.isEmpty { tokens.append(.text(text)) }
            text.removeAll()
        }
        for piece in pieces {
            switch piece {
            case .text(let range):
                text.append(contentsOf: bytes[range])
            case .newline(_, let removed):
                if !removed { text.append(UInt8(ascii: "\n")) }
            case .tag(let tag):
                switch tag.kind {
                case .comment:
                    // A comment leaves no token, so text on both sides of it joins up.
                    continue
                case .output:
                    flushText()
                    tokens.append(.output(tag.token))
                case .block:
                    flushText()
                    tokens.append(.block(tag.token))
                }
            }
        }
        flushText()
        return tokens
    }
}
