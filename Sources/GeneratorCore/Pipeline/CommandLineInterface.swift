import Foundation
import SpecModel
import TemplateEngine
import YAMLLite

/// The `apigen` commands, as functions from arguments to output and an exit code, so that tests
/// can run them without a process.
public enum CommandLineInterface {
    public struct Outcome: Error, Sendable, Equatable {
        public var exitCode: Int32
        public var standardOutput: String
        public var standardError: String
    }

    public static let usage = """
        OVERVIEW: Generate a Swift client from YAML-lite API specs.

        USAGE: apigen [generate] [--specs DIR] [--templates DIR] [--output DIR | --single-file FILE]
               apigen check [--specs DIR] [--templates DIR] [--output DIR]
               apigen context [--specs DIR]
               apigen parse FILE
               apigen openapi [--specs DIR] [--format json|yaml] [--output FILE]
               apigen diff [OLD NEW] [--format text|json|markdown] [--fail-on breaking|warning|info]

        COMMANDS:
          generate   Read the specs and templates and write the generated files (the default).
          check      Generate in memory and list the files that differ from the output folder.
          context    Print the data the templates receive, as JSON.
          parse      Print a YAML-lite file's tree as JSON.
          openapi    Print the specs as an OpenAPI 3.1.0 document, or write it to --output.
          diff       List what changed between two spec folders (or git:REF, the committed Specs
                     at REF; by default git:HEAD and Specs) and what it does to the client.

        OPTIONS:
          --specs DIR       The spec files (default: Specs).
          --templates DIR   Templates that override the built-in ones: the folder needs only
                            the files it changes (default: Templates, when it exists).
          --output DIR      Where generated files go (default: Generated).
                            For openapi, the file to write (default: standard output).
          --single-file FILE
                            For generate, instead of --output: write every generated file
                            into this one Swift file, in path order (for build tool plugins).
          --format FORMAT   For openapi, json (the default) or yaml.
          -h, --help        Show this help.

        EXIT CODES: 0 success, 1 errors in the input (or stale output for check), 2 usage errors.

        """

    /// Runs one command.
    public static func run(_ arguments: [String]) -> Outcome {
        guard let (command, arguments) = command(of: arguments) else {
            return Outcome(exitCode: 0, standardOutput: usage, standardError: "")
        }
        switch command {
        case "generate", "check", "context":
            let options: Options
            switch Options.parse(arguments, allowed: generatingOptions(of: command)) {
            case .success(let parsed): options = parsed
            case .failure(let message): return usageError(message)
            }
            if options.singleFile != nil, options.outputFile != nil {
                return usageError("'--single-file' and '--output' cannot be used together")
            }
            switch command {
            case "generate": return generate(options)
            case "check": return check(options)
            default: return context(options)
            }
        case "openapi":
            switch Options.parse(arguments, allowed: ["--specs", "--format", "--output"]) {
            case .success(let options): return openAPI(options)
            case .failure(let message): return usageError(message)
            }
        case "diff":
            return diff(arguments)
        case "parse":
            guard arguments.count == 1, let file = arguments.first, !file.hasPrefix("-") else {
                return usageError("'parse' takes exactly one file")
            }
            return parse(file)
        default:
            return usageError("unknown command '\(command)'")
        }
    }

    /// The command the arguments name, `generate` when they start with an option or are empty,
    /// and the arguments after it; nil when they ask for help.
    static func command(of arguments: [String]) -> (name: String, arguments: [String])? {
        if arguments.contains("-h") || arguments.contains("--help") || arguments.first == "help" { return nil }
        guard let first = arguments.first, !first.hasPrefix("-") else { return ("generate", arguments) }
        return (first, Array(arguments.dropFirst()))
    }

    /// The options `generate`, `check` and `context` accept.
    static func generatingOptions(of command: String) -> [String] {
        command == "context" ? ["--specs"]
            : ["--specs", "--templates", "--output"] + (command == "generate" ? ["--single-file"] : [])
    }

    struct Options {
        var specs = "Specs"
        /// Overrides for the built-in templates; nil uses `Templates/` when it exists.
        var templates: String?
        var output = "Generated"
        /// `openapi`: the document's format, and the file to write (standard output when nil).
        var format = "json"
        var outputFile: String?
        /// `generate`: one file to write everything into, instead of the output folder.
        var singleFile: String?

        static func parse(_ arguments: [String], allowed: [String]) -> Result<Options, UsageMessage> {
            var options = Options()
            var index = 0
            while index < arguments.count {
                let flag = arguments[index]
                guard allowed.contains(flag) else { return .failure(UsageMessage("unknown option '\(flag)'")) }
                guard index + 1 < arguments.count else {
                    let what = flag == "--format" ? "format" : flag == "--single-file" ? "file" : "folder"
                    return .failure(UsageMessage("'\(flag)' needs a \(what)"))
                }
                let value = arguments[index + 1]
                switch flag {
                case "--specs": options.specs = value
                case "--templates": options.templates = value
                case "--format": options.format = value
                case "--single-file": options.singleFile = value
                default:
                    options.output = value
                    options.outputFile = value
                }
                index += 2
            }
            return .success(options)
        }
    }

    struct UsageMessage: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    static func usageError(_ message: UsageMessage) -> Outcome { usageError(message.text) }

    static func usageError(_ message: String) -> Outcome {
        Outcome(exitCode: 2, standardOutput: "", standardError: "error: \(message)\n\nRun 'apigen --help' for usage.\n")
    }

    /// One run of the pipeline: the generated files, and the specs they come from, as read and
    /// as validated and built into the context, which the API summary compares without doing
    /// that work again.
    struct Generation {
        var files: [GeneratedFile]
        var specFiles: [SpecFile]
        var spec: APISpec
        var context: RootContext
    }

    /// Reads the inputs and runs the pipeline; on failure, the outcome to return.
    static func generateFiles(_ options: Options) -> Result<Generation, Outcome> {
        let specs: [SpecFile]
        let templates: TemplateSet
        do {
            specs = try InputReader.specFiles(in: options.specs)
            templates = try InputReader.templates(overriding: options.templates)
        } catch {
            return .failure(Outcome(exitCode: 1, standardOutput: "", standardError: error.description + "\n"))
        }
        switch GeneratorPipeline.generate(specs: specs, templates: templates) {
        case .success(let generated):
            return .success(
                Generation(files: generated.files, specFiles: specs, spec: generated.spec, context: generated.context))
        case .failure(let error):
            var sources = Dictionary(specs.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
            for (name, text) in templates.files { sources[templates.path(of: name)] = text }
            return .failure(failure(error, sources: sources))
        }
    }

    static func failure(_ error: DiagnosticsError, sources: [String: String]) -> Outcome {
        let formatter = DiagnosticFormatter(sources: sources)
        let count = error.diagnostics.filter { $0.severity == .error }.count
        let summary = "\(count) error\(count == 1 ? "" : "s") generated; nothing was written.\n"
        return Outcome(exitCode: 1, standardOutput: "", standardError: formatter.format(error.diagnostics) + "\n" + summary)
    }

    /// Writes the generated files and the specs' snapshot, and reports what was written and
    /// how the API changed since the snapshot the previous run left.
    static func generate(_ options: Options) -> Outcome {
        let generation: Generation
        switch generateFiles(options) {
        case .success(let generated): generation = generated
        case .failure(let outcome): return outcome
        }
        if let singleFile = options.singleFile { return writeSingleFile(generation, to: singleFile) }
        let files = generation.files
        let apiChanges = APISnapshot.summary(comparing: options.output + "/" + APISnapshot.folderName, with: generation)
        do {
            let plan = try OutputWriter(folder: options.output).write(
                files + APISnapshot.filesInOutputFolder(of: generation.specFiles))
            // The counts are of the generated code; the snapshot is apigen's own bookkeeping.
            let isCode = { (path: String) in !path.hasPrefix(APISnapshot.folderName + "/") }
            var report = "Generated \(files.count) files in \(options.output): \(plan.writes.count(where: isCode)) written, "
            report += "\(plan.unchanged.count(where: isCode)) unchanged, \(plan.removals.count(where: isCode)) removed.\n"
            return Outcome(exitCode: 0, standardOutput: report + (apiChanges.map { $0 + "\n" } ?? ""), standardError: "")
        } catch {
            return Outcome(exitCode: 1, standardOutput: "", standardError: error.description + "\n")
        }
    }

    static func check(_ options: Options) -> Outcome {
        let files: [GeneratedFile]
        switch generateFiles(options) {
        case .success(let generated): files = generated.files + APISnapshot.filesInOutputFolder(of: generated.specFiles)
        case .failure(let outcome): return outcome
        }
        let plan = OutputWriter(folder: options.output).plan(files)
        if plan.isEmpty {
            return Outcome(exitCode: 0, standardOutput: "\(options.output) is up to date (\(files.count) files).\n", standardError: "")
        }
        var lines = plan.writes.map { path in
            FileManager.default.fileExists(atPath: options.output + "/" + path)
                ? "  changed: \(options.output)/\(path)" : "  missing: \(options.output)/\(path)"
        }
        lines += plan.removals.map { "  stale:   \(options.output)/\($0)" }
        let message = "error: \(options.output) is out of date; run 'apigen generate':\n" + lines.joined(separator: "\n") + "\n"
        return Outcome(exitCode: 1, standardOutput: "", standardError: message)
    }

    static func context(_ options: Options) -> Outcome {
        let specs: [SpecFile]
        do {
            specs = try InputReader.specFiles(in: options.specs)
        } catch {
            return Outcome(exitCode: 1, standardOutput: "", standardError: error.description + "\n")
        }
        switch GeneratorPipeline.context(specs) {
        case .success(let context):
            return Outcome(exitCode: 0, standardOutput: context.templateValue.jsonString(pretty: true) + "\n", standardError: "")
        case .failure(let error):
            return failure(error, sources: Dictionary(specs.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    static func parse(_ file: String) -> Outcome {
        let text: String
        do {
            text = try InputReader.readText(file)
        } catch {
            return Outcome(exitCode: 1, standardOutput: "", standardError: error.description + "\n")
        }
        let document = YAMLLite.parse(text)
        if !document.errors.isEmpty {
            let diagnostics = document.errors.map { Diagnostic(at: SourceRef(file: file, location: $0.location), $0.message) }
            let formatter = DiagnosticFormatter(sources: [file: text])
            return Outcome(exitCode: 1, standardOutput: "", standardError: formatter.format(diagnostics) + "\n")
        }
        let json = document.root?.jsonString(pretty: true) ?? "null"
        return Outcome(exitCode: 0, standardOutput: json + "\n", standardError: "")
    }
}
