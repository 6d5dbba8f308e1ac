import ConcurrentMap

/// Everything the spec files say, merged, with every inline body and response hoisted into a
/// named model. Built by `SpecLoader`, checked by `validateSpec`.
public struct APISpec: Sendable, Hashable {
    public var info: APIInfo
    public var servers: [ServerSpec]
    public var security: SecurityScheme
    /// Trading credentials for bearer tokens through the API's own operations, if declared.
    public var tokenFlow: TokenFlowSpec?
    public var groups: [GroupSpec]
    /// Declared models in file order, then the models named after inline bodies and responses.
    public var models: [ModelSpec]
    /// In file order (files by name), then in each file's order.
    public var endpoints: [EndpointSpec]
    /// Sections (`groups`, `servers`, `security`) that had errors when read, and `files` when a
    /// whole file could not be read: checks that would only repeat those errors skip them.
    public var unreadable: Set<String> = []

    public init(info: APIInfo) {
        self.info = info
        self.servers = []
        self.security = .none
        self.groups = []
        self.models = []
        self.endpoints = []
    }
}

extension APISpec {
    /// Each model name's index in `models`, for the first model of that name: a lookup that
    /// reads models in place, where a dictionary of the models themselves would hold a copy of
    /// each. Built anew on each call; callers keep the result.
    public func modelIndexesByName() -> [String: Int] {
        var indexes: [String: Int] = [:]
        indexes.reserveCapacity(models.count)
        // Backwards, so that the first model of a name is the one that stays.
        for index in models.indices.reversed() { indexes[models[index].name] = index }
        return indexes
    }

    /// The names of the declared groups, for checking what endpoints and models name.
    public func groupNames() -> Set<String> {
        var names: Set<String> = []
        names.reserveCapacity(groups.count)
        for index in groups.indices { names.insert(groups[index].name.value) }
        return names
    }

    /// ``modelIndexesByName()`` and ``groupNames()``, which validation needs first: made at
    /// once for a large spec, each a serial pass of a hash per item.
    public func indexes() -> (modelIndexes: [String: Int], groupNames: Set<String>) {
        if models.count + groups.count < 2_000 { return (modelIndexesByName(), groupNames()) }
        let spec = self
        return inParallel({ spec.modelIndexesByName() }, { spec.groupNames() })
    }
}

public struct APIInfo: Sendable, Hashable {
    /// The module and type prefix of the generated code, e.g. `FronteggIdentity`.
    public var name: Located<String>
    public var title: String?
    public var version: String?
    public var description: String?

    public init(name: Located<String>) {
        self.name = name
    }
}

public struct ServerSpec: Sendable, Hashable {
    public var name: Located<String>
    /// The URL, with `{variable}` placeholders.
    public var url: Located<String>
    public var description: String?
    public var variables: [ServerVariable]

    public init(name: Located<String>, url: Located<String>) {
        self.name = name
        self.url = url
        self.variables = []
    }
}

public struct ServerVariable: Sendable, Hashable {
    public var name: Located<String>
    public var description: String?
    public var defaultValue: String?
    public var enumValues: [String]?

    public init(name: Located<String>) {
        self.name = name
    }
}

/// A docs category: one generated file of operations and one of models.
public struct GroupSpec: Sendable, Hashable {
    public var name: Located<String>
    public var description: String?

    public init(name: Located<String>) {
        self.name = name
    }
}
