import Foundation
import GeneratorCore
import Testing

/// Compares generated files with a folder of expected files. On a difference it records a
/// readable unified diff per file. With `APIGEN_RECORD_GOLDENS=1` it rewrites the expected
/// folder instead, and still fails, so a recording run can never pass by itself on CI.
enum GoldenFiles {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["APIGEN_RECORD_GOLDENS"] == "1" }

    static func assertMatches(
        _ files: [GeneratedFile], expectedFolder: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if isRecording {
            try? FileManager.default.removeItem(atPath: expectedFolder)
            for file in files {
                let path = expectedFolder + "/" + file.path
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path))
            }
            Issue.record("Recorded \(files.count) golden files in \(expectedFolder); unset APIGEN_RECORD_GOLDENS and run again.", sourceLocation: sourceLocation)
            return
        }
        let expected = try readFolder(expectedFolder)
        let actual = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        for path in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[path], actual[path]) {
            case (let want?, let got?) where want != got:
                Issue.record(Comment(rawValue: LineDiff.unified(
                    expected: want, actual: got, expectedName: expectedFolder + "/" + path, actualName: path)),
                    sourceLocation: sourceLocation)
            case (nil, _?):
                Issue.record("generated \(path), which \(expectedFolder) does not have", sourceLocation: sourceLocation)
            case (_?, nil):
                Issue.record("\(expectedFolder)/\(path) was not generated", sourceLocation: sourceLocation)
            default:
                break
            }
        }
    }

    /// Every file below the folder, by relative path.
    static func readFolder(_ folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = try String(contentsOfFile: path, encoding: .utf8)
        }
        return files
    }
}
