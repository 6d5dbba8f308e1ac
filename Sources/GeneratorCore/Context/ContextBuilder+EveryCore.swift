import ConcurrentMap
import SpecModel

/// From how many items a map whose work per item is about a microsecond (a name converted, a
/// key looked up) is spread over the cores: below it, waking the other threads costs more than
/// they save, which would slow down small specs such as the Frontegg one.
let cheapItemsMinimumCount = 1_000

/// The same for work of some microseconds per item, such as walking an endpoint's models.
let lightItemsMinimumCount = 128

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
