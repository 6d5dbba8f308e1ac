import Foundation
import GeneratorCore
import SpecModel
import Testing

/// The invalid-spec corpus in `Fixtures/InvalidSpecs`: each entry is a spec (one `.yaml` file, or
/// a folder of them) with one problem, or a few, and a sibling `.expected` file listing the exact
/// diagnostics apigen must report for it, in order. The expected files are specifications written
/// by hand, not recordings: see `Fixtures/InvalidSpecs/README.md`.
@Suite struct InvalidSpecCorpusTests {
    /// Entries whose current output is a known bug, with what is wrong. `withKnownIssue` keeps the
    /// suite green while the bug stands, and fails once it is fixed, so the entry is removed here.
    /// Entries whose output is still wrong, with why; empty when every entry passes.
    static let knownIssues: [String: Comment] = [:]

    static let entries: [String] = InvalidSpecCorpus.entryNames()

    @Test func corpusIsLargeAndComplete() throws {
        #expect(Self.entries.count >= 45, "the corpus has only \(Self.entries.count) entries")
        let names = try FileManager.default.contentsOfDirectory(atPath: InvalidSpecCorpus.folder)
        for name in names where name != "README.md" && !name.hasPrefix(".") && !name.hasSuffix(".expected") {
            let entry = name.hasSuffix(".yaml") ? String(name.dropLast(".yaml".count)) : name
            #expect(Self.entries.contains(entry), "InvalidSpecs/\(name) has no \(entry).expected")
        }
        for entry in Self.entries {
            #expect(throws: Never.self, "\(entry).expected has no input") { _ = try InvalidSpecCorpus.specFiles(of: entry) }
        }
        for entry in Self.knownIssues.keys {
            #expect(Self.entries.contains(entry), "known issue for '\(entry)', which is not in the corpus")
        }
    }

    @Test(arguments: entries)
    func reportsExactlyTheExpectedDiagnostics(entry: String) throws {
        if let issue = Self.knownIssues[entry] {
            withKnownIssue(issue) { try Self.check(entry) }
        } else {
            try Self.check(entry)
        }
    }

    static func check(_ entry: String) throws {
        let expected = try InvalidSpecCorpus.expectedLines(of: entry)
        try #require(!expected.isEmpty, "\(entry).expected lists no diagnostics")
        let specs = try InvalidSpecCorpus.specFiles(of: entry)
        let templates = try InputReader.templates(in: InvalidSpecCorpus.root + "/Templates")
        switch GeneratorPipeline.run(specs: specs, templates: templates) {
        case .success(let files):
            let message = "expected \(expected.count) diagnostic(s), but generation succeeded (\(files.count) files):\n"
                + expected.joined(separator: "\n")
            Issue.record(Comment(rawValue: message))
        case .failure(let error):
            let actual = error.diagnostics.map(\.description)
            #expect(
                actual == expected,
                "\n--- expected\n\(expected.joined(separator: "\n"))\n+++ actual\n\(actual.joined(separator: "\n"))")
            for problem in DiagnosticLocations.problems(in: error.diagnostics, specs: specs) {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }
}

/// Finds the corpus and reads its entries.
enum InvalidSpecCorpus {
    /// The repository root, found from this file's location: `Tests/GeneratorCoreTests/<file>`.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var fixtures: String { root + "/Tests/GeneratorCoreTests/Fixtures" }
    static var folder: String { fixtures + "/InvalidSpecs" }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Every entry, named by its `.expected` file without the extension, sorted.
    static func entryNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) }.sorted()
    }

    /// The expected diagnostic lines; blank lines are ignored.
    static func expectedLines(of entry: String) throws -> [String] {
        try read(folder + "/" + entry + ".expected")
            .split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
    }

    /// The entry's spec files, named as diagnostics must name them: relative to `Fixtures/`.
    static func specFiles(of entry: String) throws -> [SpecFile] {
        let file = folder + "/" + entry + ".yaml"
        if FileManager.default.fileExists(atPath: file) {
            return [SpecFile(path: "InvalidSpecs/\(entry).yaml", text: try read(file))]
        }
        var isDirectory: ObjCBool = false
        let directory = folder + "/" + entry
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "InvalidSpecs/\(entry) has neither a .yaml file nor a folder")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        guard !names.isEmpty else { throw Failure(description: "InvalidSpecs/\(entry)/ holds no .yaml file") }
        return try names.map { SpecFile(path: "InvalidSpecs/\(entry)/\($0)", text: try read(directory + "/" + $0)) }
    }

    /// A file's text, decoded as apigen decodes spec files.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Failure(description: "cannot read \(path) as UTF-8")
        }
        return text
    }
}

/// The contract's rules for where a diagnostic points: into a file of the run, at a line that
/// exists, at a column on that line or just past its end (1-based, counted in Unicode scalars).
enum DiagnosticLocations {
    /// One message per diagnostic that breaks a rule; empty when all are well placed.
    static func problems(in diagnostics: [Diagnostic], specs: [SpecFile]) -> [String] {
        let texts = Dictionary(specs.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        for diagnostic in diagnostics {
            let location = diagnostic.source.location
            guard location.line >= 1, location.column >= 1 else {
                problems.append("\(diagnostic): line and column must be at least 1")
                continue
            }
            guard let text = texts[diagnostic.source.file] else {
                problems.append("\(diagnostic): names a file that is not one of the specs")
                continue
            }
            let lines = self.lines(text)
            guard location.line <= max(lines.count, 1) else {
                problems.append("\(diagnostic): the file has only \(lines.count) lines")
                continue
            }
            let length = lines.isEmpty ? 0 : lines[location.line - 1]
            if location.column > length + 1 {
                problems.append("\(diagnostic): line \(location.line) has only \(length) characters")
            }
        }
        return problems
    }

    /// Each line's length in Unicode scalars, splitting at LF, CRLF and a lone CR as the parser
    /// does, and skipping a leading byte order mark.
    static func lines(_ text: String) -> [Int] {
        var lengths: [Int] = []
        var length = 0
        var previousWasCR = false
        var isFirst = true
        for scalar in text.unicodeScalars {
            defer { isFirst = false }
            if isFirst, scalar == "\u{FEFF}" { continue }
            switch scalar {
            case "\n":
                if !previousWasCR { lengths.append(length) }
                length = 0
                previousWasCR = false
            case "\r":
                lengths.append(length)
                length = 0
                previousWasCR = true
            default:
                length += 1
                previousWasCR = false
            }
        }
        if length > 0 || lengths.isEmpty { lengths.append(length) }
        return lengths
    }
}
