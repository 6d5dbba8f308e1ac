// Proves: servers.legacy
func serverRemoved(_ client: DiffRulesClient) async throws {
    _ = DiffRulesClient(server: .legacy, auth: .none)
}
