import Foundation
import FronteggIdentity
import Testing

/// Arguments that cannot travel as given are refused before anything is sent, with an error that
/// says which argument and why.
@Suite struct RequestSafetyTests {
    static let invite = InviteUserRequest(email: "ana@example.com")

    func call(
        _ transport: RecordingTransport, auth: FronteggIdentityClient.Authentication = .bearer("jwt"),
        _ body: (FronteggIdentityClient) async throws(FronteggIdentityError) -> Void
    ) async -> FronteggIdentityError? {
        let client = FronteggIdentityClient(baseURL: URL(fileURLWithPath: "/"), auth: auth, transport: transport)
        return await failure { () async throws(FronteggIdentityError) in try await body(client) }
    }

    @Test(arguments: ["t-1\r\nX-Injected: yes", "t-1\nX", "t-1\r", "t\0"])
    func aHeaderValueWithALineBreakIsRefused(tenantID: String) async {
        let transport = RecordingTransport()
        let error = await call(transport) { client throws(FronteggIdentityError) in
            _ = try await client.inviteUser(tenantID: tenantID, body: Self.invite)
        }
        guard case .validation("inviteUser", "header frontegg-tenant-id", _)? = error else {
            Issue.record("expected a validation error, got \(String(describing: error))")
            return
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func aCredentialWithALineBreakIsRefused() async {
        let transport = RecordingTransport()
        let error = await call(transport, auth: .bearer("jwt\r\nX-Injected: yes")) { client throws(FronteggIdentityError) in
            try await client.lockUser(userID: "u")
        }
        guard case .validation("lockUser", "header Authorization", _)? = error else {
            Issue.record("expected a validation error, got \(String(describing: error))")
            return
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func anEmptyPathParameterIsRefused() async {
        let transport = RecordingTransport()
        let error = await call(transport) { client throws(FronteggIdentityError) in try await client.lockUser(userID: "") }
        guard case .validation("lockUser", "path", _)? = error else {
            Issue.record("expected a validation error, got \(String(describing: error))")
            return
        }
        #expect(transport.requests.isEmpty)
        // A value that encodes to something is one segment, however odd.
        _ = await call(transport) { client throws(FronteggIdentityError) in try await client.lockUser(userID: " ") }
        #expect(transport.requests.map(\.url.path) == ["/resources/users/v1/ /lock"])
    }

    @Test func aBodyThatCannotBeEncodedIsAnEncodingErrorNotATransportOne() async {
        let transport = RecordingTransport()
        var invite = Self.invite
        invite.expirationInSeconds = .infinity
        let error = await call(transport) { client throws(FronteggIdentityError) in
            _ = try await client.inviteUser(tenantID: "t", body: invite)
        }
        guard case .encoding("inviteUser", "body", _)? = error else {
            Issue.record("expected an encoding error, got \(String(describing: error))")
            return
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func errorsDescribeThemselvesToFoundation() {
        let error: any Error = FronteggIdentityError.validation(operation: "lockUser", field: "path", rule: "non-empty")
        #expect(error.localizedDescription == "lockUser: 'path' breaks the rule non-empty")
        #expect((error as? LocalizedError)?.errorDescription == error.localizedDescription)
    }
}
