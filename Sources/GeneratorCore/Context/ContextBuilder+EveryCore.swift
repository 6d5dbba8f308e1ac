import SpecModel

extension ContextBuilderState {
    /// `build` applied to each item on every core, in order, each by its own copy of this
    /// state: for contexts that depend only on names settled before they are built. Each copy
    /// starts with no diagnostics and returns the ones it found with its result, for the caller
    /// to report where building the items one by one would have.
    func builtOnEveryCore<Item: Sendable, Output: Sendable>(
        _ items: [Item], _ build: @Sendable (inout ContextBuilderState, Item) -> Output
    ) -> [(output: Output, diagnostics: [Diagnostic])] {
        var start = self
        start.diagnostics = DiagnosticCollector()
        let copy = start
        return items.concurrentMap { item in
            var builder = copy
            let output = build(&builder, item)
            return (output, builder.diagnostics.diagnostics)
        }
    }
}

extension Array {
    /// The elements cut into consecutive runs of the given lengths, which add up to `count`:
    /// per-group results back out of one list built for all groups at once.
    func split(intoRunsOf lengths: [Int]) -> [[Element]] {
        var rest = self[...]
        return lengths.map { length in
            defer { rest = rest.dropFirst(length) }
            return Array(rest.prefix(length))
        }
    }
}
