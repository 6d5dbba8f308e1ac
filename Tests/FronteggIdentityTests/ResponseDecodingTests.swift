import Foundation
import FronteggIdentity
import Testing

/// Responses shaped as the docs show decode into the generated models; failures carry what a
/// user needs to act.
@Suite struct ResponseDecodingTests {
    /// The docs' "Get user profile" example, with the nested objects the docs describe filled in.
    static let profileJSON = #"""
        { "id": "string", "email": "string", "name": "string", "profilePictureUrl": "string", "sub": "string",
          "verified": true, "mfaEnrolled": true, "mfaBypass": true, "phoneNumber": "string",
          "roles": [ { "id": "r", "vendorId": "v", "tenantId": "t", "key": "admin", "name": "Admin",
                       "description": "d", "isDefault": false, "firstUserRole": true, "level": 1,
                       "createdAt": "2019-08-24T14:15:22Z", "updatedAt": "2019-08-24T14:15:22.123Z",
                       "permissions": ["p"] } ],
          "permissions": [ { "id": "p", "key": "read", "name": "Read", "description": "d",
                             "createdAt": "2019-08-24T14:15:22Z", "updatedAt": "2019-08-24T14:15:22Z",
                             "roleIds": ["r"], "categoryId": "c", "fePermission": true } ],
          "provider": "string", "tenantId": "string", "tenantIds": [ "string" ], "activatedForTenant": true,
          "isLocked": true, "tenants": [ { "tenantId": "t", "roles": [] } ], "invisible": true, "superUser": true,
          "metadata": "string", "vendorMetadata": "string", "createdAt": "2019-08-24T14:15:22Z",
          "lastLogin": "2019-08-24T14:15:22Z", "groups": [ {} ], "subAccountAccessAllowed": true,
          "managedBy": "frontegg" }
        """#

    func client(status: Int = 200, json: String) -> FronteggIdentityClient {
        FronteggIdentityClient(server: .eu, auth: .bearer("t"), transport: RecordingTransport(status: status, json: json))
    }

    @Test func profileDecodes() async throws {
        let profile = try await client(json: Self.profileJSON).getUserProfile()
        #expect(profile.managedBy == .frontegg)
        #expect(profile.roles.first?.key == "admin")
        #expect(profile.roles.first?.level == 1)
        #expect(profile.permissions.first?.fePermission == true)
        #expect(profile.tenants.first?.tenantID == "t")
        #expect(profile.groups == [[:]])
        #expect(profile.createdAt == Date(timeIntervalSince1970: 1_566_656_122))
        let updatedAt = try #require(profile.roles.first?.updatedAt.timeIntervalSince1970)
        #expect(abs(updatedAt - 1_566_656_122.123) < 0.0005)
    }

    @Test func unknownEnumValueIsKept() async throws {
        let json = Self.profileJSON.replacingOccurrences(of: #""managedBy": "frontegg""#, with: #""managedBy": "okta""#)
        let profile = try await client(json: json).getUserProfile()
        #expect(profile.managedBy == .unknown("okta"))
        #expect(profile.managedBy?.rawValue == "okta")
        let encoded = try JSONEncoder().encode(profile.managedBy)
        #expect(String(decoding: encoded, as: UTF8.self) == #""okta""#)
    }

    @Test func badFieldNamesItsPath() async throws {
        let json = Self.profileJSON.replacingOccurrences(of: #""createdAt": "2019-08-24T14:15:22Z", "updatedAt": "2019-08-24T14:15:22.123Z""#, with: #""createdAt": 5, "updatedAt": "2019-08-24T14:15:22.123Z""#)
        await #expect {
            try await client(json: json).getUserProfile()
        } throws: { error in
            guard case .decoding(let type, let path, _) = error as? FronteggIdentityError else { return false }
            return type == "UserProfile" && path == "roles[0].createdAt"
        }
    }

    @Test func missingRequiredFieldNamesIt() async throws {
        await #expect {
            try await client(json: #"{ "access_token": "a" }"#).authenticateAPIToken(body: .init(clientID: "c", secret: "s"))
        } throws: { error in
            guard case .decoding(let type, let path, _) = error as? FronteggIdentityError else { return false }
            return type == "APITokenResponse" && path == "refresh_token"
        }
    }

    @Test func httpErrorCarriesStatusMessageAndBody() async throws {
        let body = #"{"errors":["User not found"]}"#
        await #expect {
            try await client(status: 404, json: body).generatePasswordResetToken(userID: "missing")
        } throws: { error in
            guard case .http(let status, let message, let response) = error as? FronteggIdentityError else { return false }
            return status == 404 && message == "User not found" && response.body == Data(body.utf8)
                && response.header("content-type") == "application/json"
        }
    }

    @Test func transportFailureIsWrapped() async throws {
        let failing = RecordingTransport { _ in throw URLError(.notConnectedToInternet) }
        let client = FronteggIdentityClient(server: .eu, auth: .bearer("t"), transport: failing)
        await #expect {
            try await client.lockUser(userID: "u")
        } throws: { error in
            guard case .transport(let underlying) = error as? FronteggIdentityError else { return false }
            return (underlying as? URLError)?.code == .notConnectedToInternet
        }
    }

    @Test func emptySuccessBodyIsNotDecoded() async throws {
        try await client(json: "").lockUser(userID: "u")
    }

    @Test func authenticationDescriptionIsRedacted() {
        let auth = FronteggIdentityClient.Authentication.bearer("secret-token")
        #expect(!"\(auth)".contains("secret-token"))
        #expect("\(auth)" == "bearer(<redacted>)")
    }
}
