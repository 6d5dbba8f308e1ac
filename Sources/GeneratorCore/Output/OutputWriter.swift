import Foundation

/// Writes generated files into the output folder as one step that either happens or not.
///
/// - A file whose content is unchanged is not touched, so its modification time stays and
///   builds stay incremental.
/// - Every new content is first written to a temporary file beside its target, then all are
///   renamed into place; a failure before the renames leaves the folder as it was.
/// - A file that carries apigen's marker but is no longer produced is removed; files without
///   the marker are never touched.
public struct OutputWriter {
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
        for file in files {
            let existing = FileManager.default.contents(atPath: path(file.path))
            if existing == Data(file.contents.utf8) {
                plan.unchanged.append(file.path)
            } else {
                plan.writes.append(file.path)
            }
        }
        plan.removals = ownedFiles().filter { !produced.contains($0) }
        return plan
    }

    @discardableResult
    public func write(_ files: [GeneratedFile]) throws(Failure) -> Plan {
        let plan = plan(files)
        let contents = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        var staged: [(temporary: String, target: String)] = []
        do {
            for relative in plan.writes {
                let target = path(relative)
                let directory = (target as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                let temporary = directory + "/.apigen-" + UUID().uuidString + ".tmp"
                try writeFile((contents[relative] ?? "").utf8, to: temporary)
                staged.append((temporary, target))
            }
        } catch {
            for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
            throw Failure(description: "error: cannot write into '\(folder)': \(error)")
        }
        for file in staged {
            if rename(file.temporary, file.target) != 0 {
                throw Failure(description: "error: cannot replace '\(file.target)': \(String(cString: strerror(errno)))")
            }
        }
        for relative in plan.removals {
            try? FileManager.default.removeItem(atPath: path(relative))
            removeEmptyParents(of: relative)
        }
        return plan
    }

    func path(_ relative: String) -> String { folder + "/" + relative }

    /// Files below the folder that start with apigen's marker, relative to the folder, sorted.
    func ownedFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var owned: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift"), let handle = FileHandle(forReadingAtPath: path(relative)) else { continue }
            let head = (try? handle.read(upToCount: GeneratedFileMarker.prefix.utf8.count)) ?? nil
            try? handle.close()
            if let head, String(decoding: head, as: UTF8.self) == GeneratedFileMarker.prefix { owned.append(relative) }
        }
        return owned.sorted()
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
