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
    var validator = SpecValidator(
        spec: spec, modelIndexes: modelIndexes ?? spec.modelIndexesByName(), groupNames: groupNames ?? spec.groupNames())
    validator.run()
    return (validator.diagnostics, validator.patternChecks)
}

/// The checks, split by what they check: this file, the API, servers and groups and shared
/// helpers; `+Fields` models and fields, `+Endpoints`, `+Recursion` and `+TokenFlow` the rest.
///
/// Descriptions of what is checked ("'email' of model 'User'") are autoclosures throughout,
/// built only when a message needs them.
struct SpecValidator {
    let spec: APISpec
    var diagnostics = DiagnosticCollector()
    /// The index in `spec.models` of the first model of each name.
    let modelIndexes: [String: Int]
    let groupNames: Set<String>
    let serverNames: Set<String>
    /// Whether `spec.unreadable` holds `files`, `groups` and `servers`.
    let filesUnreadable: Bool
    let groupsUnreadable: Bool
    let serversUnreadable: Bool
    /// The `pattern:` constraints found, to compile after validation.
    var patternChecks = PatternChecks()

    static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    static let primitiveNames = ["string", "integer", "number", "boolean", "object", "array"]

    init(spec: APISpec, modelIndexes: [String: Int], groupNames: Set<String>) {
        self.spec = spec
        self.modelIndexes = modelIndexes
        self.groupNames = groupNames
        serverNames = Set(spec.servers.map(\.name.value))
        filesUnreadable = spec.unreadable.contains("files")
        groupsUnreadable = spec.unreadable.contains("groups")
        serversUnreadable = spec.unreadable.contains("servers")
    }

    mutating func run() {
        checkInfo()
        checkServers()
        checkGroups()
        // By index, so that each model and endpoint is read in place rather than copied out.
        for index in spec.models.indices { check(modelAt: index) }
        for index in spec.endpoints.indices { check(endpointAt: index) }
        checkRecursion()
        checkTokenFlow()
    }

    mutating func error(_ message: String, at source: SourceRef) {
        diagnostics.error(message, at: source)
    }

    // MARK: API, servers, groups

    mutating func checkInfo() {
        let name = spec.info.name
        if !isIdentifier(name.value) {
            error(
                "api name '\(name.value)' must be a Swift module name: letters, digits and '_', not starting with a digit",
                at: name.source)
        }
    }

    mutating func checkServers() {
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
            guard let url = URL(string: template), let scheme = url.scheme,
                ["http", "https"].contains(scheme.lowercased()), url.host != nil
            else {
                error(
                    "url '\(server.url.value)' of server '\(server.name.value)' is not an absolute http or https URL",
                    at: server.url.source)
                continue
            }
        }
    }

    mutating func checkGroups() {
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
        // An expression names at most one model, under any number of arrays.
        var type = type
        while case .array(let element) = type { type = element }
        guard case .model(let name) = type, modelIndexes[name] == nil else { return }
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
