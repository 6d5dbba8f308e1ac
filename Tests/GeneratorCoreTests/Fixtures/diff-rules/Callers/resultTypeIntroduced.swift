// Proves: endpoints.resultTypeIntroduced.responses
func resultTypeIntroduced(_ client: DiffRulesClient) async throws {
    let plain: Plain = try await client.resultTypeIntroduced()
    _ = plain.id
}
