import SpecModel

/// One Swift namespace (the module's types, a struct's properties, a method's arguments, an
/// enum's cases) in which every generated name must be unique. Two spec names that become the
/// same Swift name (`user_id` and `userId`) are an error at the second, citing the first.
struct NameScope {
    private var claimed: [String: (original: String, source: SourceRef)] = [:]
    /// Names taken before the scope starts, with why, in layers that are never mutated: scopes
    /// made from the same large reserved set (every model's name) share it instead of copying it.
    private let reservedLayers: [[String: String]]
    let description: String

    init(_ description: String, reserved: [String: String] = [:], shared: [String: String] = [:]) {
        self.description = description
        self.reservedLayers = [reserved, shared]
    }

    /// Makes room for `count` names at once, for scopes that take thousands.
    mutating func reserveCapacity(_ count: Int) {
        claimed.reserveCapacity(count)
    }

    private func reason(reserving name: String) -> String? {
        for layer in reservedLayers {
            if let reason = layer[name] { return reason }
        }
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
        if let previous = claimed[swiftName] {
            diagnostics.error(
                "'\(original)' and '\(previous.original)' (at \(previous.source)) both become the Swift name '\(swiftName)' in \(description)",
                at: source)
            return
        }
        claimed[swiftName] = (original, source)
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
