import Foundation

/// Why a file could not be written: its path and the system's reason.
struct WriteFailure: LocalizedError, CustomStringConvertible, Sendable {
    var path: String
    var reason: String

    var description: String { "cannot write '\(path)': \(reason)" }
    var errorDescription: String? { description }
}

/// Writes `text` as UTF-8 into the file at `path`, creating it, or emptying it first when it
/// exists.
///
/// The file is opened with POSIX `open` rather than written with `Data.write(to:)`, because
/// Foundation syncs every file it writes to disk (`fsync`, with or without `.atomic`), which
/// costs milliseconds a file and would dominate writing thousands of them. apigen needs no sync:
/// every file is written under a temporary name and renamed into place, so no reader sees it
/// half written, and a file lost in a crash is generated again by the next run.
func writeFile(_ text: String, to path: String) throws(WriteFailure) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw WriteFailure(path: path, reason: String(cString: strerror(errno))) }
    let file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
        try file.write(contentsOf: Data(text.utf8))
    } catch {
        throw WriteFailure(path: path, reason: error.localizedDescription)
    }
}
