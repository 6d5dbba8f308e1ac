import Foundation
import Testing

/// The generated code passes the toolchain's `swift format lint --strict` with the repository's
/// `.swift-format`: the Frontegg client in `Generated/` and every fixture's expected output.
///
/// A problem here comes from a template: fix the template, not the generated file, and generate
/// again (README, "Changing a template").
@Suite struct LintTests {
    static let configuration = RepositoryPaths.root + "/.swift-format"

    /// The folders to lint, relative to the repository's root.
    static let folders: [String] =
        ["Generated"] + GoldenFixtureTests.fixtures.map { "Tests/GeneratorCoreTests/Fixtures/\($0)/Expected" }

    @Test(
        .enabled(if: SwiftFormat.isAvailable, "`swift format` is not available: it comes with Swift 6 toolchains"),
        arguments: folders
    )
    func generatedCodeIsLintClean(folder: String) async throws {
        try #require(FileManager.default.fileExists(atPath: Self.configuration), "no .swift-format at the root")
        let path = RepositoryPaths.root + "/" + folder
        try #require(FileManager.default.fileExists(atPath: path), "\(folder) does not exist")
        let result = try await ExternalCommand.run(
            ["swift", "format", "lint", "--strict", "--configuration", Self.configuration, "-r", path])
        #expect(
            result.status == 0,
            "swift format lint --strict found problems in \(folder) (exit status \(result.status)):\n\(result.output)")
    }
}

/// The toolchain's `swift format`.
enum SwiftFormat {
    /// Whether `swift format` runs at all: toolchains before Swift 6 do not have it.
    static let isAvailable: Bool = (try? ExternalCommand.runBlocking(["swift", "format", "--version"]).status == 0) ?? false
}
