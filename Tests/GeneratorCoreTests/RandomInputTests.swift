import Foundation
import GeneratorCore
import SpecModel
import Testing

/// A seeded property test of the whole pipeline (parse, validation, context, rendering with the
/// real `Templates/`): thousands of random texts and mutations of the real specs and of the
/// fixture specs. Whatever the input, apigen must not crash or hang, and every diagnostic must
/// name one of the spec files and point at a line of it that exists, at a column on that line
/// or just past its end.
///
/// The inputs depend only on the seed and the case number, so a run is reproducible; each shard
/// stops at its case count or its time budget, whichever comes first. To find the input that
/// crashes the process, run with `APIGEN_RANDOM_TRACE=/some/file`: each shard writes its input to
/// `/some/file.<shard>` before running it, so after a crash one of those files holds the culprit.
/// For a longer search, set `APIGEN_RANDOM_SEED`, and `APIGEN_RANDOM_CASES` and
/// `APIGEN_RANDOM_SECONDS` (both per shard).
@Suite struct RandomInputTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["APIGEN_RANDOM_SEED"].flatMap { UInt64($0) } ?? 0xA91_6E17
    static let shards = 2
    static let casesPerShard = environment["APIGEN_RANDOM_CASES"].flatMap { Int($0) } ?? 2_000
    /// Per shard, in seconds; the shards run in parallel. A safety net: the case count is the
    /// usual bound, the budget only stops a run on a slow or busy machine.
    static let budget = environment["APIGEN_RANDOM_SECONDS"].flatMap { Double($0) } ?? 8.0
    /// Per shard: inputs that get through validation are rendered this often at most, which
    /// covers every valid input of the default run (about 40 per shard). Every render parses the
    /// whole template library again, so very long runs stop the rest after the template context.
    static let renderLimit = max(100, casesPerShard / 20)

    @Test(.timeLimit(.minutes(Self.budget > 50 ? 60 : 1)), arguments: 0..<shards)
    func pipelineSurvivesRandomAndMutatedSpecs(shard: Int) throws {
        let seeds = try SeedSpecs.load()
        let templates = try InputReader.templates(in: InvalidSpecCorpus.root + "/Templates")
        let trace = Self.environment["APIGEN_RANDOM_TRACE"].map { $0 + ".\(shard)" }
        let clock = ContinuousClock()
        let start = clock.now
        var outcomes = Outcomes()
        for number in 0..<Self.casesPerShard {
            guard (clock.now - start).inSeconds < Self.budget else { break }
            let caseNumber = number * Self.shards + shard
            var random = SplitMix64(seed: Self.seed &+ UInt64(caseNumber))
            let input = InputMaker.make(from: seeds, random: &random)
            if let trace { InputMaker.write(input, case: caseNumber, to: trace) }
            let caseStart = clock.now
            var result = GeneratorPipeline.context(input.files).map { _ in () }
            if case .success = result {
                outcomes.valid += 1
                if outcomes.rendered < Self.renderLimit {
                    outcomes.rendered += 1
                    result = GeneratorPipeline.run(specs: input.files, templates: templates).map { _ in () }
                }
            }
            let duration = (clock.now - caseStart).inSeconds
            if duration > 2 {
                Issue.record("case \(caseNumber) (\(input.origin)) took \(duration) s:\n\(InputMaker.describe(input))")
            }
            outcomes.total += 1
            guard case .failure(let error) = result else { continue }
            outcomes.diagnostics += error.diagnostics.count
            let problems = DiagnosticLocations.problems(in: error.diagnostics, specs: input.files)
            if !problems.isEmpty {
                outcomes.badCases += 1
                // A few full reports per shard are enough to debug; the rest are counted.
                if outcomes.badCases <= 3 {
                    Issue.record(Comment(rawValue:
                        "case \(caseNumber) (\(input.origin)): \(problems.joined(separator: "\n"))\n\(InputMaker.describe(input))"))
                }
            }
        }
        let seconds = (clock.now - start).inSeconds
        print(
            "RandomInputTests shard \(shard): \(outcomes.total) inputs in \(String(format: "%.1f", seconds)) s "
                + "(\(Int(Double(outcomes.total) / max(seconds, 0.001))) per second): \(outcomes.valid) valid "
                + "(\(outcomes.rendered) rendered), \(outcomes.total - outcomes.valid) rejected with "
                + "\(outcomes.diagnostics) diagnostics, \(outcomes.badCases) with misplaced diagnostics")
        #expect(outcomes.total >= 300, "only \(outcomes.total) inputs ran within the budget")
        #expect(outcomes.badCases == 0, "\(outcomes.badCases) inputs had misplaced diagnostics")
    }

    /// Edge cases of line and column handling, and inputs that once broke a rule: their
    /// diagnostics must be well placed too.
    @Test(arguments: RegressionInput.all)
    func regressionInput(_ input: RegressionInput) throws {
        let templates = try InputReader.templates(in: InvalidSpecCorpus.root + "/Templates")
        let files = input.files.map { SpecFile(path: $0.path, text: $0.text) }
        let check = {
            if case .failure(let error) = GeneratorPipeline.run(specs: files, templates: templates) {
                for problem in DiagnosticLocations.problems(in: error.diagnostics, specs: files) {
                    Issue.record(Comment(rawValue: problem))
                }
            }
        }
        if let issue = input.knownIssue {
            withKnownIssue(Comment(rawValue: issue)) { check() }
        } else {
            check()
        }
    }

    /// Inputs that once crashed apigen. A crash cannot be caught inside the test process, so each
    /// runs `apigen generate` (the executable built next to the tests) on a temporary folder.
    @Test(
        .enabled(if: ApigenProcess.executable != nil, "needs the apigen executable built next to the tests"),
        arguments: CrashInput.all)
    func crashInput(_ input: CrashInput) throws {
        let check = {
            let run = try ApigenProcess.generate(input.text)
            #expect(
                run.exitedNormally && (run.status == 0 || run.status == 1),
                "apigen \(run.exitedNormally ? "exited with \(run.status)" : "died of signal \(run.status)"):\n\(run.standardError)")
        }
        if let issue = input.knownIssue {
            withKnownIssue(Comment(rawValue: issue)) { try check() }
        } else {
            try check()
        }
    }

    struct Outcomes {
        var total = 0
        var valid = 0
        var rendered = 0
        var diagnostics = 0
        var badCases = 0
    }
}

/// A small input kept to be checked on every run: edge cases of line and column handling, and
/// any input this test ever found breaking a rule.
struct RegressionInput: Sendable, CustomTestStringConvertible {
    var name: String
    var files: [(path: String, text: String)]
    /// What is still wrong, while it is: the case is then expected to fail.
    var knownIssue: String?

    init(_ name: String, _ text: String, knownIssue: String? = nil) {
        self.name = name
        self.files = [("edge.yaml", text)]
        self.knownIssue = knownIssue
    }

    var testDescription: String { name }

    static let all: [RegressionInput] = [
        RegressionInput("empty file", ""),
        RegressionInput("only a byte order mark", "\u{FEFF}"),
        RegressionInput("only a comment, no line break", "# nothing"),
        RegressionInput("lone CR line ends", "api:\r  name: Corpus\rendpoints:\r  ping: x\r"),
        RegressionInput("CR and CRLF mixed", "api:\r\n  name: Corpus\rendpoints:\n  ping:\r\n    method: GET\r"),
        RegressionInput("empty value at the end of the text", "api:\n  name: Corpus\nendpoints:\n  ping:"),
        RegressionInput("empty value after trailing blanks", "api:\n  name:   \nendpoints:   "),
        RegressionInput("unterminated flow at the end of the text", "api: {name: Corpus"),
        RegressionInput("unterminated quote at the end of the text", "api:\n  name: \"Corpus"),
        RegressionInput("block scalar at the end of the text", "api:\n  name: Corpus\n  description: |"),
        RegressionInput("NUL and BEL characters", "api:\n  name: Cor\u{0}pus\u{7}\n"),
        RegressionInput("tab as the whole indentation", "api:\n\tname: Corpus\n"),
        RegressionInput("truncated in an escape", "api:\n  name: \"Corpus\\u00"),
        RegressionInput("truncated after a dash", "groups:\n  -"),
        RegressionInput(
            "a type expression ending in a parenthesis",
            "api: { name: Corpus }\nmodels:\n  A: { properties: { b: array( } }\n"),
        RegressionInput(
            "a quoted path with a placeholder at its end",
            "api: { name: Corpus }\nendpoints:\n  a: { method: GET, path: \"/{x}/{x}\", responses: { 200: {} } }\n"),
        RegressionInput(
            "an empty placeholder in a quoted path",
            "api: { name: Corpus }\nendpoints:\n  a: { method: GET, path: \"{}\", responses: { 200: {} } }\n"),
        RegressionInput(
            "a placeholder in a block scalar path",
            "api: { name: Corpus }\nendpoints:\n  a:\n    method: GET\n    path: |-\n      /users/{id}/{id}\n"
                + "    responses: { 200: {} }\n"),
    ]
}

/// A spec file that crashed apigen once.
struct CrashInput: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    /// What is still wrong, while it is: the case is then expected to fail.
    var knownIssue: String?

    var testDescription: String { name }

    static let all: [CrashInput] = [
        CrashInput(
            name: "integer enum value Int.min",
            text: "api: { name: Corpus }\nmodels:\n  Level: { type: integer, enum: [-9223372036854775808] }\n"
                + "endpoints:\n  getLevel: { method: GET, path: /level, responses: { 200: Level } }\n"),
        CrashInput(
            name: "string enum value \"-9223372036854775808\"",
            text: "api: { name: Corpus }\nendpoints:\n  ping:\n    method: GET\n    path: /ping\n"
                + "    query:\n      level: { type: string, enum: [\"-9223372036854775808\"] }\n    responses: { 200: {} }\n"),
    ]
}

/// Runs the apigen executable that `swift build` puts next to the test bundle.
enum ApigenProcess {
    struct Run {
        var exitedNormally: Bool
        /// The exit status, or the signal that ended the process.
        var status: Int32
        var standardError: String
    }

    static let executable: String? = {
        guard let bundle = CommandLine.arguments.first else { return nil }
        let path = URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("apigen").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    /// `apigen generate` on a specs folder holding `text` as its only file, into a scratch output folder.
    static func generate(_ text: String) throws -> Run {
        guard let executable else { throw InvalidSpecCorpus.Failure(description: "no apigen executable") }
        let folder = NSTemporaryDirectory() + "apigen-crash-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Specs", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/Specs/spec.yaml"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "generate", "--specs", folder + "/Specs", "--templates", InvalidSpecCorpus.root + "/Templates",
            "--output", folder + "/Generated",
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            exitedNormally: process.terminationReason == .exit, status: process.terminationStatus,
            standardError: String(decoding: data, as: UTF8.self))
    }
}

/// SplitMix64: a tiny, fast generator whose sequence depends only on its seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
        // Decorrelate neighbouring seeds (case numbers) before the first use.
        for _ in 0..<2 { _ = next() }
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when bound is 0), by multiply-high: the same on every platform.
    mutating func below(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[below(items.count)]
    }
}

/// The specs that mutations start from: each folder of specs as one group, merged as apigen merges them.
struct SeedSpecs {
    struct Group {
        var name: String
        var files: [SpecFile]
    }

    var groups: [Group]
    /// How many groups, at the front, are valid specs (the real ones and the golden fixtures).
    var validCount: Int

    static func load() throws -> SeedSpecs {
        let root = InvalidSpecCorpus.root
        var groups = [Group(name: "Specs", files: try InputReader.specFiles(in: root + "/Specs"))]
        let fixtures = InvalidSpecCorpus.fixtures
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures).sorted() {
            let specs = fixtures + "/" + name + "/Specs"
            guard FileManager.default.fileExists(atPath: specs) else { continue }
            groups.append(Group(name: name, files: try InputReader.specFiles(in: specs)))
        }
        let validCount = groups.count
        // The invalid corpus too: its entries are small, and each is one step from valid. An entry
        // whose known bug is a misplaced diagnostic is left out: its mutations would keep finding
        // that bug, which the corpus and the regression inputs already pin.
        for entry in InvalidSpecCorpus.entryNames() {
            let files = try InvalidSpecCorpus.specFiles(of: entry)
            if case .failure(let error) = GeneratorPipeline.context(files),
                !DiagnosticLocations.problems(in: error.diagnostics, specs: files).isEmpty
            {
                continue
            }
            groups.append(Group(name: "InvalidSpecs/" + entry, files: files))
        }
        return SeedSpecs(groups: groups, validCount: validCount)
    }
}

/// Makes one input: random text, or a group of seed specs with one or two files mutated.
enum InputMaker {
    struct Input {
        var origin: String
        var files: [SpecFile]
    }

    static func make(from seeds: SeedSpecs, random: inout SplitMix64) -> Input {
        let roll = random.below(100)
        if roll < 15 {
            return Input(origin: "random text", files: [SpecFile(path: "random.yaml", text: randomText(&random))])
        }
        // The real specs are the largest seeds and slow to load in a debug build: they come as a
        // whole a few percent of the time, else one file alone. The valid fixtures reach the
        // context and the templates; the invalid corpus, small and one step from valid, is the rest.
        let valid = Array(seeds.groups.prefix(seeds.validCount))
        let invalid = Array(seeds.groups.dropFirst(seeds.validCount))
        var group: SeedSpecs.Group?
        switch roll {
        case 15..<18: group = valid.first
        case 18..<28:
            group = valid.first.flatMap { specs in
                random.pick(specs.files).map { SeedSpecs.Group(name: specs.name + "/" + $0.path, files: [$0]) }
            }
        case 28..<55: group = random.pick(Array(valid.dropFirst()))
        default: group = random.pick(invalid)
        }
        guard let group, !group.files.isEmpty else {
            return Input(origin: "random text", files: [SpecFile(path: "random.yaml", text: randomText(&random))])
        }
        var files = group.files
        var mutated: [String] = []
        for _ in 0..<(random.chance(15) ? 2 : 1) {
            let index = random.below(files.count)
            var text = files[index].text
            for _ in 0..<(1 + random.below(4)) {
                let name = mutate(&text, &random)
                mutated.append("\(files[index].path.split(separator: "/").last ?? ""): \(name)")
            }
            files[index].text = text
        }
        // Sometimes only part of the group: files alone must not break anything either.
        if files.count > 1, random.chance(10) {
            files.remove(at: random.below(files.count))
        }
        return Input(origin: "\(group.name), " + mutated.joined(separator: ", "), files: files)
    }

    /// Applies one mutation and returns its name.
    static func mutate(_ text: inout String, _ random: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = random.below(lines.count)
        let other = random.below(lines.count)
        let name: String
        switch random.below(12) {
        case 0:
            lines.remove(at: line)
            name = "delete line \(line + 1)"
        case 1:
            lines.insert(lines[line], at: other)
            name = "duplicate line \(line + 1)"
        case 2:
            lines.swapAt(line, other)
            name = "swap lines \(line + 1) and \(other + 1)"
        case 3:
            let count = 1 + random.below(4)
            if random.chance(50) {
                lines[line] = String(repeating: random.chance(15) ? "\t" : " ", count: count) + lines[line]
            } else {
                lines[line] = String(lines[line].dropFirst(min(count, leadingSpaces(lines[line]))))
            }
            name = "reindent line \(line + 1)"
        case 4, 5:
            let pieces = (0..<(1 + random.below(3))).map { _ in random.pick(alphabet) ?? " " }.joined()
            insert(pieces, into: &lines[line], random: &random)
            name = "insert \(pieces.debugDescription) in line \(line + 1)"
        case 6:
            var scalars = Array(text.unicodeScalars)
            scalars.removeLast(random.below(scalars.count + 1) / (random.chance(50) ? 1 : 8))
            text = String(String.UnicodeScalarView(scalars))
            return "truncate"
        case 7, 8:
            let key = random.pick(knownKeys) ?? "type"
            lines[line] = replacingKey(in: lines[line], with: key)
            name = "key \(key) in line \(line + 1)"
        case 9, 10:
            let value = random.pick(values) ?? ""
            lines[line] = replacingValue(in: lines[line], with: value)
            name = "value \(value.debugDescription) in line \(line + 1)"
        default:
            // Copy a block of lines elsewhere: duplicate keys, endpoints and models.
            let length = 1 + random.below(8)
            let block = Array(lines[line..<min(lines.count, line + length)])
            lines.insert(contentsOf: block, at: other)
            name = "copy lines \(line + 1)-\(line + block.count) to \(other + 1)"
        }
        text = lines.joined(separator: "\n")
        return name
    }

    static func leadingSpaces(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    static func insert(_ piece: String, into line: inout String, random: inout SplitMix64) {
        var scalars = Array(line.unicodeScalars)
        scalars.insert(contentsOf: piece.unicodeScalars, at: random.below(scalars.count + 1))
        line = String(String.UnicodeScalarView(scalars))
    }

    /// `  oldKey: value` → `  key: value`; a line without a key gets one.
    static func replacingKey(in line: String, with key: String) -> String {
        let indent = String(line.prefix { $0 == " " || $0 == "-" })
        let rest = line.dropFirst(indent.count)
        guard let colon = rest.range(of: ":") else { return indent + key + ": " + rest }
        return indent + key + rest[colon.lowerBound...]
    }

    /// `  key: old` → `  key: value`; a line without a key gets the value in its place.
    static func replacingValue(in line: String, with value: String) -> String {
        if let colon = line.range(of: ": ") { return line[..<colon.upperBound] + value }
        let indent = String(line.prefix { $0 == " " || $0 == "-" })
        return indent + value
    }

    /// A text of random lines made of YAML-ish pieces.
    static func randomText(_ random: inout SplitMix64) -> String {
        var lines: [String] = []
        for _ in 0..<(1 + random.below(25)) {
            var line = String(repeating: " ", count: random.below(4) * 2)
            if random.chance(20) { line += "- " }
            if random.chance(70) { line += (random.pick(knownKeys) ?? "a") + ":" }
            if random.chance(70) { line += " " + (random.pick(values) ?? "") }
            if random.chance(20) { line += random.pick(alphabet) ?? "" }
            lines.append(line)
        }
        return lines.joined(separator: random.chance(10) ? "\r\n" : "\n")
    }

    /// Characters and pieces that matter to YAML-lite, the specs and line handling.
    static let alphabet: [String] = [
        " ", " ", "  ", "\t", "\n", "\r", "\r\n", ":", ": ", "-", "- ", "#", " #", "[", "]", "{", "}", ",", "'", "\"", "\\",
        "|", ">", "&", "*", "!", "%", "@", "`", "?", "? ", "~", ".", "...", "---", "{", "}", "(", ")", "a", "Z", "0", "9",
        "_", "é", "☕", "😀", "\u{FEFF}", "\u{0}", "\u{7}", "\u{85}", "\u{2028}", "\u{FFFE}",
    ]

    static let knownKeys: [String] = [
        "api", "servers", "security", "groups", "models", "endpoints", "name", "title", "version", "description",
        "url", "variables", "default", "enum", "scheme", "tokenFlow", "authenticate", "refresh", "accessToken",
        "refreshToken", "expiresIn", "refreshTokenField", "group", "summary", "method", "path", "pathParameters",
        "headers", "query", "body", "responses", "deprecated", "type", "required", "nullable", "minLength",
        "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "example", "sensitive", "properties",
        "contentType", "200", "201", "204", "404", "default", "2000", "id", "user_id", "userId", "JSONValue", "send",
    ]

    static let values: [String] = [
        "string", "integer", "number", "boolean", "object", "array(string)", "array(array(integer))", "array(",
        "array()", "string(date-time)", "string(", "boolean(x)", "map(string)", "User", "Pet", "PetKind", "Usr",
        "GET", "get", "POST", "FETCH", "/users/{id}", "/users/{id}/{id}", "/{}", "/{", "users", "/a?b=c",
        "https://{region}.example.com", "ftp://x", "{}", "[]", "{ type: string }", "[a, b, a]", "{ type: Pet, required: true }",
        "[1, 2", "{a: 1", "true", "false", "null", "~", "", "-1", "0", "99999999999999999999", "1e400", "0x1F",
        "0o17", ".nan", ".inf", "\"quoted\"", "'single'", "\"bad \\q\"", "\"\\u12\"", "|", ">-", "|+", "|0", "&a x",
        "*a", "!t x", "%YAML", "@x", "`x`", "# comment", "? x", "- x", "a: b", "\"unterminated", "'unterminated",
        "bearer", "none", "basic", "é", "☕", "[[[[[[[[[[[[[[[[", "{ a: [ { b: [ ] } ] }", "\"[A-Z\"", "\"(\"",
    ]

    /// The input as text, for a failure message or the trace file.
    static func describe(_ input: Input) -> String {
        input.files.map { "=== \($0.path)\n\($0.text)" }.joined(separator: "\n")
    }

    static func write(_ input: Input, case number: Int, to path: String) {
        let text = "case \(number): \(input.origin)\n" + describe(input) + "\n"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
}

extension Duration {
    var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
