import Foundation
import SpecModel

extension CommandLineInterface {
    /// `apigen diff [OLD NEW]`: what changed between two spec folders, and what it does to the
    /// generated client. A folder may be `git:REF`, the `Specs` folder as committed at REF;
    /// without folders, the committed specs are compared with the working ones.
    ///
    /// Exit codes: 0, or 1 when `--fail-on LEVEL` is given and a change at that level or above
    /// exists, or when either folder's specs have errors; 2 for usage errors.
    static func diff(_ arguments: [String]) -> Outcome {
        var folders: [String] = []
        var format = "text"
        var failOn: APIChange.Severity?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--format", "--fail-on":
                guard index + 1 < arguments.count else { return usageError("'\(argument)' needs a value") }
                let value = arguments[index + 1]
                if argument == "--format" {
                    guard ["text", "json", "markdown"].contains(value) else {
                        return usageError("unknown format '\(value)' for '--format'; expected text, json or markdown")
                    }
                    format = value
                } else {
                    guard let level = APIChange.Severity(rawValue: value) else {
                        return usageError("unknown level '\(value)' for '--fail-on'; expected breaking, warning or info")
                    }
                    failOn = level
                }
                index += 2
            case let flag where flag.hasPrefix("-"):
                return usageError("unknown option '\(flag)'")
            default:
                folders.append(argument)
                index += 1
            }
        }
        // Without folders: the specs as last committed against the ones in the working tree.
        if folders.isEmpty { folders = ["git:HEAD", "Specs"] }
        guard folders.count == 2 else { return usageError("'diff' takes two spec folders, the old and the new") }
        var specs: [APISpec] = []
        for folder in folders {
            let files: [SpecFile]
            do {
                if folder.hasPrefix("git:") {
                    files = try GitSpecReader.specFiles(at: String(folder.dropFirst(4)), folder: "Specs")
                } else {
                    files = try InputReader.specFiles(in: folder)
                }
            } catch {
                return Outcome(exitCode: 1, standardOutput: "", standardError: error.description + "\n")
            }
            switch GeneratorPipeline.loadValidatedSpec(files) {
            case .success(let validated): specs.append(validated.spec)
            case .failure(let error):
                return failure(error, sources: Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first }))
            }
        }
        let changes = SpecDiff.changes(from: specs[0], to: specs[1])
        let text =
            switch format {
            case "json": DiffReport.json(changes)
            case "markdown": DiffReport.markdown(changes)
            default: DiffReport.text(changes)
            }
        let fails = failOn.map { level in changes.contains { $0.severity >= level } } ?? false
        return Outcome(exitCode: fails ? 1 : 0, standardOutput: text, standardError: "")
    }
}

/// The report `apigen diff` prints.
enum DiffReport {
    /// One line per change, then the counts and the version bump they call for.
    static func text(_ changes: [APIChange]) -> String {
        changes.map { $0.description + "\n" }.joined() + summary(changes) + "\n"
    }

    /// `3 breaking, 1 warning, 2 info (semver: major)`, or `no API changes`.
    static func summary(_ changes: [APIChange]) -> String {
        guard !changes.isEmpty else { return "no API changes" }
        let counts = APIChange.Severity.allCases.reversed().compactMap { severity -> String? in
            let count = changes.count { $0.severity == severity }
            guard count > 0 else { return nil }
            return "\(count) \(severity.rawValue)" + (severity == .warning && count > 1 ? "s" : "")
        }
        return counts.joined(separator: ", ") + " (semver: \(SpecDiff.semver(of: changes)))"
    }

    /// `{"semver": ..., "changes": [...]}`.
    static func json(_ changes: [APIChange]) -> String {
        let items = changes.map { change -> DocumentValue in
            [
                "severity": .string(change.severity.rawValue), "source": .bool(change.breaksSource),
                "wire": .bool(change.breaksWire), "path": .string(change.path), "message": .string(change.message),
                "location": .string(change.source.description),
            ]
        }
        return JSONEmitter.emit(["semver": .string(SpecDiff.semver(of: changes)), "changes": .array(items)])
    }

    /// A changelog section for release notes: the changes by severity, breaking first.
    static func markdown(_ changes: [APIChange]) -> String {
        var text = "## API changes\n\n"
        guard !changes.isEmpty else { return text + "No API changes.\n" }
        let titles: [APIChange.Severity: String] = [.breaking: "Breaking", .warning: "May break", .info: "Added and changed"]
        for severity in APIChange.Severity.allCases.reversed() {
            let group = changes.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            text += "### \(titles[severity] ?? severity.rawValue)\n\n"
            // The messages name the Swift symbols, which is what a reader of release notes looks for.
            text += group.map { "- \($0.message)\n" }.joined() + "\n"
        }
        return text + "Semantic version bump: \(SpecDiff.semver(of: changes)).\n"
    }
}
