import Foundation

/// The bytes of the file at `path`, or nil when it cannot be read (it is missing, or a folder).
func readFileBytes(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
}

/// Whether the file at `path` holds exactly the UTF-8 of `text`; a missing file holds nothing.
func fileHolds(_ text: String, at path: String) -> Bool {
    FileManager.default.contents(atPath: path) == Data(text.utf8)
}
