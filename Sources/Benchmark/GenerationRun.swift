import GeneratorCore
import SpecModel

/// How long each phase of one generation took.
struct PhaseTimes: Sendable {
    var parse = Duration.zero
    var validate = Duration.zero
    var context = Duration.zero
    var render = Duration.zero
    var write = Duration.zero

    var total: Duration { parse + validate + context + render + write }

    /// Each phase's best of the two: repetitions only ever add noise (other processes, cache
    /// misses, page faults), so the minimum is the closest to the code's own cost.
    func fastest(_ other: PhaseTimes) -> PhaseTimes {
        PhaseTimes(
            parse: min(parse, other.parse), validate: min(validate, other.validate),
            context: min(context, other.context), render: min(render, other.render), write: min(write, other.write))
    }
}

/// One whole generation, phase by phase as `apigen generate` runs them, each timed alone.
struct GenerationRun {
    var times = PhaseTimes()
    var spec: SpecReplicator.Counts
    /// Counts only: holding the files would add to the next run's peak memory.
    var generatedFiles: Int
    var generatedLines: Int
    var plan: OutputWriter.Plan

    /// Runs every phase and writes into `folder`; any diagnostic (even a warning) is a failure,
    /// since a synthetic spec is copies of a clean one.
    init(specs: [SpecFile], templates: TemplateSet, into folder: String) throws(BenchmarkFailure) {
        let (loaded, parseTime) = Stopwatch.measure { GeneratorPipeline.parse(specs) }
        times.parse = parseTime
        guard let spec = loaded.0, loaded.1.isEmpty else { throw Self.failure("parse", loaded.1, specs) }

        let (problems, validateTime) = Stopwatch.measure { validateSpec(spec) }
        times.validate = validateTime
        guard problems.isEmpty else { throw Self.failure("validate", problems, specs) }

        let (built, contextTime) = Stopwatch.measure { ContextBuilder.build(spec) }
        times.context = contextTime
        let context = try built.get(or: "context", specs)

        let (rendered, renderTime) = Stopwatch.measure { GeneratorPipeline.render(context, templates: templates) }
        times.render = renderTime
        let files = try rendered.get(or: "render", specs)

        let writer = OutputWriter(folder: folder)
        let (written, writeTime) = Stopwatch.measure { Result { () throws(OutputWriter.Failure) in try writer.write(files) } }
        times.write = writeTime
        switch written {
        case .success(let plan): self.plan = plan
        case .failure(let failure): throw BenchmarkFailure(failure.description)
        }
        self.spec = SpecReplicator.Counts(spec)
        generatedFiles = files.count
        generatedLines = files.reduce(0) { $0 + lineCount($1.contents) }
    }

    static func failure(_ phase: String, _ diagnostics: [Diagnostic], _ specs: [SpecFile]) -> BenchmarkFailure {
        // Show where, with the source line: the synthetic text exists only in memory.
        let shownDiagnostics = diagnostics.prefix(10)
        let files = Set(shownDiagnostics.map(\.source.file))
        let sources = specs.filter { files.contains($0.path) }.map { ($0.path, $0.text) }
        let formatter = DiagnosticFormatter(sources: Dictionary(sources, uniquingKeysWith: { first, _ in first }))
        let shown = shownDiagnostics.map(formatter.format).joined(separator: "\n")
        let more = diagnostics.count > 10 ? "\n... and \(diagnostics.count - 10) more" : ""
        return BenchmarkFailure("error: the synthetic spec (\(specs.count) files) does not generate cleanly; \(phase) reported:\n\(shown)\(more)")
    }
}

extension Result where Failure == DiagnosticsError {
    fileprivate func get(or phase: String, _ specs: [SpecFile]) throws(BenchmarkFailure) -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error): throw GenerationRun.failure(phase, error.diagnostics, specs)
        }
    }
}

func lineCount(_ text: String) -> Int {
    text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
}
