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

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "apigen-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
