import ConcurrentMap
import SpecModel

/// Stages 1 and 2 of the pipeline: the spec files read, merged and checked.
extension GeneratorPipeline {
    /// Stage 1 with each file read on its own core, then merged: `SpecLoader.loadPartially`'s
    /// result, sooner.
    public static func parse(_ files: [SpecFile]) -> (APISpec?, [Diagnostic]) {
        SpecLoader.merge(files.concurrentMap(minimumCount: 2, SpecLoader.read))
    }

    public static func loadSpec(_ files: [SpecFile]) -> Result<APISpec, DiagnosticsError> {
        loadIndexedSpec(files).map(\.spec)
    }

    /// `loadSpec`, with the spec's model index, which validating and building the context
    /// both need: made once for both.
    static func loadIndexedSpec(_ files: [SpecFile]) -> Result<(spec: APISpec, modelIndexes: [String: Int]), DiagnosticsError> {
        loadValidatedSpec(files).flatMap { loaded in
            let failures = loaded.patterns.failures()
            if failures.isEmpty { return .success((loaded.spec, loaded.modelIndexes)) }
            return .failure(loaded.withPatternErrors(failures))
        }
    }

    /// A spec that passed every check but its patterns, which are left to compile.
    struct ValidatedSpec: Sendable {
        var spec: APISpec
        var modelIndexes: [String: Int]
        var patterns: PatternChecks
        /// Everything loading and validating reported (warnings, since there was no error).
        var diagnostics: DiagnosticCollector

        /// The run's failure when patterns do not compile: their errors among the rest.
        func withPatternErrors(_ failures: [Diagnostic]) -> DiagnosticsError {
            var all = diagnostics
            all.append(contentsOf: failures)
            return DiagnosticsError(all.sorted)
        }
    }

    /// Stages 1 and 2 but compiling the spec's patterns. With another error, the patterns are
    /// compiled here, so that the failure reports every problem.
    static func loadValidatedSpec(_ files: [SpecFile]) -> Result<ValidatedSpec, DiagnosticsError> {
        let (spec, loadProblems) = parse(files)
        guard let spec else { return .failure(DiagnosticsError(loadProblems)) }
        let (modelIndexes, groupNames) = spec.indexes()
        // Models and endpoints are checked on every core, each on its own; what each found is
        // reported in their order.
        let validation = SpecValidation(spec, modelIndexes: modelIndexes, groupNames: groupNames)
        let findings = Array(0..<validation.itemCount).concurrentMap(validation.check(item:))
        let (validationProblems, patterns) = validation.finish(findings)
        var collector = DiagnosticCollector()
        collector.append(contentsOf: loadProblems)
        collector.append(contentsOf: validationProblems.diagnostics)
        guard !collector.hasErrors else {
            collector.append(contentsOf: patterns.failures())
            return .failure(DiagnosticsError(collector.sorted))
        }
        return .success(ValidatedSpec(spec: spec, modelIndexes: modelIndexes, patterns: patterns, diagnostics: collector))
    }
}
