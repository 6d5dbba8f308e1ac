// Proves: endpoints.queryMadeRequired.query.tenant
func queryMadeRequired(_ client: DiffRulesClient) async throws {
    _ = try await client.queryMadeRequired()
}
