import Foundation
import GeneratorCore
import Testing

/// When the `apigen` executable restarts itself with glibc's allocator tuned for a large run.
@Suite struct MallocTuningTests {
    static let madvise = "always [madvise] never\n"
    static let large = MallocTuning.minimumSpecBytes

    @Test func largeSpecsRestartWithTheTunablesOnce() throws {
        let variables = try #require(
            MallocTuning.restartVariables(specBytes: Self.large, environment: [:], transparentHugePages: Self.madvise))
        let set = Dictionary(uniqueKeysWithValues: variables.map { ($0.name, $0.value) })
        #expect(set["GLIBC_TUNABLES"] == MallocTuning.tunables)
        #expect(MallocTuning.tunables.contains("glibc.malloc.hugetlb=1"))
        // The restarted process sees what the restart set, and goes on.
        #expect(MallocTuning.restartVariables(specBytes: Self.large, environment: set, transparentHugePages: Self.madvise) == nil)
    }

    @Test func hugePagesAlwaysOnAlsoRestarts() {
        let mode = "[always] madvise never\n"
        #expect(MallocTuning.restartVariables(specBytes: Self.large, environment: [:], transparentHugePages: mode) != nil)
    }

    @Test func smallSpecsRunAsTheyAre() {
        #expect(
            MallocTuning.restartVariables(specBytes: Self.large - 1, environment: [:], transparentHugePages: Self.madvise) == nil)
    }

    @Test func theUsersOwnSettingsWin() {
        let own = ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"]
        #expect(MallocTuning.restartVariables(specBytes: Self.large, environment: own, transparentHugePages: Self.madvise) == nil)
        let off = [MallocTuning.switchVariable: "off"]
        #expect(MallocTuning.restartVariables(specBytes: Self.large, environment: off, transparentHugePages: Self.madvise) == nil)
    }

    /// The restarted process, or one with the user's own settings, measures no spec file and
    /// reads no kernel setting: the environment decides first.
    @Test func theEnvironmentDecidesBeforeTheSpecsAreMeasured() {
        var measured = 0
        var modeRead = 0
        func bytes() -> Int {
            measured += 1
            return Self.large
        }
        func mode() -> String? {
            modeRead += 1
            return Self.madvise
        }
        let restarted = [MallocTuning.switchVariable: "restarted"]
        #expect(MallocTuning.restartVariables(specBytes: bytes(), environment: restarted, transparentHugePages: mode()) == nil)
        #expect(measured == 0 && modeRead == 0)
        #expect(MallocTuning.restartVariables(specBytes: bytes(), environment: [:], transparentHugePages: mode()) != nil)
        #expect(measured == 1 && modeRead == 1)
    }

    @Test(arguments: ["always madvise [never]\n", nil])
    func noHugePagesNoRestart(mode: String?) {
        #expect(MallocTuning.restartVariables(specBytes: Self.large, environment: [:], transparentHugePages: mode) == nil)
    }

    @Test func theSpecsFolderOfGenerateAndCheck() {
        #expect(CommandLineInterface.specsFolder(of: []) == "Specs")
        #expect(CommandLineInterface.specsFolder(of: ["--output", "Out"]) == "Specs")
        #expect(CommandLineInterface.specsFolder(of: ["generate", "--specs", "API", "--output", "Out"]) == "API")
        #expect(CommandLineInterface.specsFolder(of: ["check", "--specs", "API"]) == "API")
        // Commands that read no specs this way, help, and arguments the command refuses.
        #expect(CommandLineInterface.specsFolder(of: ["parse", "a.yaml"]) == nil)
        #expect(CommandLineInterface.specsFolder(of: ["openapi", "--specs", "API"]) == nil)
        #expect(CommandLineInterface.specsFolder(of: ["generate", "--help"]) == nil)
        #expect(CommandLineInterface.specsFolder(of: ["generate", "--bogus", "x"]) == nil)
    }

    @Test func specBytesCountsTheSpecFilesOnly() throws {
        let folder = NSTemporaryDirectory() + "apigen-malloc-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(count: 1000).write(to: URL(fileURLWithPath: folder + "/a.yaml"))
        try Data(count: 234).write(to: URL(fileURLWithPath: folder + "/b.yml"))
        try Data(count: 5000).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        #expect(InputReader.specBytes(in: folder) == 1234)
        #expect(InputReader.specBytes(in: folder, upTo: 1234) == 1234)
        // Stopped at the first file that reaches the limit, whichever is listed first.
        let early = InputReader.specBytes(in: folder, upTo: 1)
        #expect(early >= 1 && early < 1234)
        #expect(InputReader.specBytes(in: folder + "/missing") == 0)
    }
}
