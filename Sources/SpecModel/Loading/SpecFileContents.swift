/// What one spec file declares, before the files are merged, except its models and endpoints.
struct SpecFileContents: Sendable {
    var info: APIInfo?
    var infoSource: SourceRef?
    var servers: Located<[ServerSpec]>?
    var security: Located<SecurityScheme>?
    var tokenFlow: TokenFlowSpec?
    var groups: Located<[GroupSpec]>?
    var unreadable: Set<String> = []
}

/// The models and endpoints of every file read so far, in file order.
///
/// Files add to these lists directly rather than each keeping its own, which gathering into
/// one list would copy.
struct SpecItems: Sendable {
    /// Declared models, and the models named after inline bodies and responses, as read.
    var models: [ModelSpec] = []
    var endpoints: [EndpointSpec] = []
}
