import Foundation
import Testing

@testable import GeneratorCore

/// The writer finds its stale files with this walk: every file at any depth, hidden ones too,
/// without following links into folders.
@Suite struct DirectoryWalkTests {
    @Test func listsEveryFileAtEveryDepthButNoFolders() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            "a.swift", ".hidden.swift", "Models/B.swift", "Models/Deep/C.swift", "Models/Deep/notes.txt",
            "Empty Name/ d.swift",
        ]
        for file in files {
            let path = folder + "/" + file
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.utf8).write(to: URL(fileURLWithPath: path))
        }
        try FileManager.default.createDirectory(atPath: folder + "/Only/Folders", withIntermediateDirectories: true)
        #expect(DirectoryWalk.files(below: folder).sorted() == files.sorted())
    }

    @Test func linksAreListedNotFollowed() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        let outside = try RepositoryPaths.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: outside)
        }
        try Data("x".utf8).write(to: URL(fileURLWithPath: outside + "/Outside.swift"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/Linked", withDestinationPath: outside)
        try Data("y".utf8).write(to: URL(fileURLWithPath: folder + "/Inside.swift"))
        #expect(DirectoryWalk.files(below: folder).sorted() == ["Inside.swift", "Linked"])
    }

    @Test func missingFolderHasNoFiles() {
        #expect(DirectoryWalk.files(below: "/nonexistent-apigen-folder-\(UUID().uuidString)").isEmpty)
    }
}
