import Foundation

/// The regular files below a folder, at any depth and hidden ones too, as paths relative to it.
/// Symbolic links are listed as files, not followed into.
enum DirectoryWalk {
    static func files(below folder: String) -> [String] {
        guard let entries = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = entries.nextObject() as? String {
            // The entry's own attributes: a link to a folder is a link, not a folder.
            if entries.fileAttributes?[.type] as? FileAttributeType != .typeDirectory {
                found.append(relative)
            }
        }
        return found
    }
}
