/// Gathers every problem of a run, so that one run reports all of them, not only the first.
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ message: String, at source: SourceRef) {
        diagnostics.append(Diagnostic(.error, at: source, message))
    }

    public mutating func warning(_ message: String, at source: SourceRef) {
        diagnostics.append(Diagnostic(.warning, at: source, message))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// The diagnostics in source order (file, line, column), each reported once.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics
            .enumerated()
            .sorted { lhs, rhs in
                lhs.element.source == rhs.element.source
                    ? lhs.offset < rhs.offset : lhs.element.source < rhs.element.source
            }
            .map(\.element)
            .filter { seen.insert($0).inserted }
    }
}
