// Proves: endpoints.queryMadeOptional.query.tenant
func queryMadeOptional(_ client: DiffRulesClient) async throws {
    let tenant: String = "acme"
    _ = try await client.queryMadeOptional(tenant: tenant)
}
