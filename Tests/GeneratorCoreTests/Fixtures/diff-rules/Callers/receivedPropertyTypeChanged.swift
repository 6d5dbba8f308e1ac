// Proves: models.ReceivedPropertyTypeChanged.count
func receivedPropertyTypeChanged(_ client: DiffRulesClient) async throws {
    let count: Int = try await client.receivedPropertyTypeChanged().count
    _ = count
}
