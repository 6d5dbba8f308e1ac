// Proves: models.ModelRemoved
func modelRemoved(_ client: DiffRulesClient) async throws {
    _ = ModelRemoved(id: "1")
}
