import Foundation
import GeneratorCore
import Testing

/// Each folder under `Fixtures/` holds `Specs/` and the `Expected/` output of the built-in
/// templates. Set `APIGEN_RECORD_GOLDENS=1` to rewrite the expected output after a deliberate change.
@Suite struct GoldenFixtureTests {
    static let fixtures: [String] = {
        (try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.fixtures))?.filter {
            FileManager.default.fileExists(atPath: RepositoryPaths.fixtures + "/" + $0 + "/Specs")
        }.sorted() ?? []
    }()

    @Test func fixturesExist() {
        #expect(Self.fixtures.count >= 2)
    }

    @Test(arguments: fixtures)
    func fixtureMatchesGoldens(name: String) throws {
        let folder = RepositoryPaths.fixtures + "/" + name
        let files = try Generation.run(specs: folder + "/Specs", templates: RepositoryPaths.templates)
        try GoldenFiles.assertMatches(files, expectedFolder: folder + "/Expected")
    }

    /// The expected output compiles, with warnings as errors, on Foundation alone.
    @Test(arguments: fixtures)
    func fixtureOutputCompiles(name: String) async throws {
        let folder = RepositoryPaths.fixtures + "/" + name + "/Expected"
        let sources = try GoldenFiles.readFolder(folder).keys.filter { $0.hasSuffix(".swift") }.sorted().map { folder + "/" + $0 }
        try #require(!sources.isEmpty)
        let result = try await SwiftCompiler.typecheck(sources, moduleName: "Fixture" + SwiftNamingForTests.upper(name))
        #expect(result.status == 0, "swiftc failed:\n\(result.output)")
        #expect(!result.output.contains("warning:"), "swiftc warned:\n\(result.output)")
    }
}

enum SwiftNamingForTests {
    static func upper(_ name: String) -> String {
        name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

/// Runs `swiftc` on generated sources.
enum SwiftCompiler {
    /// `swiftc -typecheck` in Swift 6 mode, with warnings as errors.
    static func typecheck(_ sources: [String], moduleName: String) async throws -> ExternalCommand.Result {
        try await ExternalCommand.run(
            ["swiftc", "-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", moduleName]
                + RepositoryPaths.runtimeImportArguments + sources)
    }
}
