// Proves: models.ReceivedPropertyMadeOptional.id
func receivedPropertyMadeOptional(_ client: DiffRulesClient) async throws {
    let id: String = try await client.receivedPropertyMadeOptional().id
    _ = id
}
