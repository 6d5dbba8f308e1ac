import Foundation

/// Finds the apigen package root: the folder with `Package.swift`, `Specs/` and `Templates/`.
enum PackageRoot {
    static func locate(explicit: String?) throws(BenchmarkFailure) -> String {
        if let explicit {
            let path = URL(fileURLWithPath: explicit).standardizedFileURL.path
            guard isRoot(path) else {
                throw BenchmarkFailure("error: '\(explicit)' is not the apigen package root: it needs Package.swift, Specs/ and Templates/")
            }
            return path
        }
        let start = FileManager.default.currentDirectoryPath
        // Walk upwards, so the benchmark runs from the root or any folder below it.
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            if isRoot(folder.path) { return folder.path }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw BenchmarkFailure(
            "error: cannot find the apigen package root (a folder with Package.swift, Specs/ and Templates/) from '\(start)' upwards; pass --root DIR")
    }

    static func isRoot(_ path: String) -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path + "/Package.swift") else { return false }
        for folder in ["Specs", "Templates"] {
            guard manager.fileExists(atPath: path + "/" + folder, isDirectory: &isDirectory), isDirectory.boolValue
            else { return false }
        }
        return true
    }
}
