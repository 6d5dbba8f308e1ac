// Proves: models.SentEnumValueRemoved.color
func sentEnumValueRemoved(_ client: DiffRulesClient) async throws {
    try await client.sentEnumValueRemoved(body: SentEnumValueRemoved(color: .green))
}
