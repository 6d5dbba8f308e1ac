import Foundation
import GeneratorCore
import Testing

/// `Generated/` is exactly what the committed specs and templates produce.
@Suite struct GeneratedFolderTests {
    /// The generated code, and the snapshot of the specs `apigen generate` keeps beside it.
    @Test func generatedFolderIsFresh() throws {
        let files = try Generation.run(specs: RepositoryPaths.specs, templates: RepositoryPaths.templates)
        let snapshot = APISnapshot.filesInOutputFolder(of: try InputReader.specFiles(in: RepositoryPaths.specs))
        try GoldenFiles.assertMatches(files + snapshot, expectedFolder: RepositoryPaths.generated)
    }

    @Test func generationIsDeterministic() throws {
        let first = try Generation.run(specs: RepositoryPaths.specs, templates: RepositoryPaths.templates)
        let second = try Generation.run(specs: RepositoryPaths.specs, templates: RepositoryPaths.templates)
        #expect(first == second)
    }

    /// The spec files merge the same way whatever order they are given in.
    @Test func fileOrderDoesNotMatter() throws {
        let specs = try InputReader.specFiles(in: RepositoryPaths.specs)
        let templates = try InputReader.templates(in: RepositoryPaths.templates)
        let forward = try GeneratorPipeline.run(specs: specs, templates: templates).get()
        let shuffled = try GeneratorPipeline.run(specs: specs.sorted { $0.path > $1.path }, templates: templates).get()
        #expect(forward.map(\.path) == shuffled.map(\.path))
        for (one, other) in zip(forward, shuffled) where one.contents != other.contents {
            Issue.record("\(one.path) depends on the order of the spec files")
        }
    }

    @Test func outputHasNoTrailingSpacesOrDoubleBlankLines() throws {
        let files = try Generation.run(specs: RepositoryPaths.specs, templates: RepositoryPaths.templates)
        for file in files {
            let lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                #expect(line.last != " " && line.last != "\t", "\(file.path):\(index + 1) has trailing whitespace")
                if index > 0, line.isEmpty, lines[index - 1].isEmpty, index < lines.count - 1 {
                    Issue.record("\(file.path):\(index + 1) is a second blank line in a row")
                }
            }
            #expect(file.contents.hasSuffix("\n") && !file.contents.hasSuffix("\n\n"), "\(file.path) must end with one newline")
            #expect(GeneratedFileMarker.isGenerated(file.contents), "\(file.path) lacks the generated-file marker")
        }
    }
}

enum Generation {
    static func run(specs: String, templates: String) throws -> [GeneratedFile] {
        let specFiles = try InputReader.specFiles(in: specs)
        let templateSet = try InputReader.templates(in: templates)
        return try GeneratorPipeline.run(specs: specFiles, templates: templateSet).get()
    }
}
