// Proves: endpoints.requiredBodyAdded.body
func requiredBodyAdded(_ client: DiffRulesClient) async throws {
    _ = try await client.requiredBodyAdded()
}
