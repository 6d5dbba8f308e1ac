import SpecModel

/// Compares two versions of an API's specs and lists what changed, each change classified by
/// what it does to the generated client (see ``APIChange``).
///
/// The comparison is by name: endpoints by operation id, models by name, fields by wire name.
/// Messages name the Swift symbols apigen generates for each side.
public enum SpecDiff {
    public static func changes(from old: APISpec, to new: APISpec) -> [APIChange] {
        var comparison = SpecComparison(old: old, new: new)
        comparison.compare()
        return comparison.changes.sorted { ($0.severity, $1.path) > ($1.severity, $0.path) }
    }

    /// The semantic-version bump the changes call for: `major` for a breaking one, `minor` for
    /// additions and warnings, `patch` for documentation only, `none` without changes.
    public static func semver(of changes: [APIChange]) -> String {
        guard let worst = changes.map(\.severity).max() else { return "none" }
        switch worst {
        case .breaking: return "major"
        case .warning: return "minor"
        case .info: return changes.allSatisfy(\.isDocumentation) ? "patch" : "minor"
        }
    }
}

/// One comparison of two versions of the specs, collecting its changes.
struct SpecComparison {
    let old: APISpec
    let new: APISpec
    /// The Swift names of the old and the new client.
    let before: SwiftSymbols
    let after: SwiftSymbols
    /// Which way each model's values travel, in either version.
    let flows: [String: Flow]
    private(set) var changes: [APIChange] = []

    init(old: APISpec, new: APISpec) {
        self.old = old
        self.new = new
        before = SwiftSymbols(old)
        after = SwiftSymbols(new)
        flows = Self.modelFlows(old, new)
    }

    mutating func compare() {
        compareEndpoints()
        compareModels()
        compareErrorBodyTypes()
        compareServers()
        compareSecuritySchemes()
    }

    mutating func add(_ change: APIChange) {
        changes.append(change)
    }

    // MARK: - Security schemes

    mutating func compareSecuritySchemes() {
        let newNames = Set(new.schemes.map(\.name.value))
        let oldNames = Set(old.schemes.map(\.name.value))
        for scheme in old.schemes where !newNames.contains(scheme.name.value) {
            add(
                APIChange(
                    .breaking, source: true, wire: true, path: "securitySchemes.\(scheme.name.value)",
                    "removed security scheme '\(scheme.name.value)': `Authentication.\(SwiftNaming.memberName(scheme.name.value))` is gone",
                    at: scheme.name.source))
        }
        for scheme in new.schemes where !oldNames.contains(scheme.name.value) {
            add(
                APIChange(
                    .info, path: "securitySchemes.\(scheme.name.value)",
                    "new security scheme '\(scheme.name.value)': `Authentication.\(SwiftNaming.memberName(scheme.name.value))`",
                    at: scheme.name.source))
        }
    }

    // MARK: - Servers

    mutating func compareServers() {
        let newServers = Dictionary(new.servers.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        let oldServers = Dictionary(old.servers.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        for server in old.servers where newServers[server.name.value] == nil {
            add(
                APIChange(
                    .breaking, source: true, path: "servers.\(server.name.value)",
                    "removed server '\(server.name.value)': the case `Server.\(SwiftNaming.memberName(server.name.value))` is gone",
                    at: server.name.source))
        }
        for server in new.servers {
            guard let previous = oldServers[server.name.value] else {
                add(
                    APIChange(
                        .info, path: "servers.\(server.name.value)",
                        "new server '\(server.name.value)': `Server.\(SwiftNaming.memberName(server.name.value))`",
                        at: server.name.source))
                continue
            }
            if previous.url.value != server.url.value {
                add(
                    APIChange(
                        .warning, path: "servers.\(server.name.value).url",
                        "the URL of `Server.\(SwiftNaming.memberName(server.name.value))` changed from '\(previous.url.value)' to '\(server.url.value)'",
                        at: server.url.source))
            }
        }
    }
}
