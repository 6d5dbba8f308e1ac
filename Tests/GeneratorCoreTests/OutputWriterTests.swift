import Foundation
import GeneratorCore
import Testing

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
}
