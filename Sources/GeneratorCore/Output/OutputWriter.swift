import ConcurrentMap
import Foundation

/// Writes generated files into the output folder as one step that either happens or not.
///
/// - A file whose content is unchanged is not touched, so its modification time stays and
///   builds stay incremental.
/// - Every new or changed file is first written to a temporary file beside its target, and all of
///   them are renamed into place once every file is written. A failure before the renames removes
///   the temporary files, which leaves the folder as it was.
/// - A file that carries apigen's marker but is no longer produced is removed; files without
///   the marker are never touched.
public struct OutputWriter: Sendable {
    public struct Plan: Sendable, Hashable {
        /// New or changed files, relative to the output folder.
        public var writes: [String]
        /// apigen's own files that the specs no longer produce.
        public var removals: [String]
        public var unchanged: [String]

        public var isEmpty: Bool { writes.isEmpty && removals.isEmpty }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let folder: String

    public init(folder: String) {
        self.folder = InputReader.trimmedFolder(folder)
    }

    /// What writing `files` would change, without changing anything: `apigen check` uses this.
    public func plan(_ files: [GeneratedFile]) -> Plan {
        var plan = Plan(writes: [], removals: [], unchanged: [])
        // Reading back every file is most of a run that changes nothing: spread it over the cores.
        let writer = self
        let unchanged = files.concurrentMap { file in fileHolds(file.contents, at: writer.path(file.path)) }
        for (file, isUnchanged) in zip(files, unchanged) {
            if isUnchanged {
                plan.unchanged.append(file.path)
            } else {
                plan.writes.append(file.path)
            }
        }
        plan.removals = ownedFiles(except: Set(files.map(\.path)))
        return plan
    }

    @discardableResult
    public func write(_ files: [GeneratedFile]) throws(Failure) -> Plan {
        let plan = plan(files)
        let contents = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let staged = try stage(plan.writes.map { (path: $0, contents: contents[$0] ?? "") })
        try moveIntoPlace(staged)
        for relative in plan.removals {
            try? FileManager.default.removeItem(atPath: path(relative))
            removeEmptyParents(of: relative)
        }
        return plan
    }

    /// A file written under a temporary name beside the file it becomes.
    struct StagedFile {
        var temporary: String
        var target: String
    }

    /// Writes each file to a temporary file beside its target, creating folders as needed. When
    /// one cannot be written, the temporary files written so far are removed.
    func stage(_ writes: [(path: String, contents: String)]) throws(Failure) -> [StagedFile] {
        // One random tag for the run, so that the temporary files cannot be taken for anyone else's.
        let run = UUID().uuidString.prefix(8)
        var staged: [StagedFile] = []
        do {
            for write in writes {
                let target = path(write.path) as NSString
                let directory = target.deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                // Named after the target, and longer, so that a name the file system refuses fails
                // here, before any file is replaced.
                let name = "." + target.lastPathComponent + ".apigen-" + run + ".tmp"
                let file = StagedFile(temporary: directory + "/" + name, target: target as String)
                staged.append(file)
                try writeFile(write.contents, to: file.temporary)
            }
        } catch {
            for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
            throw Failure(description: "error: cannot write into '\(folder)': \(error.localizedDescription)")
        }
        return staged
    }

    /// Renames every staged file over its target. When a rename fails, the temporary files not
    /// yet renamed are removed and the failure is reported.
    func moveIntoPlace(_ staged: [StagedFile]) throws(Failure) {
        for (index, file) in staged.enumerated() {
            // POSIX `rename` replaces the target in one step; FileManager's `moveItem` refuses a
            // target that exists, and removing it first would leave a moment with no file.
            guard rename(file.temporary, file.target) == 0 else {
                let reason = String(cString: strerror(errno))
                for file in staged[index...] { try? FileManager.default.removeItem(atPath: file.temporary) }
                throw Failure(description: "error: cannot replace '\(file.target)': \(reason)")
            }
        }
    }

    func path(_ relative: String) -> String { relative.isEmpty ? folder : folder + "/" + relative }

    /// Files below the folder that start with apigen's marker, other than `produced`, relative to
    /// the folder, sorted.
    func ownedFiles(except produced: Set<String>) -> [String] {
        DirectoryWalk.files(below: folder)
            .filter { $0.hasSuffix(".swift") && !produced.contains($0) && startsWithMarker($0) }
            .sorted()
    }

    /// Whether the file starts with apigen's marker.
    func startsWithMarker(_ relative: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path(relative)) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: GeneratedFileMarker.prefix.utf8.count)) ?? nil
        return head.map { String(decoding: $0, as: UTF8.self) == GeneratedFileMarker.prefix } ?? false
    }

    func removeEmptyParents(of relative: String) {
        var components = relative.split(separator: "/").dropLast()
        while !components.isEmpty {
            let directory = path(components.joined(separator: "/"))
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory), entries.isEmpty else { return }
            try? FileManager.default.removeItem(atPath: directory)
            components = components.dropLast()
        }
    }
}
