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
    func generatedCodeIsLintClean(folder: String) throws {
        try #require(FileManager.default.fileExists(atPath: Self.configuration), "no .swift-format at the root")
        let path = RepositoryPaths.root + "/" + folder
        try #require(FileManager.default.fileExists(atPath: path), "\(folder) does not exist")
        let result = try SwiftFormat.run(["lint", "--strict", "--configuration", Self.configuration, "-r", path])
        #expect(
            result.status == 0,
            "swift format lint --strict found problems in \(folder) (exit status \(result.status)):\n\(result.output)")
    }
}

/// Runs the toolchain's `swift format`, found through `/usr/bin/env`.
enum SwiftFormat {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Whether `swift format` runs at all: toolchains before Swift 6 do not have it.
    static let isAvailable: Bool = (try? run(["--version"]).status == 0) ?? false

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "format"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
