import Foundation

/// The bytes of the regular file at `path`, read with plain POSIX calls, or nil when it cannot
/// be opened or read. Foundation's `contents(atPath:)` and `String(data:encoding:)` cost more
/// than the reading itself on thousands of small spec files, and a first call of theirs sets up
/// much of Foundation, which a small run waits for.
func readFileBytes(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    // Room for one byte more than the size, so that a file that grew since `fstat` is read whole
    // in one more round rather than cut.
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
    var filled = 0
    while true {
        if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
        let count = bytes.withUnsafeMutableBytes { buffer in
            guard let start = buffer.baseAddress else { return 0 }
            return read(descriptor, start + filled, buffer.count - filled)
        }
        if count < 0 {
            if errno == EINTR { continue }
            return nil
        }
        if count == 0 { break }
        filled += count
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
}
