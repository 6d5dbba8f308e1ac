import SpecModel

/// One Swift namespace (the module's types, a struct's properties, a method's arguments, an
/// enum's cases) in which every generated name must be unique. Two spec names that become the
/// same Swift name (`user_id` and `userId`) are an error at the second, citing the first.
struct NameScope: Sendable {
    /// Claimed Swift name → the spec name and the place that claimed it.
    private var claimed: [String: (original: String, source: SourceRef)] = [:]
    /// Names taken before the scope starts, with why. Either may be empty; scopes made from the
    /// same large set (every model's name) pass it as `shared`.
    private let reserved: [String: String]
    private let shared: [String: String]
    private let kind: String
    private let owner: String?

    /// What the scope is, for diagnostics: `kind`, or `kind 'owner'` (`the properties of 'User'`).
    /// Put together only for a diagnostic, which most scopes never report.
    var description: String { owner.map { "\(kind) '\($0)'" } ?? kind }

    init(_ kind: String, of owner: String? = nil, reserved: [String: String] = [:], shared: [String: String] = [:]) {
        self.kind = kind
        self.owner = owner
        self.reserved = reserved
        self.shared = shared
    }

    /// Makes room for `count` names at once.
    mutating func reserveCapacity(_ count: Int) {
        claimed.reserveCapacity(count)
    }

    /// Claims `name` unless it is claimed already; returns the earlier claim then.
    private mutating func record(
        _ name: String, for original: String, at source: SourceRef
    ) -> (original: String, source: SourceRef)? {
        if let previous = claimed[name] { return previous }
        claimed[name] = (original, source)
        return nil
    }

    private func reason(reserving name: String) -> String? {
        reserved[name] ?? shared[name]
    }

    /// Claims `swiftName` for the spec name `original`; reports a collision to `diagnostics`.
    mutating func claim(
        _ swiftName: String, for original: String, at source: SourceRef, diagnostics: inout DiagnosticCollector
    ) {
        if let reason = reason(reserving: swiftName) {
            diagnostics.error(
                "'\(original)' becomes the Swift name '\(swiftName)' in \(description), which \(reason)", at: source)
            return
        }
        if let previous = record(swiftName, for: original, at: source) {
            diagnostics.error(
                "'\(original)' and '\(previous.original)' (at \(previous.source)) both become the Swift name '\(swiftName)' in \(description)",
                at: source)
        }
    }

    func contains(_ swiftName: String) -> Bool { claimed[swiftName] != nil || reason(reserving: swiftName) != nil }

    /// Claims the first free name of `base`, `base` + suffix, then numbered: for names the spec
    /// cannot choose itself, such as enum cases, or that must step aside for reserved names.
    mutating func claimFree(_ base: String, suffix: String = "", for original: String, at source: SourceRef) -> String {
        var candidate = base
        if contains(candidate), !suffix.isEmpty { candidate = base + suffix }
        var number = 2
        while contains(candidate) {
            candidate = base + suffix + String(number)
            number += 1
        }
        _ = record(candidate, for: original, at: source)
        return candidate
    }
}
