import Foundation
import SpecModel

/// Reads the spec and template folders from disk.
public enum InputReader {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Every `*.yaml` file directly in the folder, sorted by name so that merging is the same on
    /// every file system. Paths are reported as `folder/name`.
    public static func specFiles(in folder: String) throws(Failure) -> [SpecFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw Failure(description: "error: cannot read the specs folder '\(folder)': \(reason(error))")
        }
        let yamlNames = names.filter(isSpecFile).sorted()
        if yamlNames.isEmpty {
            throw Failure(description: "error: the specs folder '\(folder)' has no .yaml files")
        }
        return try yamlNames.map { name throws(Failure) in
            let path = join(folder, name)
            return SpecFile(path: path, text: try readText(path))
        }
    }

    /// Whether a file of the specs folder is a spec: `*.yaml` or `*.yml`.
    static func isSpecFile(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    /// The built-in templates, overridden by the files of `folder` when given. Without a folder,
    /// `Templates/` overrides them when it exists.
    public static func templates(overriding folder: String?) throws(Failure) -> TemplateSet {
        if let folder { return TemplateSet.builtIn.overlaid(by: try templates(in: folder)) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Templates", isDirectory: &isDirectory), isDirectory.boolValue {
            return TemplateSet.builtIn.overlaid(by: try templates(in: "Templates"))
        }
        return TemplateSet.builtIn
    }

    /// Every file below the templates folder, by its path relative to the folder.
    public static func templates(in folder: String) throws(Failure) -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "error: cannot read the templates folder '\(folder)': no such folder")
        }
        var files: [String: String] = [:]
        let templateFiles = DirectoryWalk.files(below: trimmedFolder(folder)) {
            $0.hasSuffix(".tmpl") || $0 == TemplateManifest.fileName
        }
        for relative in templateFiles {
            files[relative] = try readText(join(folder, relative))
        }
        return TemplateSet(displayPath: trimmedFolder(folder), files: files)
    }

    static func readText(_ path: String) throws(Failure) -> String {
        guard let bytes = readFileBytes(path) else {
            throw Failure(description: "error: cannot read '\(path)'")
        }
        guard let text = validText(bytes) else {
            throw Failure(description: "\(path):1:1: error: the file is not valid UTF-8")
        }
        return text
    }

    /// The bytes as text if they are valid UTF-8, else nil.
    static func validText(_ bytes: [UInt8]) -> String? {
        if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
            return String(validating: bytes, as: UTF8.self)
        }
        return textIfUnrepaired(bytes)
    }

    /// `validText` for systems without `String(validating:as:)`: decoding repairs invalid
    /// UTF-8, so the bytes were valid exactly when the text's UTF-8 is still the same bytes.
    static func textIfUnrepaired(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    static func join(_ folder: String, _ name: String) -> String {
        trimmedFolder(folder) + "/" + name
    }

    static func trimmedFolder(_ folder: String) -> String {
        var folder = folder
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return folder
    }

    static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? "no such folder"
    }
}
