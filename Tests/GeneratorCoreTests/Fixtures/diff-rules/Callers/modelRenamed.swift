// Proves: models.ModelRenamed
func modelRenamed(_ client: DiffRulesClient) async throws {
    _ = RenamedBefore(id: "1")
}
