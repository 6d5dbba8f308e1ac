import ConcurrentMap
import SpecModel

extension ContextBuilderState {
    /// `build` applied to each item on every core, in order, by one copy of this state per worker
    /// thread: for contexts that depend only on names settled before they are built. Each copy
    /// starts with no diagnostics and returns the ones it found with its result, for the caller
    /// to report where building the items one by one would have.
    func builtOnEveryCore<Item: Sendable, Output: Sendable>(
        _ items: [Item], _ build: @Sendable (inout ContextBuilderState, Item) -> Output
    ) -> [(output: Output, diagnostics: [Diagnostic])] {
        var start = self
        start.diagnostics = DiagnosticCollector()
        let copy = start
        return items.concurrentMap(workerState: { copy }) { builder, item in
            let output = build(&builder, item)
            defer { builder.diagnostics = DiagnosticCollector() }
            return (output, builder.diagnostics.diagnostics)
        }
    }
}
