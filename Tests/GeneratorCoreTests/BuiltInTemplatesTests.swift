import Foundation
@testable import GeneratorCore
import Testing

/// apigen carries `Templates/` inside itself, so it works without a templates folder.
@Suite struct BuiltInTemplatesTests {
    static let sourcePath = RepositoryPaths.root + "/Sources/GeneratorCore/BuiltInTemplates/BuiltInTemplates.swift"

    @Test func builtInTemplatesAreTheTemplatesFolder() throws {
        let folder = try InputReader.templates(in: RepositoryPaths.templates)
        let expected = BuiltInTemplatesSource.render(folder.files)
        if GoldenFiles.isRecording {
            try Data(expected.utf8).write(to: URL(fileURLWithPath: Self.sourcePath))
            Issue.record("Recorded \(Self.sourcePath); unset APIGEN_RECORD_GOLDENS, rebuild and run again.")
            return
        }
        let actual = try String(contentsOfFile: Self.sourcePath, encoding: .utf8)
        #expect(actual == expected, "BuiltInTemplates.swift is stale: run APIGEN_RECORD_GOLDENS=1 swift test")
        #expect(TemplateSet.builtIn.files == folder.files, "the built-in templates differ from Templates/")
    }

    @Test func rawLiteralsSurviveDelimitersInTheText() {
        #expect(BuiltInTemplatesSource.delimiterLength(for: "plain") == 1)
        #expect(BuiltInTemplatesSource.delimiterLength(for: "a \"\"\"# b") == 2)
        #expect(BuiltInTemplatesSource.delimiterLength(for: "\\#(x) \\##(y)") == 3)
    }

    @Test func aFolderOverridesOnlyTheTemplatesItHolds() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("// my header\n".utf8).write(to: URL(fileURLWithPath: folder + "/Header.swift.tmpl"))
        let set = try InputReader.templates(overriding: folder)
        #expect(set.files["Header.swift.tmpl"] == "// my header\n")
        #expect(set.files["Client.swift.tmpl"] == TemplateSet.builtIn.files["Client.swift.tmpl"])
        #expect(set.path(of: "Header.swift.tmpl") == folder + "/Header.swift.tmpl")
        #expect(set.path(of: "Client.swift.tmpl") == "<built-in templates>/Client.swift.tmpl")
    }
}
