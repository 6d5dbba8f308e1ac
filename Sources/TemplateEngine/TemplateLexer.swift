/// How the output of a `{{ }}` or `{% include %}` tag is laid out.
enum OutputLayout: Sendable, Hashable {
    /// The tag shares its line with other text. When only whitespace precedes it on the output line,
    /// its later lines get that whitespace as indentation.
    case inline
    /// The tag is alone on its line (apart from whitespace): its output is written as whole lines,
    /// each non-empty one indented by `indent`, ending with a newline when the line had one. Empty
    /// output removes the line entirely.
    case standalone(indent: String, endsLine: Bool)
}

/// A `{{ … }}` or `{% … %}` tag, located in the source, after whitespace control has been applied.
struct TagToken: Sendable {
    /// The text between the delimiters and trim markers.
    var content: Range<Int>
    /// The offset of the closing delimiter (including its `-`), where "end of tag" errors point.
    var closeOffset: Int
    /// The closing delimiter as written, e.g. `%}` or `-}}`, for error messages.
    var closer: String
    /// The first word of the content, such as `for` or `include`.
    var name: String
    var layout: OutputLayout
}

/// A piece of a template after lexing: literal text or a tag. Comments are gone by then.
enum TemplateToken: Sendable {
    case text(String)
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

        var closer: Unicode.Scalar {
            switch self {
            case .output: "}"
            case .block: "%"
            case .comment: "#"
            }
        }

        var opener: String {
            switch self {
            case .output: "{{"
            case .block: "{%"
            case .comment: "{#"
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
    /// so lines are easy to find and trimming only ever shrinks a range.
    private enum Piece {
        case text(Range<Int>)
        case newline(offset: Int, removed: Bool)
        case tag(RawTag)
    }

    private let source: TemplateSource
    private var scalars: [Unicode.Scalar] { source.scalars }

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
        let count = scalars.count
        var textStart = 0
        var index = 0

        func appendText(upTo end: Int) {
            var start = textStart
            for offset in textStart..<end where scalars[offset] == "\n" {
                if start < offset { pieces.append(.text(start..<offset)) }
                pieces.append(.newline(offset: offset, removed: false))
                start = offset + 1
            }
            if start < end { pieces.append(.text(start..<end)) }
        }

        while index + 1 < count {
            guard scalars[index] == "{", let kind = tagKind(scalars[index + 1]) else {
                index += 1
                continue
            }
            appendText(upTo: index)
            var contentStart = index + 2
            let trimsBefore = contentStart < count && scalars[contentStart] == "-"
            if trimsBefore { contentStart += 1 }
            guard let closeStart = findCloser(of: kind, from: contentStart) else {
                let error = source.error(
                    at: index, "unclosed '\(kind.opener)' (missing '\(String(kind.closer))}')")
                // The rest of the template cannot be split reliably; it is dropped with the error.
                return (pieces, error)
            }
            let trimsAfter = closeStart > contentStart && scalars[closeStart - 1] == "-"
            let contentEnd = trimsAfter ? closeStart - 1 : closeStart
            let closer = (trimsAfter ? "-" : "") + String(kind.closer) + "}"
            let token = TagToken(
                content: contentStart..<contentEnd,
                closeOffset: contentEnd,
                closer: closer,
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

    private func tagKind(_ scalar: Unicode.Scalar) -> TagKind? {
        switch scalar {
        case "{": .output
        case "%": .block
        case "#": .comment
        default: nil
        }
    }

    /// The offset of the tag's closing delimiter, skipping string literals in expressions so that
    /// `{{ x | replace("}}", "") }}` closes at the right place.
    private func findCloser(of kind: TagKind, from start: Int) -> Int? {
        var index = start
        let count = scalars.count
        while index + 1 < count {
            let scalar = scalars[index]
            if scalar == kind.closer && scalars[index + 1] == "}" { return index }
            if kind != .comment && (scalar == "\"" || scalar == "'"), let end = endOfQuoted(from: index) {
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
    private func endOfQuoted(from start: Int) -> Int? {
        let quote = scalars[start]
        var index = start + 1
        while index < scalars.count {
            switch scalars[index] {
            case quote: return index + 1
            case "\n": return nil
            case "\\": index += 2
            default: index += 1
            }
        }
        return nil
    }

    /// The leading identifier of a tag's content (`include` in `{% include "X" %}`), or `""`.
    private func firstWord(in range: Range<Int>) -> String {
        var text = ""
        for scalar in scalars[range] {
            if scalar == "_" || scalar.properties.isAlphabetic {
                text.unicodeScalars.append(scalar)
            } else if !text.isEmpty || !scalar.properties.isWhitespace {
                break
            }
        }
        return text
    }

    // MARK: - Whitespace control

    private func isBlank(_ range: Range<Int>) -> Bool {
        scalars[range].allSatisfy { $0 == " " || $0 == "\t" }
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
            var indent = ""
            if case .text(let range) = pieces[line.lowerBound] { indent = source.text(range) }
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
                while !range.isEmpty, scalars[range.upperBound - 1].properties.isWhitespace {
                    range = range.lowerBound..<(range.upperBound - 1)
                }
            } else {
                while !range.isEmpty, scalars[range.lowerBound].properties.isWhitespace {
                    range = (range.lowerBound + 1)..<range.upperBound
                }
            }
            piece = .text(range)
            return range.isEmpty
        }
    }

    // MARK: - Tokens

    private func makeTokens(_ pieces: [Piece]) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var text = ""
        func flushText() {
            if !text.isEmpty { tokens.append(.text(text)) }
            text = ""
        }
        for piece in pieces {
            switch piece {
            case .text(let range):
                text.unicodeScalars.append(contentsOf: scalars[range])
            case .newline(_, let removed):
                if !removed { text += "\n" }
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
