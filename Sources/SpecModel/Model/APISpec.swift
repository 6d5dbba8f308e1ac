/// Everything the spec files say, merged, with every inline body and response hoisted into a
/// named model. Built by `SpecLoader`, checked by `validateSpec`.
public struct APISpec: Sendable, Hashable {
    /// `api:`: the API's name and its documentation.
    public let info: APIInfo
    /// `servers:`: where the API is served.
    public let servers: [ServerSpec]
    /// `securitySchemes:`: the ways the API authenticates requests. When none is declared, the
    /// API has one, `bearer`, as before the key existed.
    public let securitySchemes: [SecuritySchemeSpec]
    /// `security:`: which schemes authenticate requests unless an endpoint says otherwise.
    public let security: SecurityRequirement
    /// Trading credentials for bearer tokens through the API's own operations, if declared.
    public let tokenFlow: TokenFlowSpec?
    /// `groups:`: the docs categories, in file order.
    public let groups: [GroupSpec]
    /// Declared models in file order, then the models named after inline bodies and responses.
    public let models: [ModelSpec]
    /// In file order (files by name), then in each file's order.
    public let endpoints: [EndpointSpec]
    /// Sections (`groups`, `servers`, `security`) that had errors when read, and `files` when a
    /// whole file could not be read: checks that would only repeat those errors skip them.
    public let unreadable: Set<String>

    /// Creates a spec; every section but `info` defaults to empty.
    public init(
        info: APIInfo, servers: [ServerSpec] = [], securitySchemes: [SecuritySchemeSpec] = [],
        security: SecurityRequirement = .none, tokenFlow: TokenFlowSpec? = nil,
        groups: [GroupSpec] = [], models: [ModelSpec] = [], endpoints: [EndpointSpec] = [],
        unreadable: Set<String> = []
    ) {
        self.info = info
        self.servers = servers
        self.securitySchemes = securitySchemes
        self.security = security
        self.tokenFlow = tokenFlow
        self.groups = groups
        self.models = models
        self.endpoints = endpoints
        self.unreadable = unreadable
    }
}

extension APISpec {
    /// The declared security schemes, or the implicit `bearer` one when none is declared.
    public var schemes: [SecuritySchemeSpec] {
        securitySchemes.isEmpty ? [.implicitBearer] : securitySchemes
    }

    /// Each model name's index in `models`, for the first model of that name. Built anew on
    /// each call; callers keep the result.
    public func modelIndexesByName() -> [String: Int] {
        var indexes: [String: Int] = [:]
        indexes.reserveCapacity(models.count)
        // Models are read in place; a repeated name puts its first index back.
        for index in models.indices {
            let name = models[index].name
            if let first = indexes.updateValue(index, forKey: name) { indexes[name] = first }
        }
        return indexes
    }

    /// The names of the declared groups, for checking what endpoints and models name.
    public func groupNames() -> Set<String> {
        Set(groups.map(\.name.value))
    }

    /// ``modelIndexesByName()`` and ``groupNames()``, which validation needs first.
    public func indexes() -> (modelIndexes: [String: Int], groupNames: Set<String>) {
        (modelIndexesByName(), groupNames())
    }
}

/// The `api:` section.
public struct APIInfo: Sendable, Hashable {
    /// The module and type prefix of the generated code, e.g. `FronteggIdentity`.
    public let name: Located<String>
    public let title: String?
    public let version: String?
    public let description: String?

    public init(name: Located<String>, title: String? = nil, version: String? = nil, description: String? = nil) {
        self.name = name
        self.title = title
        self.version = version
        self.description = description
    }
}

/// One server under `servers:`.
public struct ServerSpec: Sendable, Hashable {
    public let name: Located<String>
    /// The URL, with `{variable}` placeholders.
    public let url: Located<String>
    public let description: String?
    public let variables: [ServerVariable]

    public init(
        name: Located<String>, url: Located<String>, description: String? = nil, variables: [ServerVariable] = []
    ) {
        self.name = name
        self.url = url
        self.description = description
        self.variables = variables
    }

    /// Whether the URL is a path (`/api/v3`), which the client joins to an origin the user gives.
    public var isRelative: Bool { url.value.hasPrefix("/") && !url.value.hasPrefix("//") }
}

/// A `{variable}` of a server's URL.
public struct ServerVariable: Sendable, Hashable {
    public let name: Located<String>
    public let description: String?
    public let defaultValue: String?
    public let enumValues: [String]?

    public init(
        name: Located<String>, description: String? = nil, defaultValue: String? = nil, enumValues: [String]? = nil
    ) {
        self.name = name
        self.description = description
        self.defaultValue = defaultValue
        self.enumValues = enumValues
    }
}

/// A docs category: one generated file of operations and one of models.
public struct GroupSpec: Sendable, Hashable {
    public let name: Located<String>
    public let description: String?

    public init(name: Located<String>, description: String? = nil) {
        self.name = name
        self.description = description
    }
}
