import Foundation
import Testing

@testable import GeneratorCore

/// Specs and templates are read with plain POSIX calls: the bytes must be the file's, whatever
/// its size, and what cannot be read or decoded must say so.
@Suite struct InputReaderTests {
    @Test(arguments: [0, 1, 4095, 4096, 4097, 100_000])
    func readsEveryByteOfAFile(size: Int) throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let path = folder + "/file.bin"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(readFileBytes(path) == bytes)
    }

    @Test func missingFilesAndFoldersAreNotRead() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(readFileBytes(folder + "/missing.yaml") == nil)
        #expect(readFileBytes(folder) == nil)
    }

    @Test func textIsCheckedToBeUTF8() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = folder + "/good.yaml"
        let bad = folder + "/bad.yaml"
        try Data("api: { name: Café }\n".utf8).write(to: URL(fileURLWithPath: good))
        try Data([0x61, 0x3A, 0x20, 0xC3, 0x28, 0x0A]).write(to: URL(fileURLWithPath: bad))
        #expect(try InputReader.readText(good) == "api: { name: Café }\n")
        let undecodable = #expect(throws: InputReader.Failure.self) { try InputReader.readText(bad) }
        #expect(undecodable?.description == "\(bad):1:1: error: the file is not valid UTF-8")
        let missing = #expect(throws: InputReader.Failure.self) { try InputReader.readText(folder + "/missing.yaml") }
        #expect(missing?.description == "error: cannot read '\(folder)/missing.yaml'")
    }

    @Test func templatesFolderListsTemplatesAtEveryDepthAndTheManifest() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = ["manifest.yaml": "files: []\n", "A.swift.tmpl": "a", "Models/B.swift.tmpl": "b", "notes.txt": "n"]
        for (name, text) in files {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        let set = try InputReader.templates(in: folder + "/")
        #expect(set.files == ["manifest.yaml": "files: []\n", "A.swift.tmpl": "a", "Models/B.swift.tmpl": "b"])
        #expect(set.displayPath == folder)
    }
}
