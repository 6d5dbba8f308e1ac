import Foundation
import FronteggIdentity
import Testing

/// The generated models encode and decode the way the wire format needs.
@Suite struct ModelCodingTests {
    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    @Test func nullableFieldKeepsAllThreeStates() throws {
        let decoder = JSONDecoder()
        let absent = try decoder.decode(UpdateUserProfileRequest.self, from: Data(#"{"name":"A"}"#.utf8))
        let null = try decoder.decode(UpdateUserProfileRequest.self, from: Data(#"{"profilePictureUrl":null}"#.utf8))
        let value = try decoder.decode(UpdateUserProfileRequest.self, from: Data(#"{"profilePictureUrl":"u"}"#.utf8))
        #expect(absent.profilePictureURL == nil)
        #expect(null.profilePictureURL == .null)
        #expect(value.profilePictureURL == .value("u"))
        #expect(try roundTrip(null) == null)
    }

    @Test func snakeCaseKeysMapToSwiftNames() throws {
        let token = APITokenResponse(accessToken: "a", refreshToken: "r", expiresIn: 1.5, expires: "e")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(token)) as? NSDictionary
        #expect(json == ["access_token": "a", "refresh_token": "r", "expires_in": 1.5, "expires": "e"] as NSDictionary)
    }

    @Test func enumKnownValuesRoundTrip() throws {
        for provider in [InviteUserRequest.Provider.local, .saml, .google, .github, .facebook, .microsoft, .scim2, .slack, .apple] {
            #expect(InviteUserRequest.Provider(rawValue: provider.rawValue) == provider)
        }
        #expect(InviteUserRequest.Provider(rawValue: "okta") == .unknown("okta"))
    }

    @Test func defaultsComeFromTheSpec() {
        #expect(InviteUserRequest(email: "a@b.c").provider == .local)
        #expect(AddPhoneNumberRequest(phoneNumber: "+1").verify == true)
    }

    @Test func freeFormObjectsKeepTheirJSON() throws {
        let request = InviteUserRequest(email: "a@b.c", emailMetadata: ["plan": "pro", "seats": 3, "tags": ["x"], "trial": nil])
        #expect(try roundTrip(request) == request)
    }
}
