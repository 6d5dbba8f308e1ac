// Proves: models.ReceivedPropertyRemoved.note
func receivedPropertyRemoved(_ client: DiffRulesClient) async throws {
    _ = try await client.receivedPropertyRemoved().note
}
