import Foundation

/// The regular files below a folder, as paths relative to it, found with `opendir`/`readdir`.
///
/// Foundation's directory enumerator builds and rewrites path strings for every entry; on a
/// folder of thousands of generated files it took longer than comparing all their contents.
/// Symbolic links are listed but not followed into, as the enumerator did not either.
enum DirectoryWalk {
    static func files(below folder: String) -> [String] {
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder : Concatenation.joined(folder, "/", relative)
            guard let directory = opendir(path) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withName(of: entry) { String(cString: $0) }
                if name == "." || name == ".." { continue }
                let child = relative.isEmpty ? name : Concatenation.joined(relative, "/", name)
                if isDirectory(entry.pointee.d_type, at: { Concatenation.joined(folder, "/", child) }) {
                    pending.append(child)
                } else {
                    found.append(child)
                }
            }
        }
        return found
    }

    /// Calls `body` with the name of a directory entry, as the C string `readdir` gave.
    static func withName<Result>(of entry: UnsafeMutablePointer<dirent>, _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        withUnsafePointer(to: entry.pointee.d_name) { pointer in
            pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1, body)
        }
    }

    /// Whether a directory entry is a directory itself (not a link to one). File systems that do
    /// not fill in the entry's type leave it unknown, and then `lstat` tells; only then is the
    /// entry's full path put together.
    private static func isDirectory(_ type: UInt8, at path: () -> String) -> Bool {
        if type == UInt8(DT_DIR) { return true }
        guard type == UInt8(DT_UNKNOWN) else { return false }
        var status = stat()
        guard lstat(path(), &status) == 0 else { return false }
        return (status.st_mode & S_IFMT) == S_IFDIR
    }
}
