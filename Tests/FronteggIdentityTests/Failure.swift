import FronteggIdentity

/// The error a call throws, or nil when it succeeds: lets a test `switch` on the typed error.
func failure<T>(of call: () async throws(FronteggIdentityError) -> T) async -> FronteggIdentityError? {
    do throws(FronteggIdentityError) {
        _ = try await call()
        return nil
    } catch {
        return error
    }
}
