import Foundation

/// Checks the rules of the spec contract that need the whole, merged spec: stage 2 of the pipeline.
/// Returns every problem found, in source order; an empty list means the spec is valid.
///
/// `modelIndexes` is `spec.modelIndexesByName()` and `groupNames` `spec.groupNames()`, for a
/// caller that has them already.
public func validateSpec(
    _ spec: APISpec, modelIndexes: [String: Int]? = nil, groupNames: Set<String>? = nil
) -> [Diagnostic] {
    var (collector, patterns) = validateSpecDeferringPatterns(spec, modelIndexes: modelIndexes, groupNames: groupNames)
    collector.append(contentsOf: patterns.failures())
    return collector.sorted
}

/// `validateSpec`, but with the `pattern:` constraints left to compile (`PatternChecks.failures()`)
/// and the diagnostics as found, for a caller that adds the pattern errors and sorts.
public func validateSpecDeferringPatterns(
    _ spec: APISpec, modelIndexes: [String: Int]? = nil, groupNames: Set<String>? = nil
) -> (DiagnosticCollector, PatternChecks) {
    let validation = SpecValidation(spec, modelIndexes: modelIndexes, groupNames: groupNames)
    return validation.finish((0..<validation.itemCount).map(validation.check(item:)))
}

/// `validateSpecDeferringPatterns` in steps, so that a caller may check the spec's models and
/// endpoints, which do not depend on each other, on several threads: `check(item:)` each item
/// from 0 to `itemCount`, then `finish` with what each found, in item order.
public struct SpecValidation: Sendable {
    /// What checking one model or endpoint found.
    public struct Findings: Sendable {
        var diagnostics: [Diagnostic]
        var patternChecks: [PatternChecks.Check]
    }

    private let spec: APISpec
    /// The checks, with nothing found yet.
    private let validator: SpecValidator

    public init(_ spec: APISpec, modelIndexes: [String: Int]? = nil, groupNames: Set<String>? = nil) {
        self.spec = spec
        validator = SpecValidator(
            spec: spec, modelIndexes: modelIndexes ?? spec.modelIndexesByName(),
            groupNames: groupNames ?? spec.groupNames())
    }

    /// How many items there are to check: the models, then the endpoints.
    public var itemCount: Int { spec.models.count + spec.endpoints.count }

    /// Checks model `item`, or endpoint `item - spec.models.count`.
    public func check(item: Int) -> Findings {
        // A copy of the checks for each item: a few arrays and sets, not the whole spec.
        var validator = validator
        let models = spec.models.count
        if item < models {
            validator.check(modelAt: item)
        } else {
            validator.check(endpointAt: item - models)
        }
        return Findings(diagnostics: validator.diagnostics.diagnostics, patternChecks: validator.patternChecks.checks)
    }

    /// The rest of the checks, with what `check(item:)` found for each item, in item order.
    public func finish(_ findings: [Findings]) -> (DiagnosticCollector, PatternChecks) {
        var validator = validator
        validator.checkInfo(of: spec)
        validator.checkServers(of: spec)
        validator.checkGroups(of: spec)
        validator.checkSecurity(of: spec)
        for item in findings.indices {
            validator.diagnostics.append(contentsOf: findings[item].diagnostics)
            validator.patternChecks.checks += findings[item].patternChecks
        }
        validator.checkRecursion()
        validator.checkUnionCycles()
        validator.checkTokenFlow(of: spec)
        return (validator.diagnostics, validator.patternChecks)
    }
}

/// The checks, split by what they check: this file, the API, servers and groups and shared
/// helpers; `+Fields` models and fields, `+Endpoints`, `+Recursion` and `+TokenFlow` the rest.
///
/// Descriptions of what is checked ("'email' of model 'User'") are autoclosures throughout,
/// built only when a message needs them.
struct SpecValidator {
    /// The spec's models and endpoints; checks of the whole spec are given it.
    let models: [ModelSpec]
    let endpoints: [EndpointSpec]
    /// Whether the spec declares groups, so that every endpoint must name one.
    let declaresGroups: Bool
    var diagnostics = DiagnosticCollector()
    /// The index in `models` of the first model of each name.
    let modelIndexes: [String: Int]
    let groupNames: Set<String>
    let serverNames: Set<String>
    /// The security schemes' names, the implicit `bearer` one included when none is declared.
    let schemeNames: [String]
    /// Whether `spec.unreadable` holds `files`, `groups` and `servers`.
    let filesUnreadable: Bool
    let groupsUnreadable: Bool
    let serversUnreadable: Bool
    /// The `pattern:` constraints found, to compile after validation.
    var patternChecks = PatternChecks()

    static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    static let primitiveNames = ["string", "integer", "number", "boolean", "object", "any", "array", "map"]

    init(spec: APISpec, modelIndexes: [String: Int], groupNames: Set<String>) {
        models = spec.models
        endpoints = spec.endpoints
        declaresGroups = !spec.groups.isEmpty
        self.modelIndexes = modelIndexes
        self.groupNames = groupNames
        serverNames = Set(spec.servers.map(\.name.value))
        schemeNames = spec.schemes.map(\.name.value)
        filesUnreadable = spec.unreadable.contains("files")
        groupsUnreadable = spec.unreadable.contains("groups")
        serversUnreadable = spec.unreadable.contains("servers")
    }

    mutating func error(_ message: String, at source: SourceRef) {
        diagnostics.error(message, at: source)
    }

    // MARK: API, servers, groups

    mutating func checkInfo(of spec: APISpec) {
        let name = spec.info.name
        if !isIdentifier(name.value) {
            error(
                "api name '\(name.value)' must be a Swift module name: letters, digits and '_', not starting with a digit",
                at: name.source)
        }
    }

    mutating func checkServers(of spec: APISpec) {
        // The index of the last server of each name so far, whose place a repeat cites.
        var seen: [String: Int] = [:]
        for (index, server) in spec.servers.enumerated() {
            if let first = seen[server.name.value] {
                error(
                    "server '\(server.name.value)' is defined twice (first at \(spec.servers[first].name.source))",
                    at: server.name.source)
            }
            seen[server.name.value] = index
            let placeholders = TemplatedText.placeholders(server.url.value)
            let declared = server.variables.map(\.name.value)
            for placeholder in placeholders where !declared.contains(placeholder) {
                error(
                    "server '\(server.name.value)' uses '{\(placeholder)}' but declares no variable '\(placeholder)'",
                    at: server.url.source)
            }
            for variable in server.variables where !placeholders.contains(variable.name.value) {
                error(
                    "variable '\(variable.name.value)' of server '\(server.name.value)' does not occur in its url",
                    at: variable.name.source)
            }
            for variable in server.variables {
                if let defaultValue = variable.defaultValue, let values = variable.enumValues,
                    !values.contains(defaultValue)
                {
                    error(
                        "default '\(defaultValue)' of variable '\(variable.name.value)' is not one of its enum values",
                        at: variable.name.source)
                }
            }
            let template = server.url.value.replacingOccurrences(of: "{", with: "").replacingOccurrences(
                of: "}", with: "")
            if server.isRelative {
                // A path is joined to an origin the user gives: it must read as one.
                if URL(string: template, relativeTo: URL(string: "https://example.com")) == nil || template.contains("?")
                    || template.contains("#")
                {
                    error(
                        "url '\(server.url.value)' of server '\(server.name.value)' is not a path such as '/api/v3'",
                        at: server.url.source)
                }
                continue
            }
            guard let url = URL(string: template), let scheme = url.scheme,
                ["http", "https"].contains(scheme.lowercased()), url.host != nil
            else {
                error(
                    "url '\(server.url.value)' of server '\(server.name.value)' is not an absolute http or https URL, "
                        + "nor a path such as '/api/v3'",
                    at: server.url.source)
                continue
            }
        }
    }

    mutating func checkGroups(of spec: APISpec) {
        // The index of the last group of each name so far, whose place a repeat cites.
        var seen: [String: Int] = [:]
        seen.reserveCapacity(spec.groups.count)
        for index in spec.groups.indices {
            let name = spec.groups[index].name
            if let first = seen.updateValue(index, forKey: name.value) {
                error(
                    "group '\(name.value)' is defined twice (first at \(spec.groups[first].name.source))",
                    at: name.source)
            }
        }
    }

    // MARK: Helpers

    mutating func checkType(_ type: TypeExpression, at source: SourceRef) {
        // A file that could not be read may declare the model.
        if filesUnreadable { return }
        // An expression names at most one model, under any number of arrays and maps.
        guard let name = type.referencedModels.first, modelIndexes[name] == nil else { return }
        let candidates = Set(modelIndexes.keys).union(Self.primitiveNames)
        error("unknown type '\(name)'" + Suggestions.hint(for: name, in: candidates), at: source)
    }

    mutating func checkGroupExists(_ group: Located<String>) {
        // Groups that could not be read, or that may be in a file that could not, were reported.
        if groupsUnreadable || filesUnreadable { return }
        if !groupNames.contains(group.value) {
            error(
                "unknown group '\(group.value)'" + Suggestions.hint(for: group.value, in: groupNames), at: group.source)
        }
    }

    /// Letters, digits and `_`, not starting with a digit. Every allowed character is ASCII, so
    /// checking UTF-8 bytes is checking characters.
    func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, !Self.isDigit(first) else { return false }
        return text.utf8.allSatisfy { $0 == UInt8(ascii: "_") || Self.isLetter($0) || Self.isDigit($0) }
    }

    /// An HTTP token: letters, digits and ``!#$%&'*+-.^_`|~``, all ASCII, so checked as bytes.
    func isHeaderName(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
                    UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
                    UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                    true
                default:
                    Self.isLetter(byte) || Self.isDigit(byte)
                }
            }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
