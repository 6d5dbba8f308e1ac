import Foundation

/// Writes every generated file, concatenated, into one Swift file: `apigen generate --single-file`.
///
/// A SwiftPM build tool plugin must name its output files before apigen runs, but the set of
/// files apigen generates depends on the specs (one per model and operation group). One
/// file whose name is known in advance makes the plugin's output list fixed.
///
/// - The parts come in path order, so the file is the same on every run and every file system.
/// - Each part keeps its own header and imports. Swift accepts `import` declarations, and
///   `#if canImport(...)` blocks around them, anywhere at file scope, and a repeated import is
///   not a warning, so the parts need no rewriting (a test type-checks the result with warnings
///   as errors).
/// - The file is written like `OutputWriter` writes a folder: not at all when its content is
///   unchanged, so builds stay incremental, and otherwise through a temporary file renamed into
///   place, so a reader never sees half a file.
public enum SingleFileOutput {
    /// Whether `write` replaced the file or found it already up to date.
    public enum Result: Sendable, Equatable {
        /// The file was new or its content changed, and it was replaced.
        case written
        /// The file already held exactly this content and was not touched.
        case unchanged
    }

    /// The combined file: a header of its own, then each part after a `// MARK: -` line naming
    /// the path it would have had in the output folder.
    ///
    /// - Parameter files: The generated files, in any order.
    /// - Returns: The text of the single file, ending with one newline.
    public static func contents(of files: [GeneratedFile]) -> String {
        let parts = files.sorted { $0.path < $1.path }
        // The combined file's first line is apigen's marker whatever the templates' headers say,
        // so `write` can tell later that the file is apigen's own to replace.
        var text = GeneratedFileMarker.prefix + ": \(parts.count) generated file\(parts.count == 1 ? "" : "s") in one. "
        text += "Do not edit: change the specs or the\n// templates, and apigen writes it again.\n"
        for part in parts {
            text += "\n// MARK: - \(part.path)\n\n"
            text += part.contents
            if !part.contents.hasSuffix("\n") { text += "\n" }
        }
        return text
    }

    /// Writes the combined file at `path`, creating its folder when needed.
    ///
    /// A file already at `path` is replaced only when it is apigen's own (it starts with
    /// ``GeneratedFileMarker/prefix``) or empty: a mistyped path must not destroy hand-written code.
    ///
    /// - Parameters:
    ///   - files: The generated files, in any order.
    ///   - path: The Swift file to write.
    /// - Returns: Whether the file was written or already up to date.
    /// - Throws: ``OutputWriter/Failure`` when a file apigen did not write is in the way, or the
    ///   file cannot be written; the file is then as it was.
    @discardableResult
    public static func write(_ files: [GeneratedFile], to path: String) throws(OutputWriter.Failure) -> Result {
        let text = contents(of: files)
        let manager = FileManager.default
        if let existing = manager.contents(atPath: path) {
            if existing == Data(text.utf8) { return .unchanged }
            guard existing.isEmpty || GeneratedFileMarker.isGenerated(String(decoding: existing, as: UTF8.self)) else {
                throw OutputWriter.Failure(
                    description: "error: '\(path)' exists and was not written by apigen; not replacing it")
            }
        }
        let directory = (path as NSString).deletingLastPathComponent
        // The temporary file sits beside the target so that the rename stays on one file system.
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".apigen-" + UUID().uuidString + ".tmp"
        do {
            if !directory.isEmpty {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            try writeFile(text, to: temporary)
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw OutputWriter.Failure(description: "error: cannot write '\(path)': \(error.localizedDescription)")
        }
        // POSIX `rename`, as `OutputWriter` renames: it replaces the file in one step.
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: temporary)
            throw OutputWriter.Failure(description: "error: cannot replace '\(path)': \(reason)")
        }
        return .written
    }
}

extension CommandLineInterface {
    /// `generate --single-file PATH`: the generated files, concatenated into one file, and the
    /// specs' snapshot beside it.
    static func writeSingleFile(_ generation: Generation, to path: String) -> Outcome {
        let files = generation.files
        let snapshotFolder = APISnapshot.folder(besideSingleFile: path)
        let apiChanges = APISnapshot.summary(comparing: snapshotFolder, with: generation)
        do {
            let result = try SingleFileOutput.write(files, to: path)
            try OutputWriter(folder: snapshotFolder).write(APISnapshot.files(of: generation.specFiles))
            var report = "Generated \(files.count) files into \(path): \(result == .written ? "written" : "unchanged").\n"
            report += apiChanges.map { $0 + "\n" } ?? ""
            return Outcome(exitCode: 0, standardOutput: report, standardError: "")
        } catch {
            return Outcome(exitCode: 1, standardOutput: "", standardError: error.description + "\n")
        }
    }
}
