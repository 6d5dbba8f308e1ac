// Proves: endpoints.bodyRemoved.body
func bodyRemoved(_ client: DiffRulesClient) async throws {
    _ = try await client.bodyRemoved(body: Plain(id: "1"))
}
