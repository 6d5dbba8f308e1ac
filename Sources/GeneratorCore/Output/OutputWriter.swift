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
    /// The files' paths are distinct, as the pipeline makes them.
    public func plan(_ files: [GeneratedFile]) -> Plan {
        changes(files).plan
    }

    @discardableResult
    public func write(_ files: [GeneratedFile]) throws(Failure) -> Plan {
        let (plan, writes) = changes(files)
        try moveIntoPlace(try stage(writes))
        for relative in plan.removals {
            try? FileManager.default.removeItem(atPath: path(relative))
            removeEmptyParents(of: relative)
        }
        return plan
    }

    /// The plan for `files`, and the files in it to write.
    func changes(_ files: [GeneratedFile]) -> (plan: Plan, writes: [GeneratedFile]) {
        // A file in a folder that does not exist yet is new, so into a new output folder nothing
        // is read back.
        let folders = Set(files.map { Self.parent(of: $0.path) })
        let existingFolders = folders.filter { isExistingFolder(path($0)) }
        // Reading back every file is most of a run that changes nothing: spread it over the cores.
        let writer = self
        let unchanged = files.concurrentMap { file in
            existingFolders.contains(Self.parent(of: file.path)) && fileHolds(file.contents, at: writer.path(file.path))
        }
        var plan = Plan(writes: [], removals: [], unchanged: [])
        var writes: [GeneratedFile] = []
        for (file, isUnchanged) in zip(files, unchanged) {
            if isUnchanged {
                plan.unchanged.append(file.path)
            } else {
                plan.writes.append(file.path)
                writes.append(file)
            }
        }
        plan.removals = ownedFiles(except: Set(files.map(\.path)))
        return (plan, writes)
    }

    /// A file written under a temporary name beside the file it becomes.
    struct StagedFile {
        var temporary: String
        var target: String
    }

    /// Writes each file to a temporary file beside its target, creating folders as needed. When
    /// one cannot be written, the temporary files written are removed.
    func stage(_ writes: [GeneratedFile]) throws(Failure) -> [StagedFile] {
        do {
            // Each folder once, before the files go in.
            for folder in Set(writes.map { Self.parent(of: $0.path) }).sorted() {
                try FileManager.default.createDirectory(atPath: path(folder), withIntermediateDirectories: true)
            }
        } catch {
            throw Failure(description: "error: cannot write into '\(folder)': \(error.localizedDescription)")
        }
        // One random tag for the run, so that the temporary files cannot be taken for anyone else's.
        let run = UUID().uuidString.prefix(8)
        let writer = self
        // The files are independent of each other, and writing one is mostly the system's work:
        // they are written on every core.
        let staged = writes.concurrentMap { write -> Result<StagedFile, WriteFailure> in
            let file = writer.staged(write.path, run: run)
            return Result { () throws(WriteFailure) in
                try writeFile(write.contents, to: file.temporary)
                return file
            }
        }
        let failures = staged.compactMap { result -> WriteFailure? in
            guard case .failure(let failure) = result else { return nil }
            return failure
        }
        if let failure = failures.first {
            for case .success(let file) in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
            throw Failure(description: "error: cannot write into '\(folder)': \(failure.description)")
        }
        return staged.compactMap { try? $0.get() }
    }

    /// The temporary file for the file at `relative`: beside it, named after it, and longer, so
    /// that a name the file system refuses fails when written, before any file is replaced.
    func staged(_ relative: String, run: Substring) -> StagedFile {
        let parent = Self.parent(of: relative)
        let name = parent.isEmpty ? relative : String(relative.dropFirst(parent.count + 1))
        return StagedFile(temporary: path(parent) + "/." + name + ".apigen-" + run + ".tmp", target: path(relative))
    }

    /// Renames every staged file over its target. A temporary file whose rename fails is removed,
    /// and the first failure is reported.
    func moveIntoPlace(_ staged: [StagedFile]) throws(Failure) {
        // Each rename is independent of the others: on every core, like the writes.
        let failures = staged.concurrentMap { file -> String? in
            // POSIX `rename` replaces the target in one step; FileManager's `moveItem` refuses a
            // target that exists, and removing it first would leave a moment with no file.
            guard rename(file.temporary, file.target) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: file.temporary)
                return "error: cannot replace '\(file.target)': \(reason)"
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw Failure(description: failure)
        }
    }

    /// The folder part of a relative path: everything before its last `/`, or nothing. The `/`
    /// is found in the path's UTF-8, where it is never part of another character, rather than
    /// by walking back over characters: every file's path is cut several times.
    static func parent(of relative: String) -> String {
        guard let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(relative[..<slash])
    }

    /// Whether `path` is a folder, or a link to one.
    func isExistingFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func path(_ relative: String) -> String { relative.isEmpty ? folder : folder + "/" + relative }

    /// Files below the folder that start with apigen's marker, other than `produced`, relative to
    /// the folder, sorted.
    func ownedFiles(except produced: Set<String>) -> [String] {
        DirectoryWalk.files(below: folder) { path in
            !produced.contains(path) && (path.hasSuffix(".swift") || InputReader.isSpecFile(path))
        }
            .filter(startsWithMarker)
            .sorted()
    }

    /// Whether the file starts with apigen's marker.
    func startsWithMarker(_ relative: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path(relative)) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: GeneratedFileMarker.prefix.utf8.count)) ?? nil
        return head.map { GeneratedFileMarker.isGenerated(String(decoding: $0, as: UTF8.self)) } ?? false
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
