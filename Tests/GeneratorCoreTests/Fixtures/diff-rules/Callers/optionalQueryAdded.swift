// Proves: endpoints.optionalQueryAdded.query.tenant
func optionalQueryAdded(_ client: DiffRulesClient) async throws {
    _ = try await client.optionalQueryAdded()
}
