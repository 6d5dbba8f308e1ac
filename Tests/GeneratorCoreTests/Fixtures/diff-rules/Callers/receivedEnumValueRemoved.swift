// Proves: models.ReceivedEnumValueRemoved.color
func receivedEnumValueRemoved(_ client: DiffRulesClient) async throws {
    let color = try await client.receivedEnumValueRemoved().color
    _ = color == .green
}
