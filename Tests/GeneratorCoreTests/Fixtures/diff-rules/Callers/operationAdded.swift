// Proves: endpoints.operationAdded, models.ModelAdded
// Additions: nothing a caller of the old client wrote refers to them.
func operationAdded(_ client: DiffRulesClient) async throws {
    _ = client
}
