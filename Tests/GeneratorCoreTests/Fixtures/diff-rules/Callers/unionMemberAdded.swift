// Proves: models.UnionMemberAdded
func unionMemberAdded(_ client: DiffRulesClient) async throws {
    switch try await client.unionMemberAdded() {
    case .cat(let cat): _ = cat.meows
    case .dog(let dog): _ = dog.barks
    case .unknown: break
    }
}
