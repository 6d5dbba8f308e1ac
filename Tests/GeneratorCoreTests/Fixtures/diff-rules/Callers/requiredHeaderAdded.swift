// Proves: endpoints.requiredHeaderAdded.headers.X-Tenant
func requiredHeaderAdded(_ client: DiffRulesClient) async throws {
    _ = try await client.requiredHeaderAdded()
}
