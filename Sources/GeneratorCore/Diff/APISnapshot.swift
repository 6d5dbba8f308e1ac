import Foundation
import SpecModel

/// The specs a generation was made from, kept beside the generated files so that the next
/// generation can say what changed in the API since: `apigen generate` ends with that summary.
///
/// The snapshot is a copy of each spec file under `.apigen-snapshot/` in the output folder (or
/// beside a single output file, as `.<file name>.apigen-snapshot/`), each behind a one-line
/// marker comment. Being specs, it is read back with the same loader, and `apigen diff` takes
/// its folder like any other. The folder is hidden so that SwiftPM does not take it for part
/// of a target.
public enum APISnapshot {
    /// The snapshot's folder, relative to the output folder.
    public static let folderName = ".apigen-snapshot"

    /// The first line of every snapshot file: apigen's marker, as a YAML-lite comment.
    static let header =
        GeneratedFileMarker.yamlPrefix + ": a copy of the specs last generated from, which the next run compares with.\n"

    /// The snapshot of `specs`, as files relative to the snapshot's folder.
    public static func files(of specs: [SpecFile]) -> [GeneratedFile] {
        specs.map { spec in
            let name = spec.path.split(separator: "/").last.map(String.init) ?? spec.path
            return GeneratedFile(path: name, contents: header + spec.text)
        }
    }

    /// The snapshot of `specs`, as files relative to the output folder.
    public static func filesInOutputFolder(of specs: [SpecFile]) -> [GeneratedFile] {
        files(of: specs).map { GeneratedFile(path: folderName + "/" + $0.path, contents: $0.contents) }
    }

    /// The folder holding the snapshot written with the single output file at `path`.
    public static func folder(besideSingleFile path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let name = parts.last.map(String.init) ?? path
        let parent = parts.dropLast().joined(separator: "/")
        return (parts.count > 1 ? parent + "/" : "") + "." + name + ".apigen-snapshot"
    }

    /// What the previous generation's snapshot in `folder` says, compared with `generation`:
    /// the one-line summary `apigen generate` ends with, or nil when there is no snapshot yet.
    static func summary(comparing folder: String, with generation: CommandLineInterface.Generation) -> String? {
        guard let old = try? InputReader.specFiles(in: folder) else { return nil }
        // The same texts need no comparison: the usual case, where only templates changed.
        let snapshot = files(of: generation.specFiles)
        if old.count == snapshot.count,
            zip(old.sorted { $0.path < $1.path }, snapshot.sorted { $0.path < $1.path }).allSatisfy({
                $0.path.hasSuffix("/" + $1.path) && $0.text == $1.contents
            })
        {
            return "API changes since the last generation: none"
        }
        guard case .success(let before) = GeneratorPipeline.loadValidatedSpec(old) else {
            return "API changes since the last generation: unknown, the snapshot in \(folder) does not load"
        }
        let changes = SpecDiff.changes(from: before.spec, to: generation.spec, newContext: generation.context)
        guard !changes.isEmpty else { return "API changes since the last generation: none" }
        return "API changes since the last generation: \(DiffReport.summary(changes)); run 'apigen diff' for details"
    }
}
