// Proves: securitySchemes.partner
func schemeChanged(_ client: DiffRulesClient) async throws {
    _ = try await client.schemeChanged()
}
