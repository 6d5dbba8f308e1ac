/// What one spec file declares, before the files are merged, except its models and endpoints.
struct SpecFileContents: Sendable {
    var info: APIInfo?
    var infoSource: SourceRef?
    var servers: Located<[ServerSpec]>?
    var securitySchemes: Located<[SecuritySchemeSpec]>?
    var security: Located<SecurityRequirement>?
    var tokenFlow: TokenFlowSpec?
    var groups: Located<[GroupSpec]>?
    var unreadable: Set<String> = []
}

/// The models and endpoints read from one file, or from all files once merged, in file order.
struct SpecItems: Sendable {
    /// Declared models, and the models named after inline bodies and responses, as read.
    var models: [ModelSpec] = []
    var endpoints: [EndpointSpec] = []
}
