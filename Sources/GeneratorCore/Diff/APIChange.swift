import SpecModel

/// One difference between two versions of an API's specs, as it affects the generated client.
public struct APIChange: Sendable, Hashable, CustomStringConvertible {
    /// How much the change can hurt.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        /// An addition or a documentation change: nothing that worked stops working.
        case info
        /// May break: exhaustive switches over a grown enum, narrowed constraints, new defaults.
        case warning
        /// Existing callers stop compiling, or an old client stops working against the new API.
        case breaking

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    public let severity: Severity
    /// Whether code written against the old client stops compiling.
    public let breaksSource: Bool
    /// Whether an old client stops working against the new API.
    public let breaksWire: Bool
    /// Where in the specs: `endpoints.inviteUser.body.skipInviteEmail`.
    public let path: String
    /// What changed, naming what it does to the Swift client.
    public let message: String
    /// Where the change is in the new specs, or in the old ones for a removal.
    public let source: SourceRef

    public init(
        _ severity: Severity, source breaksSource: Bool = false, wire breaksWire: Bool = false, path: String,
        _ message: String, at source: SourceRef
    ) {
        self.severity = severity
        self.breaksSource = breaksSource
        self.breaksWire = breaksWire
        self.path = path
        self.message = message
        self.source = source
    }

    /// Whether only the documentation changed: a summary or a description.
    public var isDocumentation: Bool {
        path.hasSuffix(".summary") || path.hasSuffix(".description")
    }

    /// `Specs/users.yaml:12:5: breaking: endpoints.lockUser: …`.
    public var description: String {
        "\(source): \(severity.rawValue): \(path): \(message)"
    }
}
