// Proves: errors.ErrorBodyAdded, models.ErrorBodyAdded
func errorBodyAdded(_ client: DiffRulesClient) async throws {
    do {
        _ = try await client.errorBodyAdded()
    } catch .apiError(_, let body, _) {
        switch body {
        case .errorBodyKept(let kept): _ = kept.message
        }
    }
}
