import Foundation

/// Runs a program to completion and times it on the wall clock, as a build's user waits for it.
enum ProcessRunner {
    struct Outcome {
        var status: Int32
        /// Standard output and standard error together, in the order written.
        var output: String
        var duration: Duration
    }

    static func run(_ executable: String, _ arguments: [String], in folder: String? = nil) throws(BenchmarkFailure) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        // One pipe for both streams, read to its end before waiting: two pipes read one after
        // the other could deadlock once the unread one's buffer fills.
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let start = Stopwatch.clock.now
        do {
            try process.run()
        } catch {
            throw BenchmarkFailure("error: cannot run '\(executable)': \(error.localizedDescription)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let duration = Stopwatch.clock.now - start
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self), duration: duration)
    }

    /// The first executable named `name` on `PATH`.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
