import GeneratorCore
import SpecModel

/// What one size measured.
struct SizeMeasurement: Sendable {
    var factor: Int
    var repetitions: Int
    var specFiles: Int
    var specLines: Int
    var counts: SpecReplicator.Counts
    var generatedFiles: Int
    var generatedLines: Int
    /// Each phase's best over the repetitions.
    var best: PhaseTimes
    /// The best whole run: not quite the sum of the best phases, which may come from different runs.
    var bestTotal: Duration
    /// The best no-change regeneration: every phase again, writing into the folder the first run filled.
    var regeneration: Duration
    /// Files the no-change regeneration wrote or removed: 0, or the benchmark fails.
    var regenerationWrites: Int
    var peakMemoryKiB: Int?
}

/// Measures the generator's phases on one synthetic size.
enum SizeBenchmark {
    /// Fewer repetitions as sizes grow: noise matters less and each run costs more.
    static func repetitions(for factor: Int) -> Int {
        switch factor {
        case ...1: 20
        case ...10: 5
        case ...100: 3
        default: 1
        }
    }

    /// - Parameter outputs: Receives the output folders, for the caller to remove once every
    ///   size is measured. Removing thousands of files just before writing thousands more makes
    ///   ext4 search longer for free inodes (it skips recently deleted ones), which would time the
    ///   benchmark's own clean-up instead of apigen's writes.
    static func measure(
        factor: Int, replicator: SpecReplicator, templates: TemplateSet, outputs: inout [TemporaryFolder]
    ) throws(BenchmarkFailure) -> SizeMeasurement {
        let specs = replicator.specs(times: factor)
        let repetitions = repetitions(for: factor)
        var best: PhaseTimes?
        var bestTotal: Duration?
        var regeneration: Duration?
        var first: GenerationRun?
        var regenerationWrites = 0
        for _ in 0..<repetitions {
            // A fresh folder each time, so every first write writes every file.
            let folder = try TemporaryFolder("apigen-benchmark")
            outputs.append(folder)
            let run = try GenerationRun(specs: specs, templates: templates, into: folder.path)
            let again = try GenerationRun(specs: specs, templates: templates, into: folder.path)
            let rewritten = again.plan.writes.count + again.plan.removals.count
            regenerationWrites = max(regenerationWrites, rewritten)
            guard rewritten == 0 else {
                throw BenchmarkFailure(
                    "error: at \(factor)x a no-change regeneration rewrote \(again.plan.writes.count) and removed \(again.plan.removals.count) files (first: \((again.plan.writes + again.plan.removals).first ?? "")); output is not deterministic")
            }
            best = best.map { $0.fastest(run.times) } ?? run.times
            bestTotal = min(bestTotal ?? run.times.total, run.times.total)
            regeneration = min(regeneration ?? again.times.total, again.times.total)
            if first == nil {
                first = run
                let expected = replicator.real.times(factor)
                guard run.spec == expected else {
                    throw BenchmarkFailure("error: the \(factor)x synthetic spec has \(run.spec), expected \(expected)")
                }
            }
        }
        guard let best, let bestTotal, let regeneration, let first else {
            throw BenchmarkFailure("error: no repetitions ran at \(factor)x")
        }
        return SizeMeasurement(
            factor: factor, repetitions: repetitions, specFiles: specs.count,
            specLines: specs.reduce(0) { $0 + lineCount($1.text) },
            counts: first.spec, generatedFiles: first.generatedFiles, generatedLines: first.generatedLines,
            best: best, bestTotal: bestTotal, regeneration: regeneration, regenerationWrites: regenerationWrites,
            peakMemoryKiB: PeakMemory.kibibytes())
    }
}
