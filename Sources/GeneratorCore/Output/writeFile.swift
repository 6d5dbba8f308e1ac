import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a new file's bytes with plain POSIX calls. `Data.write(to:)` syncs every file to disk,
/// which costs about 2 ms a file and dominated writing large outputs; apigen renames each
/// finished file into place, so no process ever sees a half-written one either way.
func writeFile(_ bytes: some Collection<UInt8>, to path: String) throws(POSIXFailure) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw POSIXFailure(operation: "open", path: path, code: errno) }
    defer { close(descriptor) }
    try write(bytes, to: descriptor, path: path).get()
}

/// Writes a file at `path` only if there is none (`O_EXCL`): true when it did, false when
/// something is there already. A file only partly written is removed before the error is thrown.
///
/// A file that did not exist needs no temporary file renamed into place: no reader could see
/// an old version half replaced, and renaming thousands of new files took about 3% of a run
/// into a new folder, on top of writing them.
func createFile(_ bytes: some Collection<UInt8>, at path: String) throws(POSIXFailure) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else {
        if errno == EEXIST { return false }
        throw POSIXFailure(operation: "open", path: path, code: errno)
    }
    let written = write(bytes, to: descriptor, path: path)
    close(descriptor)
    if case .failure(let failure) = written {
        unlink(path)
        throw failure
    }
    return true
}

private func write(_ bytes: some Collection<UInt8>, to descriptor: Int32, path: String) -> Result<Void, POSIXFailure> {
    // A string's UTF-8 view is usually contiguous already: write from it without a copy.
    bytes.withContiguousStorageIfAvailable { buffer in
        writeAll(UnsafeRawBufferPointer(buffer), to: descriptor, path: path)
    } ?? Array(bytes).withUnsafeBytes { buffer in writeAll(buffer, to: descriptor, path: path) }
}

/// Writes every byte, retrying writes that were interrupted or only partly done.
private func writeAll(_ data: UnsafeRawBufferPointer, to descriptor: Int32, path: String) -> Result<Void, POSIXFailure> {
    var written = 0
    while written < data.count {
        let result = write(descriptor, data.baseAddress.map { $0 + written }, data.count - written)
        if result < 0 {
            if errno == EINTR { continue }
            return .failure(POSIXFailure(operation: "write", path: path, code: errno))
        }
        written += result
    }
    return .success(())
}

struct POSIXFailure: Error, CustomStringConvertible, Sendable {
    var operation: String
    var path: String
    var code: Int32

    var description: String { "cannot \(operation) '\(path)': \(String(cString: strerror(code)))" }
}

/// Whether the file at `path` holds exactly the UTF-8 of `text`. The size is checked first, so
/// a file of another length is not read; a missing file holds nothing. Plain POSIX calls: a
/// regeneration checks every file it produces, and Foundation's `contents(atPath:)` cost more
/// than the reading.
func fileHolds(_ text: String, at path: String) -> Bool {
    guard let file = openRegularFile(path) else { return false }
    defer { close(file.descriptor) }
    var text = text
    return text.withUTF8 { expected in
        guard file.size == expected.count else { return false }
        guard let expectedStart = expected.baseAddress else { return true }
        // Read into a buffer one byte longer than expected, so that a file that grew since
        // `fstat` is not taken for equal.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: expected.count + 1, alignment: 1)
        defer { buffer.deallocate() }
        guard let filled = readFully(file.descriptor, into: buffer), let bufferStart = buffer.baseAddress else { return false }
        return filled == expected.count && memcmp(bufferStart, expectedStart, expected.count) == 0
    }
}
