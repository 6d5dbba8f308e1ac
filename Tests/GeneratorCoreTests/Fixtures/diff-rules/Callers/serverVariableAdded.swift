// Proves: servers.regional.variables.zone, servers.regional.url
func serverVariableAdded(_ client: DiffRulesClient) async throws {
    _ = DiffRulesClient(server: .regional(region: "us"), auth: .none)
}
