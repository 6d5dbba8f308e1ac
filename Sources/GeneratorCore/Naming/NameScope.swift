import SpecModel

/// One Swift namespace (the module's types, a struct's properties, a method's arguments, an
/// enum's cases) in which every generated name must be unique. Two spec names that become the
/// same Swift name (`user_id` and `userId`) are an error at the second, citing the first.
struct NameScope {
    private var claimed: [String: (original: String, source: SourceRef)] = [:]
    /// Names taken before the scope starts, with why, never mutated: scopes made from the same
    /// large set (every model's name) share it instead of copying it. Either may be empty.
    private let reserved: [String: String]
    private let shared: [String: String]
    /// The description's parts, put together only for a diagnostic: a spec makes a scope per
    /// model and per operation, and almost never reports one.
    private let kind: String
    private let owner: String?

    /// What the scope is, for diagnostics: `kind`, or `kind 'owner'` (`the properties of 'User'`).
    var description: String { owner.map { "\(kind) '\($0)'" } ?? kind }

    init(_ kind: String, of owner: String? = nil, reserved: [String: String] = [:], shared: [String: String] = [:]) {
        self.kind = kind
        self.owner = owner
        self.reserved = reserved
        self.shared = shared
    }

    /// Makes room for `count` names at once, for scopes that take thousands.
    mutating func reserveCapacity(_ count: Int) {
        claimed.reserveCapacity(count)
    }

    private func reason(reserving name: String) -> String? {
        // Most scopes reserve nothing: skip hashing the name for an empty set.
        if !reserved.isEmpty, let reason = reserved[name] { return reason }
        if !shared.isEmpty, let reason = shared[name] { return reason }
        return nil
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
        // One lookup for the common case, a name not yet taken; a clash puts the first claim back.
        if let previous = claimed.updateValue((original, source), forKey: swiftName) {
            claimed[swiftName] = previous
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
        claimed[candidate] = (original, source)
        return candidate
    }
}
