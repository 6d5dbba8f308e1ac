// Proves: endpoints.routeMoved
func routeMoved(_ client: DiffRulesClient) async throws {
    _ = try await client.routeMoved().id
}
