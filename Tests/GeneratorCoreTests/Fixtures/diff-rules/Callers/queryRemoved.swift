// Proves: endpoints.queryRemoved.query.verbose
func queryRemoved(_ client: DiffRulesClient) async throws {
    _ = try await client.queryRemoved(verbose: true)
}
