// Proves: endpoints.requiredQueryAdded.query.tenant
func requiredQueryAdded(_ client: DiffRulesClient) async throws {
    _ = try await client.requiredQueryAdded()
}
