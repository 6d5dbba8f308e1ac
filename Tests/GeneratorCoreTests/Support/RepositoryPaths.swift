import Foundation

/// Paths in the repository, found from this file's location so tests run from any directory.
enum RepositoryPaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support, GeneratorCoreTests, Tests, root
        return url.path
    }()

    static var specs: String { root + "/Specs" }
    static var templates: String { root + "/Templates" }
    static var generated: String { root + "/Generated" }
    static var fixtures: String { root + "/Tests/GeneratorCoreTests/Fixtures" }

    /// Where the build put the `APIGenRuntime` module that generated code imports: beside the
    /// test executable, in the build folder's `Modules`.
    static let runtimeModules: String = {
        let executable = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        let besideTests = executable.deletingLastPathComponent().path + "/Modules"
        if FileManager.default.fileExists(atPath: besideTests + "/APIGenRuntime.swiftmodule") { return besideTests }
        return root + "/.build/debug/Modules"
    }()

    /// The compiler arguments that let generated code import the runtime.
    static var runtimeImportArguments: [String] { ["-I", runtimeModules] }

    /// The runtime's object files, to link a program that uses generated code.
    static func runtimeObjects() throws -> [String] {
        let folder = URL(fileURLWithPath: runtimeModules).deletingLastPathComponent().path + "/APIGenRuntime.build"
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift.o") }.sorted()
            .map { folder + "/" + $0 }
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "apigen-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
