// Proves: models.DefaultChanged.size
func defaultChanged(_ client: DiffRulesClient) async throws {
    try await client.defaultChanged(body: DefaultChanged())
}
