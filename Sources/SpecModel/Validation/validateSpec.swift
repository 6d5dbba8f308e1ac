import Foundation

/// Checks the rules of the spec contract that need the whole, merged spec: stage 2 of the pipeline.
/// Returns every problem found, in source order; an empty list means the spec is valid.
public func validateSpec(_ spec: APISpec) -> [Diagnostic] {
    var validator = SpecValidator(spec: spec)
    validator.run()
    return validator.diagnostics.sorted
}

struct SpecValidator {
    let spec: APISpec
    var diagnostics = DiagnosticCollector()
    let modelNames: Set<String>
    let modelsByName: [String: ModelSpec]
    let groupNames: Set<String>
    let serverNames: Set<String>

    static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    static let primitiveNames = ["string", "integer", "number", "boolean", "object", "array"]

    init(spec: APISpec) {
        self.spec = spec
        modelNames = Set(spec.models.map(\.name))
        modelsByName = Dictionary(spec.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        groupNames = Set(spec.groups.map(\.name.value))
        serverNames = Set(spec.servers.map(\.name.value))
    }

    mutating func run() {
        checkInfo()
        checkServers()
        checkGroups()
        for model in spec.models { check(model) }
        for endpoint in spec.endpoints { check(endpoint) }
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
            error("api name '\(name.value)' must be a Swift module name: letters, digits and '_', not starting with a digit", at: name.source)
        }
    }

    mutating func checkServers() {
        var seen: [String: SourceRef] = [:]
        for server in spec.servers {
            if let first = seen[server.name.value] {
                error("server '\(server.name.value)' is defined twice (first at \(first))", at: server.name.source)
            }
            seen[server.name.value] = server.name.source
            let placeholders = TemplatedText.placeholders(server.url.value)
            let declared = server.variables.map(\.name.value)
            for placeholder in placeholders where !declared.contains(placeholder) {
                error("server '\(server.name.value)' uses '{\(placeholder)}' but declares no variable '\(placeholder)'", at: server.url.source)
            }
            for variable in server.variables where !placeholders.contains(variable.name.value) {
                error("variable '\(variable.name.value)' of server '\(server.name.value)' does not occur in its url", at: variable.name.source)
            }
            for variable in server.variables {
                if let defaultValue = variable.defaultValue, let values = variable.enumValues, !values.contains(defaultValue) {
                    error("default '\(defaultValue)' of variable '\(variable.name.value)' is not one of its enum values", at: variable.name.source)
                }
            }
            let template = server.url.value.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
            guard let url = URL(string: template), let scheme = url.scheme, ["http", "https"].contains(scheme.lowercased()), url.host != nil else {
                error("url '\(server.url.value)' of server '\(server.name.value)' is not an absolute http or https URL", at: server.url.source)
                continue
            }
        }
    }

    mutating func checkGroups() {
        var seen: [String: SourceRef] = [:]
        for group in spec.groups {
            if let first = seen[group.name.value] {
                error("group '\(group.name.value)' is defined twice (first at \(first))", at: group.name.source)
            }
            seen[group.name.value] = group.name.source
        }
    }

    // MARK: Models

    mutating func check(_ model: ModelSpec) {
        if let group = model.group { checkGroupExists(group) }
        if let name = model.swiftName, !isIdentifier(name.value) || SwiftKeywords.all.contains(name.value) {
            error("'name' of model '\(model.name)' must be a Swift type name: letters, digits and '_', not starting with a digit, not a keyword", at: name.source)
        }
        switch model.shape {
        case .object(let properties):
            checkUnique(properties, kind: "property", owner: "model '\(model.name)'")
            for property in properties { check(property, owner: "model '\(model.name)'") }
        case .enumeration(let type, let values):
            guard let primitive = type.primitive, primitive != .boolean else {
                error("enum model '\(model.name)' must be of type string, integer or number, not '\(type)'", at: model.typeSource ?? model.source)
                return
            }
            if values.isEmpty { error("enum model '\(model.name)' has no values", at: model.source) }
            checkEnumValues(values, primitive: primitive, owner: "model '\(model.name)'")
        }
    }

    // MARK: Endpoints

    mutating func check(_ endpoint: EndpointSpec) {
        let owner = "endpoint '\(endpoint.operationId)'"
        if !Self.methods.contains(endpoint.method.value) {
            error(
                "unknown method '\(endpoint.method.value)'; expected one of \(Self.methods.joined(separator: ", "))"
                    + (Self.methods.contains(endpoint.method.value.uppercased()) ? " (write it in upper case)" : ""),
                at: endpoint.method.source)
        }
        if let group = endpoint.group {
            checkGroupExists(group)
        } else if !spec.groups.isEmpty {
            error("\(owner) has no 'group'; the spec declares groups, so every endpoint names one", at: endpoint.source)
        }
        let serversKnown = !spec.unreadable.contains("servers") && !spec.unreadable.contains("files")
        for server in endpoint.servers where serversKnown && !serverNames.contains(server.value) {
            error("unknown server '\(server.value)'" + Suggestions.hint(for: server.value, in: serverNames), at: server.source)
        }
        checkPath(endpoint, owner: owner)
        for (kind, fields) in [("header", endpoint.headers), ("query parameter", endpoint.query)] {
            checkUnique(fields, kind: kind, owner: owner, caseInsensitive: kind == "header")
            for field in fields {
                check(field, owner: owner)
                checkParameterType(field, kind: kind)
            }
        }
        for field in endpoint.headers where !isHeaderName(field.name) {
            error("'\(field.name)' is not a valid HTTP header name", at: field.nameSource)
        }
        if let body = endpoint.body { checkType(body.type, at: body.typeSource) }
        checkResponses(endpoint, owner: owner)
    }

    mutating func checkPath(_ endpoint: EndpointSpec, owner: String) {
        let path = endpoint.path
        if !path.value.hasPrefix("/") {
            error("path '\(path.value)' of \(owner) must start with '/'", at: path.source)
        }
        if path.value.contains("?") || path.value.contains("#") {
            error("path '\(path.value)' of \(owner) must not hold a query or fragment; declare 'query:' parameters instead", at: path.source)
        }
        let opens = path.value.filter { $0 == "{" }.count
        let closes = path.value.filter { $0 == "}" }.count
        if opens != closes {
            error("path '\(path.value)' of \(owner) has unbalanced braces", at: path.source)
            return
        }
        let placeholders = endpoint.pathPlaceholders
        var seen: Set<String> = []
        for placeholder in placeholders {
            if !seen.insert(placeholder.value).inserted {
                error("path parameter '{\(placeholder.value)}' occurs twice in the path", at: placeholder.source)
            }
            if placeholder.value.isEmpty {
                error("empty '{}' in path '\(path.value)'", at: placeholder.source)
            }
        }
        checkUnique(endpoint.pathParameters, kind: "path parameter", owner: owner)
        for parameter in endpoint.pathParameters {
            if !seen.contains(parameter.name) {
                error("path parameter '\(parameter.name)' does not occur in path '\(path.value)'", at: parameter.nameSource)
            }
            check(parameter, owner: owner)
            checkParameterType(parameter, kind: "path parameter")
            if parameter.nullable {
                error("path parameter '\(parameter.name)' cannot be nullable", at: parameter.nameSource)
            }
            if case .array = parameter.type {
                error("path parameter '\(parameter.name)' must be a single value, not '\(parameter.type)'", at: parameter.typeSource)
            }
        }
    }

    mutating func checkResponses(_ endpoint: EndpointSpec, owner: String) {
        // Responses that could not be read were reported; counting what is left would only repeat that.
        let complete = !endpoint.unreadable.contains("responses")
        if endpoint.responses.isEmpty, complete {
            error("\(owner) has no responses; declare at least one, as '200: {}' for success without a body", at: endpoint.source)
        }
        for response in endpoint.responses {
            if let body = response.body, let source = response.bodySource { checkType(body, at: source) }
        }
        let successes = endpoint.responses.filter(\.isSuccess)
        if !endpoint.responses.isEmpty, successes.isEmpty, complete {
            error("\(owner) has no success (2xx) response", at: endpoint.source)
        }
        // The generated method returns one type; success responses must agree on it.
        if let first = successes.first {
            for other in successes.dropFirst() where other.body != first.body {
                error(
                    "success responses of \(owner) have different bodies ('\(first.body?.description ?? "none")' for \(first.status), '\(other.body?.description ?? "none")' for \(other.status)); one generated method returns one type",
                    at: other.source)
            }
        }
    }

    // MARK: Fields

    mutating func check(_ field: FieldSpec, owner: String) {
        checkType(field.type, at: field.typeSource)
        let what = "'\(field.name)' of \(owner)"
        if let swiftName = field.swiftName, let source = field.swiftNameSource, !isIdentifier(swiftName) {
            error("'name' of \(what) must be a Swift identifier: letters, digits and '_', not starting with a digit", at: source)
        }
        let primitive = field.type.itemPrimitive
        if let values = field.enumValues {
            if let primitive, primitive != .boolean {
                checkEnumValues(values, primitive: primitive, owner: what)
            } else {
                error("'enum' of \(what) needs a string, integer or number type, not '\(field.type)'", at: field.typeSource)
            }
            if values.isEmpty { error("'enum' of \(what) has no values", at: field.typeSource) }
        }
        if let defaultValue = field.defaultValue { checkDefault(defaultValue, of: field, what: what) }
        checkConstraints(field, what: what)
    }

    mutating func checkDefault(_ defaultValue: Located<LiteralValue>, of field: FieldSpec, what: String) {
        if defaultValue.value == .null {
            if !field.nullable { error("default of \(what) is null, but it is not nullable", at: defaultValue.source) }
            return
        }
        guard let primitive = field.type.primitive else {
            error("default of \(what) needs a string, integer, number or boolean type, not '\(field.type)'", at: defaultValue.source)
            return
        }
        if !defaultValue.value.matches(primitive) {
            error("default '\(defaultValue.value)' of \(what) is not \(primitive.withArticle)", at: defaultValue.source)
        } else if let values = field.enumValues, !values.contains(where: { $0.value == defaultValue.value }) {
            error(
                "default '\(defaultValue.value)' of \(what) is not one of its enum values (\(values.map(\.value.description).joined(separator: ", ")))",
                at: defaultValue.source)
        }
    }

    mutating func checkEnumValues(_ values: [Located<LiteralValue>], primitive: TypeExpression.Primitive, owner: String) {
        var seen: [LiteralValue: SourceRef] = [:]
        for value in values {
            // 1 and 1.0 are one number.
            var key = value.value
            if primitive == .number, case .integer(let int) = key { key = .number(Double(int)) }
            if !value.value.matches(primitive) {
                error("enum value '\(value.value)' of \(owner) is not \(primitive.withArticle)", at: value.source)
            } else if let first = seen[key] {
                error("enum value '\(value.value)' of \(owner) is listed twice (first at \(first.location))", at: value.source)
            }
            seen[key] = seen[key] ?? value.source
        }
    }

    mutating func checkConstraints(_ field: FieldSpec, what: String) {
        let constraints = field.constraints
        let isString: Bool = if case .string = field.type { true } else { false }
        let isNumeric: Bool = switch field.type { case .integer, .number: true; default: false }
        let isArray: Bool = if case .array = field.type { true } else { false }
        for (name, value, applies, kind) in [
            ("minLength", constraints.minLength, isString, "string"), ("maxLength", constraints.maxLength, isString, "string"),
            ("minItems", constraints.minItems, isArray, "array"), ("maxItems", constraints.maxItems, isArray, "array"),
        ] {
            guard let value else { continue }
            if !applies { error("'\(name)' of \(what) applies to \(kind) types only, not '\(field.type)'", at: value.source) }
            if value.value < 0 { error("'\(name)' of \(what) must not be negative", at: value.source) }
        }
        for (name, value) in [("minimum", constraints.minimum), ("maximum", constraints.maximum)] {
            if let value, !isNumeric {
                error("'\(name)' of \(what) applies to integer and number types only, not '\(field.type)'", at: value.source)
            }
        }
        if let pattern = constraints.pattern {
            if !isString { error("'pattern' of \(what) applies to string types only, not '\(field.type)'", at: pattern.source) }
            if (try? NSRegularExpression(pattern: pattern.value)) == nil {
                error("'pattern' of \(what) is not a valid regular expression", at: pattern.source)
            }
        }
        for (low, high, lowName, highName) in [
            (constraints.minLength.map { Double($0.value) }, constraints.maxLength, "minLength", "maxLength"),
            (constraints.minItems.map { Double($0.value) }, constraints.maxItems, "minItems", "maxItems"),
        ] {
            if let low, let high, low > Double(high.value) {
                error("'\(lowName)' of \(what) is greater than its '\(highName)'", at: high.source)
            }
        }
        if let low = constraints.minimum, let high = constraints.maximum, low.value > high.value {
            error("'minimum' of \(what) is greater than its 'maximum'", at: high.source)
        }
    }

    /// Headers, query and path parameters travel as text: primitives, their arrays, or enum models.
    mutating func checkParameterType(_ field: FieldSpec, kind: String) {
        func isSimple(_ type: TypeExpression) -> Bool {
            switch type {
            case .string, .integer, .number, .boolean: return true
            case .model(let name):
                if case .enumeration = modelsByName[name]?.shape { return true }
                return !modelNames.contains(name)  // unknown models are reported on their own
            case .object, .array: return false
            }
        }
        let ok: Bool = if case .array(let element) = field.type { isSimple(element) } else { isSimple(field.type) }
        if !ok {
            error("\(kind) '\(field.name)' must be a string, integer, number, boolean or enum (or a list of them), not '\(field.type)'", at: field.typeSource)
        }
    }

    // MARK: Helpers

    mutating func checkType(_ type: TypeExpression, at source: SourceRef) {
        // A file that could not be read may declare the model.
        if spec.unreadable.contains("files") { return }
        for name in type.referencedModels where !modelNames.contains(name) {
            error("unknown type '\(name)'" + Suggestions.hint(for: name, in: modelNames.union(Self.primitiveNames)), at: source)
        }
    }

    mutating func checkGroupExists(_ group: Located<String>) {
        // Groups that could not be read, or that may be in a file that could not, were reported.
        if spec.unreadable.contains("groups") || spec.unreadable.contains("files") { return }
        if !groupNames.contains(group.value) {
            error("unknown group '\(group.value)'" + Suggestions.hint(for: group.value, in: groupNames), at: group.source)
        }
    }

    mutating func checkUnique(_ fields: [FieldSpec], kind: String, owner: String, caseInsensitive: Bool = false) {
        var seen: [String: SourceRef] = [:]
        for field in fields {
            let key = caseInsensitive ? field.name.lowercased() : field.name
            if let first = seen[key] {
                error("\(kind) '\(field.name)' of \(owner) is declared twice (first at \(first.location))", at: field.nameSource)
            }
            seen[key] = seen[key] ?? field.nameSource
        }
    }


    func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    func isHeaderName(_ text: String) -> Bool {
        let token = Set("!#$%&'*+-.^_`|~".unicodeScalars)
        return !text.isEmpty && text.unicodeScalars.allSatisfy {
            token.contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
    }
}
