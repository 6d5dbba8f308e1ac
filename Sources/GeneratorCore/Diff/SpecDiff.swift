import SpecModel

/// Compares two versions of an API's specs and lists what changed, each change classified by
/// what it does to the generated client (see ``APIChange``).
///
/// The comparison is by name: endpoints by operation id, models by name, fields by wire name.
public enum SpecDiff {
    public static func changes(from old: APISpec, to new: APISpec) -> [APIChange] {
        var changes: [APIChange] = []
        compareEndpoints(old, new, into: &changes)
        compareModels(old, new, flows: modelFlows(old, new), into: &changes)
        compareErrorBodyTypes(old, new, into: &changes)
        compareServers(old, new, into: &changes)
        compareSecuritySchemes(old, new, into: &changes)
        return changes.sorted { ($0.severity, $1.path) > ($1.severity, $0.path) }
    }

    /// The semantic-version bump the changes call for: `major` for a breaking one, `minor` for
    /// additions and warnings, `patch` for documentation only, `none` without changes.
    public static func semver(of changes: [APIChange]) -> String {
        guard let worst = changes.map(\.severity).max() else { return "none" }
        switch worst {
        case .breaking: return "major"
        case .warning: return "minor"
        case .info: return changes.contains { $0.message.hasPrefix("added") } ? "minor" : "patch"
        }
    }

    // MARK: - Security schemes

    static func compareSecuritySchemes(_ old: APISpec, _ new: APISpec, into changes: inout [APIChange]) {
        let newNames = Set(new.schemes.map(\.name.value))
        let oldNames = Set(old.schemes.map(\.name.value))
        for scheme in old.schemes where !newNames.contains(scheme.name.value) {
            changes.append(
                APIChange(
                    .breaking, source: true, wire: true, path: "securitySchemes.\(scheme.name.value)",
                    "removed security scheme '\(scheme.name.value)': the Authentication property '\(SwiftNaming.memberName(scheme.name.value))' is gone",
                    at: scheme.name.source))
        }
        for scheme in new.schemes where !oldNames.contains(scheme.name.value) {
            changes.append(
                APIChange(
                    .info, path: "securitySchemes.\(scheme.name.value)", "added security scheme '\(scheme.name.value)'",
                    at: scheme.name.source))
        }
    }

    // MARK: - Servers

    static func compareServers(_ old: APISpec, _ new: APISpec, into changes: inout [APIChange]) {
        let newServers = Dictionary(new.servers.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        let oldServers = Dictionary(old.servers.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        for server in old.servers where newServers[server.name.value] == nil {
            changes.append(
                APIChange(
                    .breaking, source: true, path: "servers.\(server.name.value)",
                    "removed server '\(server.name.value)': the Server case '.\(SwiftNaming.memberName(server.name.value))' is gone",
                    at: server.name.source))
        }
        for server in new.servers {
            guard let before = oldServers[server.name.value] else {
                changes.append(
                    APIChange(.info, path: "servers.\(server.name.value)", "added server '\(server.name.value)'", at: server.name.source))
                continue
            }
            if before.url.value != server.url.value {
                changes.append(
                    APIChange(
                        .warning, path: "servers.\(server.name.value).url",
                        "url of server '\(server.name.value)' changed from '\(before.url.value)' to '\(server.url.value)'",
                        at: server.url.source))
            }
        }
    }
}
