// Proves: endpoints.resultChanged.responses.200, models.ResultChangedV2
func resultChanged(_ client: DiffRulesClient) async throws {
    let result: ResultChanged = try await client.resultChanged()
    _ = result.id
}
