import SpecModel
import YAMLLite

/// One real spec file cut into what copying needs: its lines, its top-level sections and the
/// places a copy renames. Copies are made from the file's own text, edited at those places,
/// so a synthetic spec parses exactly like N real ones: same comments, styles and shapes.
struct SpecFileLayout: Sendable {
    struct Section: Sendable {
        var key: String
        /// 0-based line indices, from the key's line to the last non-blank line before the next section.
        var lines: Range<Int>
    }

    /// Sections whose content every copy repeats; the others (api, servers, security) appear once.
    static let copiedSections: Set<String> = ["models", "endpoints"]

    let file: SpecFile
    /// The file's name, without its folder.
    let name: String
    let lines: [String]
    /// Comments before the first section: every copy keeps them.
    let header: Range<Int>
    let sections: [Section]
    /// 0-based line → the sites on it, rightmost first, so editing one keeps the others' columns.
    let sitesByLine: [Int: [RewriteSite]]

    init(file: SpecFile) throws(BenchmarkFailure) {
        self.file = file
        name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        // "\r\n" is one Character, so split on it too; copies are written with "\n" line ends.
        lines = file.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)

        let document = YAMLLite.parse(file.text)
        if let error = document.errors.first {
            throw BenchmarkFailure("\(file.path):\(error.location): error: \(error.message)")
        }
        let entries = document.root?.mapping ?? []

        var finder = RewriteSiteFinder(path: file.path)
        var sections: [Section] = []
        for (index, entry) in entries.enumerated() {
            let start = entry.keyLocation.line - 1
            var end = index + 1 < entries.count ? entries[index + 1].keyLocation.line - 1 : lines.count
            // Blank lines (and the empty string after the last newline) separate sections:
            // leave them out so a repeated section does not repeat its spacing.
            while end > start + 1, lines[end - 1].allSatisfy(\.isWhitespace) { end -= 1 }
            sections.append(Section(key: entry.key.text, lines: start..<end))
            if entry.key.text == "groups", entry.value.location.line == entry.keyLocation.line, entry.value.sequence != nil {
                throw BenchmarkFailure(
                    "\(file.path):\(entry.keyLocation): error: the benchmark copies 'groups' line by line; write it as a block list (one '- ' per line)")
            }
            try finder.visitSection(entry)
        }
        self.sections = sections
        header = 0..<(sections.first?.lines.lowerBound ?? lines.count)

        var sitesByLine: [Int: [RewriteSite]] = [:]
        for site in finder.sites {
            // The tree gives each name's text; check the source spells it the same there (it
            // does not when a quoted scalar has escapes), or the edit would corrupt the line.
            let index = site.line - 1
            let scalars = lines.indices.contains(index) ? Array(lines[index].unicodeScalars) : []
            let start = site.column - 1
            let length = site.text.unicodeScalars.count
            guard start >= 0, start + length <= scalars.count,
                String(String.UnicodeScalarView(scalars[start..<start + length])) == site.text
            else {
                throw BenchmarkFailure(
                    "\(file.path):\(site.line):\(site.column): error: the benchmark cannot rename '\(site.text)' here: the source spells it differently (escapes?)")
            }
            sitesByLine[index, default: []].append(site)
        }
        self.sitesByLine = sitesByLine.mapValues { $0.sorted { $0.column > $1.column } }
    }

    var hasCopiedSections: Bool { sections.contains { Self.copiedSections.contains($0.key) } }

    /// The file as copy 1: its own text, with its group list (if any) repeated for every copy.
    func firstCopy(copies: Int, models: ModelNameStems) -> String {
        // Unchanged at 1x, so the 1x spec is byte for byte the real one.
        guard copies > 1, let groups = sections.first(where: { $0.key == "groups" }) else { return file.text }
        // The key line stays; the list under it is repeated, each time with that copy's names.
        let list = groups.lines.lowerBound + 1..<groups.lines.upperBound
        var result = Array(lines[..<list.lowerBound])
        for copy in 1...copies {
            result += edited(list, naming: CopyNaming(copy: copy, models: models))
        }
        result += lines[list.upperBound...]
        return result.joined(separator: "\n")
    }

    /// Copy `naming.copy` (≥ 2) of the file's models and endpoints, with its header comments.
    func copy(_ naming: CopyNaming) -> String {
        var result = Array(lines[header])
        for section in sections where Self.copiedSections.contains(section.key) {
            result += edited(section.lines, naming: naming)
            result.append("")
        }
        return result.joined(separator: "\n")
    }

    private func edited(_ range: Range<Int>, naming: CopyNaming) -> [String] {
        range.map { index in
            guard let sites = sitesByLine[index] else { return lines[index] }
            var scalars = Array(lines[index].unicodeScalars)
            for site in sites {
                let start = site.column - 1
                let end = start + site.text.unicodeScalars.count
                scalars.replaceSubrange(start..<end, with: naming.rewrite(site).unicodeScalars)
            }
            return String(String.UnicodeScalarView(scalars))
        }
    }
}
