// Proves: endpoints.bodyMediaChanged.body
func bodyMediaChanged(_ client: DiffRulesClient) async throws {
    _ = try await client.bodyMediaChanged(body: Plain(id: "1"))
}
