// Proves: models.SentPropertyTypeChanged.count
func sentPropertyTypeChanged(_ client: DiffRulesClient) async throws {
    try await client.sentPropertyTypeChanged(body: SentPropertyTypeChanged(count: "12"))
}
