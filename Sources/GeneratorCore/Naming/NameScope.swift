import SpecModel

/// One Swift namespace (the module's types, a struct's properties, a method's arguments, an
/// enum's cases) in which every generated name must be unique. Two spec names that become the
/// same Swift name (`user_id` and `userId`) are an error at the second, citing the first.
struct NameScope {
    /// A claimed name, with the spec name and place that claimed it.
    private typealias Claim = (name: String, original: String, source: SourceRef)

    /// Most scopes (a model's properties, a method's arguments) hold a handful of names: they
    /// are kept in a list, searched by comparing names, until there are `indexThreshold`; then
    /// all of them in `claimed`. Hashing each name cost more than comparing it with a few others.
    private static let indexThreshold = 16
    private var claimedList: [Claim] = []
    private var claimed: [String: (original: String, source: SourceRef)] = [:]
    /// Whether the claims are in `claimed` rather than `claimedList`.
    private var isIndexed = false
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
        if count < Self.indexThreshold {
            claimedList.reserveCapacity(count)
        } else {
            index()
            claimed.reserveCapacity(count)
        }
    }

    /// Moves the claims from the list into the dictionary, for good.
    private mutating func index() {
        guard !isIndexed else { return }
        isIndexed = true
        for claim in claimedList { claimed[claim.name] = (claim.original, claim.source) }
        claimedList = []
    }

    /// The earlier claim of `name`, if any.
    private func claim(of name: String) -> (original: String, source: SourceRef)? {
        if isIndexed { return claimed[name] }
        for claim in claimedList where claim.name == name { return (claim.original, claim.source) }
        return nil
    }

    /// Claims `name` unless it is claimed already; returns the earlier claim then.
    private mutating func record(
        _ name: String, for original: String, at source: SourceRef
    ) -> (original: String, source: SourceRef)? {
        if !isIndexed {
            if let previous = claim(of: name) { return previous }
            if claimedList.count + 1 < Self.indexThreshold {
                claimedList.append((name, original, source))
                return nil
            }
            index()
        }
        // One lookup for the common case, a name not yet taken; a clash puts the first claim back.
        guard let previous = claimed.updateValue((original, source), forKey: name) else { return nil }
        claimed[name] = previous
        return previous
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
        if let previous = record(swiftName, for: original, at: source) {
            diagnostics.error(
                "'\(original)' and '\(previous.original)' (at \(previous.source)) both become the Swift name '\(swiftName)' in \(description)",
                at: source)
        }
    }

    func contains(_ swiftName: String) -> Bool { claim(of: swiftName) != nil || reason(reserving: swiftName) != nil }

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
