#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Renderer {
    /// Writes the value of an output tag: strings as is, integers in decimal, Booleans as
    /// `true` / `false`; anything else is an error. The tag, not its expression, is passed: the
    /// expression is needed only for an error, and copying it out costs a retain.
    mutating func write(_ value: TemplateValue, for tag: OutputTag) throws(TemplateError) {
        let layout = tag.layout
        switch value {
        case .string(var text):
            // A native string's UTF-8 is already contiguous, so this reads it in place.
            text.withUTF8 { write($0, layout: layout) }
        case .int(let number):
            var text = String(number)
            text.withUTF8 { write($0, layout: layout) }
        case .bool(let flag):
            var text = flag ? "true" : "false"
            text.withUTF8 { write($0, layout: layout) }
        case .null: throw error(at: tag.expression.location, "cannot output null value '\(tag.expression)'")
        case .array: throw error(at: tag.expression.location, "cannot output array value '\(tag.expression)'")
        case .object: throw error(at: tag.expression.location, "cannot output object value '\(tag.expression)'")
        }
    }

    /// Writes the value of an output tag. A path's string, the commonest output, is written
    /// from where it is stored, without a copy of it or of the objects on the way.
    mutating func writeOutput(of tag: OutputTag) throws(TemplateError) {
        if let root = tag.pathRoot, let address = address(ofPath: root, tag.pathKeys) {
            let layout = tag.layout
            if address.pointee.withStringUTF8({ write($0, layout: layout) }) != nil { return }
            return try write(address.pointee, for: tag)
        }
        try write(evaluate(tag.expression), for: tag)
    }

    /// Appends the output of an include tag, applying the indentation rules.
    mutating func write(_ text: OutputBuffer, layout: OutputLayout) {
        text.withBytes { write($0, layout: layout) }
    }

    /// Appends the output of a `{{ }}` or include tag, applying the indentation rules.
    ///
    /// The text is read through a buffer pointer that lives only for this call, so that finding
    /// newlines is a plain byte loop, whether the text is a `String` or an include's buffer.
    private mutating func write(_ text: UnsafeBufferPointer<UInt8>, layout: OutputLayout) {
        switch layout {
        case .inline:
            let indentation = Self.firstNewline(in: text, from: 0) != nil ? currentLineIndentation() : []
            if indentation.isEmpty {
                output.append(text)
            } else {
                append(text, indentation: indentation, indentsFirstLine: false)
            }
        case .standalone(let indentation, let endsLine):
            // Empty output takes its line with it, so optional parts leave no blank lines.
            guard let last = text.last else { return }
            if indentation.isEmpty {
                output.append(text)
            } else {
                append(text, indentation: indentation, indentsFirstLine: true)
            }
            if endsLine && last != UInt8(ascii: "\n") {
                output.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// The spaces and tabs written since the last newline, or nothing if anything else was written.
    ///
    /// It is a copy, not a slice of the output, which is appended to next.
    private func currentLineIndentation() -> [UInt8] {
        var start = output.count
        while start > 0 {
            switch output[start - 1] {
            case UInt8(ascii: "\n"): return output.bytes(from: start)
            case UInt8(ascii: " "), UInt8(ascii: "\t"): start -= 1
            default: return []
            }
        }
        return output.bytes(from: start)
    }

    /// Appends `text`, prefixing its non-empty lines with `indentation` (the first one only if asked).
    private mutating func append(_ text: UnsafeBufferPointer<UInt8>, indentation: [UInt8], indentsFirstLine: Bool) {
        // Through a buffer pointer: passing the array on would take it as its own, a retain
        // and a release for every line.
        indentation.withUnsafeBufferPointer { indentation in
            append(text, indentation: indentation, indentsFirstLine: indentsFirstLine)
        }
    }

    private mutating func append(
        _ text: UnsafeBufferPointer<UInt8>, indentation: UnsafeBufferPointer<UInt8>, indentsFirstLine: Bool
    ) {
        var lineStart = 0
        var isFirstLine = true
        while true {
            let lineEnd = Self.firstNewline(in: text, from: lineStart) ?? text.count
            if lineStart < lineEnd && (indentsFirstLine || !isFirstLine) {
                output.append(indentation)
            }
            output.append(UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]))
            guard lineEnd < text.count else { return }
            output.append(UInt8(ascii: "\n"))
            lineStart = lineEnd + 1
            isFirstLine = false
        }
    }

    /// Where the first newline at or after `start` is, found with `memchr`, which scans many
    /// bytes at a time: doc comments and included files are long runs between newlines.
    static func firstNewline(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < text.count, let base = text.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), text.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
