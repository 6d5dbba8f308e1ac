// Proves: endpoints.parameterRenamed.query.q
func parameterRenamed(_ client: DiffRulesClient) async throws {
    _ = try await client.parameterRenamed(query: "text")
}
