// Proves: endpoints.resultMediaChanged.responses.200
func resultMediaChanged(_ client: DiffRulesClient) async throws {
    let text: String = try await client.resultMediaChanged()
    _ = text
}
