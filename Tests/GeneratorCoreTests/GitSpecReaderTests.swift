import Foundation
import SpecModel
import Testing

@testable import GeneratorCore

/// `apigen diff git:REF` reads the specs folder as a commit holds it.
@Suite struct GitSpecReaderTests {
    /// Runs git in `directory`, failing the test when it fails.
    func git(_ arguments: [String], in directory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
    }

    @Test func readsTheSpecsOfACommit() throws {
        let repository = try RepositoryPaths.temporaryFolder()
        try FileManager.default.createDirectory(atPath: repository + "/Specs/nested", withIntermediateDirectories: true)
        try "api: { name: Old }\n".write(toFile: repository + "/Specs/b.yaml", atomically: true, encoding: .utf8)
        try "models: {}\n".write(toFile: repository + "/Specs/a.yaml", atomically: true, encoding: .utf8)
        try "x: 1\n".write(toFile: repository + "/Specs/nested/c.yaml", atomically: true, encoding: .utf8)
        try "notes\n".write(toFile: repository + "/Specs/README.md", atomically: true, encoding: .utf8)
        try git(["init", "-q"], in: repository)
        try git(["add", "."], in: repository)
        try git(["commit", "-q", "-m", "specs"], in: repository)
        // A later change in the working tree is not what the commit holds.
        try "api: { name: New }\n".write(toFile: repository + "/Specs/b.yaml", atomically: true, encoding: .utf8)

        let files = try GitSpecReader.specFiles(at: "HEAD", folder: "Specs", in: repository)
        #expect(files.map(\.path) == ["git:HEAD:Specs/a.yaml", "git:HEAD:Specs/b.yaml"])
        #expect(files.last?.text == "api: { name: Old }\n")
        #expect(throws: InputReader.Failure.self) { try GitSpecReader.specFiles(at: "missing", folder: "Specs", in: repository) }
        try? FileManager.default.removeItem(atPath: repository)
    }
}
