// libFuzzer entry point for the YAML-lite parser. Not part of the package build: compiled by
// `run-fuzzer.sh` together with `Sources/YAMLLite/*.swift` into one module, so it calls the
// parser directly and needs no `import YAMLLite`.
//
// For every input, whatever the bytes: parsing must not crash or hang, errors must come in
// source order and point at a line that exists, at a column on it or just past its end, and a
// tree (partial or not) must render as JSON. A broken rule traps, which libFuzzer reports as a
// crash and saves the input.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLLite(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Invalid UTF-8 becomes U+FFFD, as when apigen reads a file it cannot decode strictly.
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let document = YAMLLite.parse(text)
    let lengths = lineLengths(text)
    var previous: SourceLocation?
    for error in document.errors {
        let location = error.location
        guard location.line >= 1, location.column >= 1 else {
            fatalError("error before line 1, column 1: \(error)")
        }
        guard location.line <= max(lengths.count, 1) else {
            fatalError("error past the last line (\(lengths.count)): \(error)")
        }
        let length = lengths.isEmpty ? 0 : lengths[location.line - 1]
        guard location.column <= length + 1 else {
            fatalError("error past the end of line \(location.line) (\(length) characters): \(error)")
        }
        if let previous, location < previous {
            fatalError("errors out of source order: \(previous) before \(error)")
        }
        previous = location
    }
    if let root = document.root {
        _ = root.jsonString()
        _ = root.jsonString(pretty: false)
    }
    return 0
}

/// Each line's length in Unicode scalars: lines end at LF, CRLF or a lone CR, and a leading
/// byte order mark is not part of the first line, as in the parser.
private func lineLengths(_ text: String) -> [Int] {
    var lengths: [Int] = []
    var length = 0
    var previousWasCR = false
    var isFirst = true
    for scalar in text.unicodeScalars {
        defer { isFirst = false }
        if isFirst, scalar == "\u{FEFF}" { continue }
        switch scalar {
        case "\n":
            if !previousWasCR { lengths.append(length) }
            length = 0
            previousWasCR = false
        case "\r":
            lengths.append(length)
            length = 0
            previousWasCR = true
        default:
            length += 1
            previousWasCR = false
        }
    }
    if length > 0 || lengths.isEmpty { lengths.append(length) }
    return lengths
}
