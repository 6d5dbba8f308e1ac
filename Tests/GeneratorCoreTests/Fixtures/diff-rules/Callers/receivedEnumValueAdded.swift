// Proves: models.ReceivedEnumValueAdded.color
func receivedEnumValueAdded(_ client: DiffRulesClient) async throws {
    switch try await client.receivedEnumValueAdded().color {
    case .red: break
    case .green: break
    case .unknown: break
    }
}
