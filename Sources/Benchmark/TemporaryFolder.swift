import Foundation

/// A new, empty folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder: Sendable {
    let path: String

    init(_ prefix: String) throws(BenchmarkFailure) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw BenchmarkFailure("error: cannot create a temporary folder at '\(url.path)': \(error.localizedDescription)")
        }
        path = url.path
    }

    func remove() {
        // A leftover folder in /tmp is not worth failing a benchmark over.
        try? FileManager.default.removeItem(atPath: path)
    }
}
