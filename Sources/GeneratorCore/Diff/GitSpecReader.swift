import Foundation
import SpecModel

/// Reads a specs folder as a git commit holds it, for `apigen diff git:REF`.
enum GitSpecReader {
    /// The `*.yaml` files directly in `folder` at `ref`, sorted by name, each named
    /// `git:REF:folder/name` in diagnostics and reports. Git runs in `directory`, the current
    /// folder when nil.
    static func specFiles(
        at ref: String, folder: String, in directory: String? = nil
    ) throws(InputReader.Failure) -> [SpecFile] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let listing = try git(["ls-tree", "--name-only", ref, prefix], ref: ref, in: directory)
        let paths = listing.split(separator: "\n").map(String.init).filter { path in
            InputReader.isSpecFile(String(path.dropFirst(prefix.count))) && !path.dropFirst(prefix.count).contains("/")
        }.sorted()
        if paths.isEmpty {
            throw InputReader.Failure(description: "error: the specs folder '\(folder)' has no .yaml files at '\(ref)'")
        }
        return try paths.map { path throws(InputReader.Failure) in
            SpecFile(path: "git:\(ref):\(path)", text: try git(["show", "\(ref):\(path)"], ref: ref, in: directory))
        }
    }

    /// What `git ARGUMENTS` prints.
    private static func git(
        _ arguments: [String], ref: String, in directory: String?
    ) throws(InputReader.Failure) -> String {
        let process = Process()
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw InputReader.Failure(description: "error: cannot run git to read the specs at '\(ref)': \(error)")
        }
        // Read before waiting, so that a large file cannot fill the pipe and block git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw InputReader.Failure(description: "error: cannot read the specs at '\(ref)': \(reason)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
