// Proves: models.ReceivedOptionalPropertyAdded.note
func receivedOptionalPropertyAdded(_ client: DiffRulesClient) async throws {
    let value = try await client.receivedOptionalPropertyAdded()
    _ = value.id
    _ = ReceivedOptionalPropertyAdded(id: "made by a test")
}
