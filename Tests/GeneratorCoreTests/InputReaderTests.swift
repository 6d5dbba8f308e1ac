import Foundation
import Testing

@testable import GeneratorCore

/// Specs and templates are read whole: the bytes must be the file's, whatever its size, and what
/// cannot be read or decoded must say so.
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

    /// The check older Apple systems use must take and refuse the same bytes as
    /// `String(validating:as:)`: valid characters of every length, and stray continuation bytes,
    /// cut-off sequences, overlong forms, surrogates and code points past U+10FFFF.
    @Test func unrepairedDecodingAgreesWithValidating() {
        // The reference itself needs the newer systems; Linux always has it.
        guard #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) else { return }
        let pieces: [[UInt8]] = [
            Array("a: b\n".utf8), Array("é".utf8), Array("日".utf8), Array("😀".utf8), [0x80], [0xBF], [0xC3],
            [0xE6, 0x97], [0xF0, 0x9F, 0x98], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x00],
        ]
        var random = SplitMix64(seed: 0x0DF8)
        for _ in 0..<3000 {
            let bytes = (0..<random.below(6)).flatMap { _ in random.pick(pieces) ?? [] }
            let expected = String(validating: bytes, as: UTF8.self)
            #expect(InputReader.textIfUnrepaired(bytes) == expected, "\(bytes)")
            #expect(InputReader.validText(bytes) == expected, "\(bytes)")
        }
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
