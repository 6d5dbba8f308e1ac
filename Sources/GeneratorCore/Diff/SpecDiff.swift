import SpecModel

/// Compares two versions of an API's specs and lists what changed, each change classified by
/// what it does to the generated client (see ``APIChange``).
///
/// The comparison is by name: endpoints by operation id, models by name, fields by wire name.
/// Messages name the Swift symbols apigen generates for each side.
public enum SpecDiff {
    public static func changes(from old: APISpec, to new: APISpec) -> [APIChange] {
        changes(from: old, to: new, newContext: nil)
    }

    /// `changes(from:to:)`, naming the new side's symbols from `newContext` when the caller has
    /// built it already.
    static func changes(from old: APISpec, to new: APISpec, newContext: RootContext?) -> [APIChange] {
        var comparison = SpecComparison(old: old, new: new, newContext: newContext)
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

    init(old: APISpec, new: APISpec, newContext: RootContext? = nil) {
        self.old = old
        self.new = new
        before = SwiftSymbols(old)
        after = newContext.map(SwiftSymbols.init) ?? SwiftSymbols(new)
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
        for scheme in old.schemes where !newNames.contains(scheme.name.value) {
            add(
                APIChange(
                    .breaking, source: true, wire: true, path: "securitySchemes.\(scheme.name.value)",
                    "removed security scheme '\(scheme.name.value)': `Authentication.\(SwiftNaming.memberName(scheme.name.value))` is gone",
                    at: scheme.name.source))
        }
        let previous = Dictionary(old.schemes.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        for scheme in new.schemes {
            let name = scheme.name.value
            let property = "`Authentication.\(SwiftNaming.memberName(name))`"
            guard let earlier = previous[name] else {
                add(APIChange(.info, path: "securitySchemes.\(name)", "new security scheme '\(name)': \(property)", at: scheme.name.source))
                continue
            }
            // Compared by what they say: the kinds' names also carry where they are written.
            guard Self.describe(earlier.kind) != Self.describe(scheme.kind) else { continue }
            // Bearer tokens, basic credentials and keys are different Swift types.
            let credentialsChanged = Self.credentialKind(earlier.kind) != Self.credentialKind(scheme.kind)
            add(
                APIChange(
                    .breaking, source: credentialsChanged, wire: true, path: "securitySchemes.\(name)",
                    "security scheme '\(name)' is now \(Self.describe(scheme.kind)), not \(Self.describe(earlier.kind)): old clients send the old credentials",
                    at: scheme.name.source))
        }
    }

    static func credentialKind(_ kind: SecuritySchemeSpec.Kind) -> String {
        switch kind {
        case .bearer: "bearer"
        case .basic: "basic"
        case .apiKey: "key"
        }
    }

    static func describe(_ kind: SecuritySchemeSpec.Kind) -> String {
        switch kind {
        case .bearer: "a bearer token"
        case .basic: "basic credentials"
        case .apiKey(let location, let name): "a key in the \(location.rawValue) '\(name.value)'"
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
            compareServerVariables(previous, server)
            if previous.url.value != server.url.value {
                add(
                    APIChange(
                        .warning, path: "servers.\(server.name.value).url",
                        "the URL of `Server.\(SwiftNaming.memberName(server.name.value))` changed from '\(previous.url.value)' to '\(server.url.value)'",
                        at: server.url.source))
            }
        }
    }

    /// A server's URL variables: each is an argument of its `Server` case.
    mutating func compareServerVariables(_ earlier: ServerSpec, _ server: ServerSpec) {
        let serverCase = "`Server.\(SwiftNaming.memberName(server.name.value))`"
        let path = "servers.\(server.name.value).variables"
        let previous = Dictionary(earlier.variables.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Set(server.variables.map(\.name.value))
        for variable in earlier.variables where !names.contains(variable.name.value) {
            add(
                APIChange(
                    .breaking, source: true, path: path + "." + variable.name.value,
                    "\(serverCase) lost its argument `\(SwiftNaming.memberName(variable.name.value))`: code that passes it stops compiling",
                    at: earlier.name.source))
        }
        for variable in server.variables {
            let argument = "`\(SwiftNaming.memberName(variable.name.value))`"
            guard let before = previous[variable.name.value] else {
                let required = variable.defaultValue == nil
                add(
                    APIChange(
                        required ? .breaking : .info, source: required, path: path + "." + variable.name.value,
                        required
                            ? "\(serverCase) has a new argument \(argument): code that makes the case must pass it"
                            : "\(serverCase) has a new argument \(argument), defaulting to '\(variable.defaultValue ?? "")'",
                        at: variable.name.source))
                continue
            }
            if before.defaultValue != variable.defaultValue {
                add(
                    APIChange(
                        variable.defaultValue == nil ? .breaking : .warning, source: variable.defaultValue == nil,
                        path: path + "." + variable.name.value,
                        "the default of \(serverCase)'s argument \(argument) changed from '\(before.defaultValue ?? "none")' to '\(variable.defaultValue ?? "none")'",
                        at: variable.name.source))
            }
        }
    }
}
