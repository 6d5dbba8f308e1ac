/// What one spec file declares, before the files are merged.
struct SpecFileContents {
    var info: APIInfo?
    var infoSource: SourceRef?
    var servers: Located<[ServerSpec]>?
    var security: Located<SecurityScheme>?
    var tokenFlow: TokenFlowSpec?
    var groups: Located<[GroupSpec]>?
    var models: [ModelSpec] = []
    var endpoints: [EndpointSpec] = []
    var unreadable: Set<String> = []
}

