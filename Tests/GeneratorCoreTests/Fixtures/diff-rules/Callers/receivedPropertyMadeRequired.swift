// Proves: models.ReceivedPropertyMadeRequired.note
func receivedPropertyMadeRequired(_ client: DiffRulesClient) async throws {
    if let note = try await client.receivedPropertyMadeRequired().note {
        _ = note
    }
}
