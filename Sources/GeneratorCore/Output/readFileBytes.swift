import Foundation

/// The bytes of the regular file at `path`, read with plain POSIX calls, or nil when it cannot
/// be opened or read. Foundation's `contents(atPath:)` and `String(data:encoding:)` cost more
/// than the reading itself on thousands of small spec files, and a first call of theirs sets up
/// much of Foundation, which a small run waits for.
func readFileBytes(_ path: String) -> [UInt8]? {
    guard let file = openRegularFile(path) else { return nil }
    defer { close(file.descriptor) }
    // Room for one byte more than the size, so that a file that grew since `fstat` is read whole
    // in one more round rather than cut.
    var bytes = [UInt8](repeating: 0, count: file.size + 1)
    var filled = 0
    while true {
        let start = filled
        guard let count = bytes.withUnsafeMutableBytes({ readFully(file.descriptor, into: .init(rebasing: $0[start...])) })
        else { return nil }
        filled += count
        // Short of full: the file ended.
        if filled < bytes.count { break }
        bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count)))
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
}

/// The file at `path` opened for reading, with its size, when it is a regular file; the caller
/// closes the descriptor.
func openRegularFile(_ path: String) -> (descriptor: Int32, size: Int)? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
        close(descriptor)
        return nil
    }
    return (descriptor, Int(status.st_size))
}

/// Reads into `buffer` until it is full or the file ends, retrying interrupted reads: how many
/// bytes were read, or nil on an error.
func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
    guard let start = buffer.baseAddress else { return 0 }
    var filled = 0
    while filled < buffer.count {
        let count = read(descriptor, start + filled, buffer.count - filled)
        if count < 0 {
            if errno == EINTR { continue }
            return nil
        }
        if count == 0 { break }
        filled += count
    }
    return filled
}
