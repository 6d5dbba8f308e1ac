// Proves: endpoints.operationRemoved
func operationRemoved(_ client: DiffRulesClient) async throws {
    _ = try await client.operationRemoved().id
}
