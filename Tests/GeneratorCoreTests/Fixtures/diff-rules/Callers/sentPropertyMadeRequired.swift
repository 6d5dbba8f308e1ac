// Proves: models.SentPropertyMadeRequired.note
func sentPropertyMadeRequired(_ client: DiffRulesClient) async throws {
    try await client.sentPropertyMadeRequired(body: SentPropertyMadeRequired(id: "1"))
}
