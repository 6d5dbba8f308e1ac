import Foundation

/// Runs a command found on the PATH (`swiftc`, `swift format`, `python3`) and collects its output
/// and error output together.
///
/// `run` waits on a Dispatch thread, not on one of the concurrency pool's few threads: tests run
/// on that pool, and a compiler run blocking it for seconds would stall every other test,
/// among them the ones that measure timeouts.
enum ExternalCommand {
    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try runBlocking(arguments) })
            }
        }
    }

    /// `run`, blocking the calling thread: for static values computed once.
    static func runBlocking(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting, so that a long output cannot fill the pipe and block the command.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
