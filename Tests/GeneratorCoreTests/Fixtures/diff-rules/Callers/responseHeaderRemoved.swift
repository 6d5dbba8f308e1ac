// Proves: endpoints.responseHeaderRemoved.responses.200.headers.X-Page
func responseHeaderRemoved(_ client: DiffRulesClient) async throws {
    let result = try await client.responseHeaderRemoved()
    _ = (result.body.id, result.xTotal, result.xPage)
}
