import ConcurrentMap
import Foundation

/// Writes generated files into the output folder as one step that either happens or not.
///
/// - A file whose content is unchanged is not touched, so its modification time stays and
///   builds stay incremental.
/// - A file that does not exist yet is created in its place; new content for a file that exists
///   is first written to a temporary file beside it, and all of those are renamed into place
///   once every file is written. A failure before the renames removes what was written, which
///   leaves the folder as it was.
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
        let produced = Set(files.map(\.path))
        // Reading back every file is most of a no-change run: spread it over the cores.
        let folder = self
        let unchanged = files.concurrentMap { file in fileHolds(file.contents, at: folder.path(file.path)) }
        for (file, isUnchanged) in zip(files, unchanged) {
            if isUnchanged {
                plan.unchanged.append(file.path)
            } else {
                plan.writes.append(file.path)
            }
        }
        plan.removals = ownedFiles(except: produced)
        return plan
    }

    @discardableResult
    public func write(_ files: [GeneratedFile]) throws(Failure) -> Plan {
        let plan = plan(files)
        // Nothing to write is the common regeneration; it needs no index of the contents.
        if plan.writes.isEmpty && plan.removals.isEmpty { return plan }
        let contents = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        // Paths are cut at their last `/` by bytes: bridging thousands of them to `NSString` for
        // `deletingLastPathComponent` took longer than writing the files.
        let targets = plan.writes.map { relative in
            (target: path(relative), folder: path(Self.parent(of: relative)), contents: contents[relative] ?? "")
        }
        do {
            // Each folder once, before the files go in on every core.
            for directory in Set(targets.map(\.folder)).sorted() {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
        } catch {
            throw Failure(description: "error: cannot write into '\(folder)': \(error)")
        }
        // One random name for the run, numbered per file, rather than a UUID per file.
        let run = UUID().uuidString
        // A new file is created in its place; one that exists is written beside it and renamed
        // over it once every file is written, so that it is never seen half replaced.
        let written = Array(targets.indices).concurrentMap { index -> Result<WrittenFile, POSIXFailure> in
            let file = targets[index]
            return Result { () throws(POSIXFailure) in
                if try createFile(file.contents.utf8, at: file.target) { return .created(file.target) }
                let temporary = file.folder + "/.apigen-" + run + "-" + String(index) + ".tmp"
                try writeFile(file.contents.utf8, to: temporary)
                return .staged(temporary: temporary, target: file.target)
            }
        }
        if let failure = written.lazy.compactMap({ $0.failure }).first {
            // Nothing stays: neither the new files nor the replacements.
            for case .success(let file) in written { unlink(file.writtenPath) }
            throw Failure(description: "error: cannot write into '\(folder)': \(failure)")
        }
        // Every file is written; the renames, each independent of the others, go on every core.
        // A temporary whose rename fails is removed, and the first failure in order is reported.
        let renamed = written.concurrentMap(minimumCount: 64) { result -> String? in
            guard case .success(.staged(let temporary, let target)) = result else { return nil }
            let file = (temporary: temporary, target: target)
            guard rename(file.temporary, file.target) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(file.temporary)
                return "error: cannot replace '\(file.target)': \(reason)"
            }
            return nil
        }
        if let failure = renamed.lazy.compactMap({ $0 }).first {
            throw Failure(description: failure)
        }
        for relative in plan.removals {
            try? FileManager.default.removeItem(atPath: path(relative))
            removeEmptyParents(of: relative)
        }
        return plan
    }

    /// A file written for the run: created where it belongs, or staged beside a file it replaces.
    enum WrittenFile: Sendable {
        case created(String)
        case staged(temporary: String, target: String)

        /// What was written, for removing it when the run fails.
        var writtenPath: String {
            switch self {
            case .created(let path): path
            case .staged(let temporary, _): temporary
            }
        }
    }

    func path(_ relative: String) -> String { relative.isEmpty ? folder : Concatenation.joined(folder, "/", relative) }

    /// The folder part of a relative path: everything before its last `/`, or nothing.
    static func parent(of relative: String) -> String {
        guard let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(relative[..<slash])
    }

    /// Files below the folder that start with apigen's marker, other than `produced`, relative to
    /// the folder, sorted. Only the others are opened: in a regeneration, nearly every file is
    /// one apigen produces again, and opening each just to read its marker would cost as much as
    /// the rest of the check.
    func ownedFiles(except produced: Set<String>) -> [String] {
        // The suffix is compared as bytes: `hasSuffix` compares characters, which took longer
        // than listing the folder.
        let candidates = DirectoryWalk.files(below: folder).filter {
            $0.utf8.suffix(6).elementsEqual(".swift".utf8) && !produced.contains($0)
        }
        let folder = self
        return candidates.concurrentMap { relative in folder.startsWithMarker(relative) ? relative : nil }
            .compactMap { $0 }.sorted()
    }

    /// Whether the file starts with apigen's marker.
    func startsWithMarker(_ relative: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path(relative)) else { return false }
        let head = (try? handle.read(upToCount: GeneratedFileMarker.prefix.utf8.count)) ?? nil
        try? handle.close()
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

extension Result {
    /// The error, if this is one.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
