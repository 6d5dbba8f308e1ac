// Proves: models.ReceivedRequiredPropertyAdded.note
// A value made in code, as a test's fake server or a preview does, needs the new property.
func receivedRequiredPropertyAdded(_ client: DiffRulesClient) async throws {
    _ = try await client.receivedRequiredPropertyAdded().id
    _ = ReceivedRequiredPropertyAdded(id: "made by a test")
}
