import Foundation

/// The regular files below a folder, at any depth and hidden ones too, as paths relative to it.
/// Symbolic links are listed as files, not followed into.
enum DirectoryWalk {
    /// - Parameter wanted: Which paths the caller wants: only those are looked at to tell files
    ///   from folders.
    static func files(below folder: String, where wanted: (String) -> Bool = { _ in true }) -> [String] {
        // `subpathsOfDirectory` lists folders as well as files, and does not follow links into
        // folders. The directory enumerator tells them apart itself, but by reading every entry's
        // full attributes, which took longer than reading back every generated file: here only
        // the paths the caller wants are looked at.
        guard let entries = try? FileManager.default.subpathsOfDirectory(atPath: folder) else { return [] }
        return entries.filter { wanted($0) && !isFolder(folder + "/" + $0) }
    }

    /// Whether the entry at `path` is a folder itself; a link to a folder is a link.
    static func isFolder(_ path: String) -> Bool {
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        return type == .typeDirectory
    }
}
