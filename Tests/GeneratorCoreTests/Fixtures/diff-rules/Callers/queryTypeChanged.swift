// Proves: endpoints.queryTypeChanged.query.limit
func queryTypeChanged(_ client: DiffRulesClient) async throws {
    _ = try await client.queryTypeChanged(limit: "ten")
}
