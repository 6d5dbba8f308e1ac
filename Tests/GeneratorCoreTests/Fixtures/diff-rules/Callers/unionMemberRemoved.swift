// Proves: models.UnionMemberRemoved
func unionMemberRemoved(_ client: DiffRulesClient) async throws {
    if case .fish(let fish) = try await client.unionMemberRemoved() {
        _ = fish.swims
    }
}
