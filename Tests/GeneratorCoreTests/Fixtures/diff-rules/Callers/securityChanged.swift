// Proves: endpoints.securityChanged.security
func securityChanged(_ client: DiffRulesClient) async throws {
    _ = try await client.securityChanged()
}
