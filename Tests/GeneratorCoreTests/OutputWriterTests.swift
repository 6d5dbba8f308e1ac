import Foundation
import Testing

@testable import GeneratorCore

@Suite struct OutputWriterTests {
    let folder: String
    init() throws { folder = try RepositoryPaths.temporaryFolder() }

    func file(_ path: String, _ body: String) -> GeneratedFile {
        GeneratedFile(path: path, contents: GeneratedFileMarker.prefix + "\n" + body)
    }

    func modificationDate(_ relative: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: folder + "/" + relative)[.modificationDate] as? Date
    }

    @Test func writesNewFilesAndReportsThem() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = try OutputWriter(folder: folder).write([file("A/One.swift", "1"), file("Two.swift", "2")])
        #expect(plan.writes == ["A/One.swift", "Two.swift"])
        #expect(try String(contentsOfFile: folder + "/A/One.swift", encoding: .utf8) == GeneratedFileMarker.prefix + "\n1")
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter(folder: folder)
        try writer.write([file("One.swift", "1"), file("Two.swift", "2")])
        let past = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: folder + "/One.swift")
        let plan = try writer.write([file("One.swift", "1"), file("Two.swift", "changed")])
        #expect(plan.writes == ["Two.swift"])
        #expect(plan.unchanged == ["One.swift"])
        #expect(try modificationDate("One.swift") == past)
    }

    @Test func sameLengthChangeIsStillAChange() throws {
        // Contents are compared byte for byte, not by length: one differing character, in ASCII
        // or not, is a change, and a large file is written whole.
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter(folder: folder)
        let large = String(repeating: "let value = 1 // é\n", count: 20_000)
        try writer.write([file("A.swift", "abc"), file("B.swift", "é"), file("Large.swift", large)])
        let plan = try writer.write([file("A.swift", "abd"), file("B.swift", "è"), file("Large.swift", large)])
        #expect(plan.writes == ["A.swift", "B.swift"])
        #expect(plan.unchanged == ["Large.swift"])
        #expect(try String(contentsOfFile: folder + "/B.swift", encoding: .utf8) == GeneratedFileMarker.prefix + "\nè")
        #expect(try String(contentsOfFile: folder + "/Large.swift", encoding: .utf8) == GeneratedFileMarker.prefix + "\n" + large)
    }

    @Test func staleOwnFilesAreRemovedAndOthersKept() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter(folder: folder)
        try writer.write([file("Old/Gone.swift", "x"), file("Kept.swift", "k")])
        try Data("// hand-written\n".utf8).write(to: URL(fileURLWithPath: folder + "/Mine.swift"))
        let plan = try writer.write([file("Kept.swift", "k")])
        #expect(plan.removals == ["Old/Gone.swift"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/Old"))
        #expect(FileManager.default.fileExists(atPath: folder + "/Mine.swift"))
        #expect(writer.plan([file("Kept.swift", "k")]).isEmpty)
    }

    @Test func specErrorsLeaveTheOutputUntouched() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let specs = folder + "/Specs"
        let output = folder + "/Out"
        try FileManager.default.createDirectory(atPath: specs, withIntermediateDirectories: true)
        try Data("api: { name: Good }\nendpoints:\n  ping: { method: GET, path: /ping, responses: { 200: {} } }\n".utf8)
            .write(to: URL(fileURLWithPath: specs + "/api.yaml"))
        let args = ["generate", "--specs", specs, "--templates", RepositoryPaths.templates, "--output", output]
        #expect(CommandLineInterface.run(args).exitCode == 0)
        let before = try GoldenFiles.readFolder(output)
        #expect(!before.isEmpty)
        try Data("api: { name: Good }\nendpoints:\n  ping: { method: GETT, path: /ping, responses: { 200: {} } }\n".utf8)
            .write(to: URL(fileURLWithPath: specs + "/api.yaml"))
        let failed = CommandLineInterface.run(args)
        #expect(failed.exitCode == 1)
        #expect(failed.standardError.contains("api.yaml:3:19: error: unknown method 'GETT'"))
        #expect(try GoldenFiles.readFolder(output) == before)
    }

    /// Every file is staged beside its target under a temporary name; none is left behind.
    @Test func leavesNoTemporaryFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try OutputWriter(folder: folder).write((0..<40).map { file("Deep/Er/F\($0).swift", "\($0)") } + [file("Top.swift", "t")])
        let all = DirectoryWalk.files(below: folder)
        #expect(all.count == 41)
        #expect(!all.contains { $0.contains(".apigen-") })
    }

    /// A target that cannot be replaced (here a folder of that name) is reported, and its staged
    /// temporary is removed rather than left beside it.
    @Test func aFailedReplaceIsReportedAndCleanedUp() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Blocked.swift/inside", withIntermediateDirectories: true)
        #expect(throws: OutputWriter.Failure.self) {
            try OutputWriter(folder: folder).write([file("Blocked.swift", "b"), file("Fine.swift", "f")])
        }
        #expect(!DirectoryWalk.files(below: folder).contains { $0.contains(".apigen-") })
        #expect(FileManager.default.fileExists(atPath: folder + "/Blocked.swift/inside"))
    }

    /// When one file cannot be written (here a name longer than file systems allow), the
    /// temporary files already written are removed: no new file appears, and the files that
    /// were there keep their content.
    @Test func aFailedWriteRemovesTheFilesItCreated() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter(folder: folder)
        try writer.write([file("Kept.swift", "old")])
        let tooLong = String(repeating: "x", count: 300) + ".swift"
        #expect(throws: OutputWriter.Failure.self) {
            try writer.write([file("Kept.swift", "new"), file("New.swift", "n"), file(tooLong, "t"), file("Z.swift", "z")])
        }
        #expect(DirectoryWalk.files(below: folder).sorted() == ["Kept.swift"])
        #expect(fileHolds(file("Kept.swift", "old").contents, at: folder + "/Kept.swift"))
    }

    /// A file that exists is replaced by a new file renamed over it, never written in place.
    @Test func existingFilesAreReplacedAndNewOnesCreated() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = OutputWriter(folder: folder)
        try writer.write([file("A.swift", "1")])
        let before = try FileManager.default.attributesOfItem(atPath: folder + "/A.swift")[.systemFileNumber] as? Int
        let plan = try writer.write([file("A.swift", "2"), file("B/C.swift", "3")])
        #expect(plan.writes.sorted() == ["A.swift", "B/C.swift"])
        let after = try FileManager.default.attributesOfItem(atPath: folder + "/A.swift")[.systemFileNumber] as? Int
        #expect(before != nil && before != after)
        #expect(fileHolds(file("B/C.swift", "3").contents, at: folder + "/B/C.swift"))
        #expect(fileHolds(file("A.swift", "2").contents, at: folder + "/A.swift"))
        #expect(!DirectoryWalk.files(below: folder).contains { $0.contains(".apigen-") })
    }

    @Test func fileHoldsComparesEveryByte() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/f.txt"
        try Data("héllo".utf8).write(to: URL(fileURLWithPath: path))
        #expect(fileHolds("héllo", at: path))
        #expect(!fileHolds("héll", at: path))
        #expect(!fileHolds("héllo!", at: path))
        #expect(!fileHolds("hèllo", at: path))
        #expect(!fileHolds("", at: folder + "/missing.txt"))
        #expect(!fileHolds("", at: folder))
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(fileHolds("", at: path))
    }
}
