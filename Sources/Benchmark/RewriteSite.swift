import YAMLLite

/// One place in a spec file's text that names something each copy must rename.
struct RewriteSite: Sendable {
    enum Kind: Sendable {
        /// A model's key under `models:`.
        case modelName
        /// An endpoint's key under `endpoints:`.
        case operationId
        /// A group's name in `groups:`, or a `group:` value.
        case group
        /// An endpoint's `path:`.
        case path
        /// A type expression that may name models: `UserProfile`, `array(RoleResponse)`.
        case typeExpression
    }

    var kind: Kind
    /// 1-based, as YAML-lite reports it.
    var line: Int
    /// 1-based, in Unicode scalars, of the first character of `text` (after an opening quote).
    var column: Int
    /// The name or expression exactly as the file spells it there.
    var text: String
}

/// Finds the rewrite sites of one spec file by walking its YAML-lite tree with the spec
/// format's structure in mind, so only real names are renamed: never a description, an enum
/// value or a property that happens to spell a model's name.
struct RewriteSiteFinder {
    let path: String
    private(set) var sites: [RewriteSite] = []

    init(path: String) {
        self.path = path
    }

    mutating func visitSection(_ section: YAMLMappingEntry) throws(BenchmarkFailure) {
        switch section.key.text {
        case "groups":
            for item in section.value.sequence ?? [] {
                // `- Users` or `- { name: Users, description: ... }`.
                if item.scalar != nil {
                    try add(.group, item)
                } else if let name = value(of: "name", in: item) {
                    try add(.group, name)
                }
            }
        case "models":
            for model in section.value.mapping ?? [] {
                try addKey(.modelName, model)
                try visitModel(model.value)
            }
        case "endpoints":
            for endpoint in section.value.mapping ?? [] {
                try addKey(.operationId, endpoint)
                try visitEndpoint(endpoint.value)
            }
        default:
            // api, servers and security appear once: nothing in them is copied.
            break
        }
    }

    private mutating func visitModel(_ node: YAMLNode) throws(BenchmarkFailure) {
        for entry in node.mapping ?? [] {
            switch entry.key.text {
            case "group": try add(.group, entry.value)
            case "properties": try visitFields(entry.value)
            case "type": try add(.typeExpression, entry.value)
            default: break
            }
        }
    }

    private mutating func visitEndpoint(_ node: YAMLNode) throws(BenchmarkFailure) {
        for entry in node.mapping ?? [] {
            switch entry.key.text {
            case "group": try add(.group, entry.value)
            case "path": try add(.path, entry.value)
            case "pathParameters", "headers", "query": try visitFields(entry.value)
            case "body": try visitContent(entry.value)
            case "responses":
                for response in entry.value.mapping ?? [] {
                    if response.value.scalar != nil {
                        try add(.typeExpression, response.value)  // `200: UserProfile`
                    } else if let body = value(of: "body", in: response.value) {
                        try visitContent(body)
                    }
                }
            default: break
            }
        }
    }

    /// A body: a type expression, or a mapping with `type:` or inline `properties:`.
    private mutating func visitContent(_ node: YAMLNode) throws(BenchmarkFailure) {
        if node.scalar != nil {
            try add(.typeExpression, node)
            return
        }
        if let type = value(of: "type", in: node) { try add(.typeExpression, type) }
        if let properties = value(of: "properties", in: node) { try visitFields(properties) }
    }

    /// Fields are a type expression each, or a mapping with `type:`.
    private mutating func visitFields(_ node: YAMLNode) throws(BenchmarkFailure) {
        for field in node.mapping ?? [] {
            if field.value.scalar != nil {
                try add(.typeExpression, field.value)
            } else if let type = value(of: "type", in: field.value) {
                try add(.typeExpression, type)
            }
        }
    }

    private func value(of key: String, in node: YAMLNode) -> YAMLNode? {
        node.mapping?.first(where: { $0.key.text == key })?.value
    }

    private mutating func add(_ kind: RewriteSite.Kind, _ node: YAMLNode) throws(BenchmarkFailure) {
        guard let scalar = node.scalar, !scalar.text.isEmpty else { return }
        try add(kind, scalar, at: node.location)
    }

    private mutating func addKey(_ kind: RewriteSite.Kind, _ entry: YAMLMappingEntry) throws(BenchmarkFailure) {
        try add(kind, entry.key, at: entry.keyLocation)
    }

    private mutating func add(_ kind: RewriteSite.Kind, _ scalar: YAMLScalar, at location: SourceLocation) throws(BenchmarkFailure) {
        var column = location.column
        switch scalar.style {
        case .plain: break
        // The location is the opening quote. Escapes make the text differ from the source;
        // `SpecFileLayout` checks every site against the source and reports those.
        case .singleQuoted, .doubleQuoted: column += 1
        case .literal, .folded:
            throw BenchmarkFailure("\(path):\(location): error: the benchmark cannot rename a block scalar here; write it on one line")
        }
        sites.append(RewriteSite(kind: kind, line: location.line, column: column, text: scalar.text))
    }
}
