import Foundation
import RealWorld
import Testing

/// Models with `additionalProperties` keep the keys they do not declare, and send them back.
@Suite struct AdditionalPropertiesTests {
    let payload = Data(
        #"""
        {"id": "u-1", "displayName": null, "additionalProperties": "declared",
         "contacts": {"work": {"email": "ana@example.com"}},
         "department": "R&D", "level": 3, "ratio": 0.25, "remote": true, "manager": null,
         "skills": ["swift", {"years": 7}], "address": {"city": "Lisbon", "zip": "1000-001"}}
        """#.utf8)

    func json(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test func extraKeysDecodeBesideTheDeclaredOnes() throws {
        let profile = try JSONDecoder().decode(Profile.self, from: payload)
        #expect(profile.id == "u-1")
        #expect(profile.displayName == .null)
        #expect(profile.additionalProperties == "declared")
        #expect(profile.contacts?["work"]?.email == "ana@example.com")
        #expect(
            profile.additionalPropertiesValue == [
                "department": "R&D", "level": 3, "ratio": 0.25, "remote": true, "manager": nil,
                "skills": ["swift", ["years": 7]], "address": ["city": "Lisbon", "zip": "1000-001"],
            ])
    }

    @Test func aRoundTripThroughTheServerLosesNothing() async throws {
        try await EchoServer.withClient { client, server in
            let profile = try JSONDecoder().decode(Profile.self, from: payload)
            let echoed = try await client.echoProfile(body: profile)
            #expect(echoed == profile)
            let sent = try #require(try await server.lastRequest().body)
            #expect(try json(Data(sent.utf8)) == json(payload))
        }
    }

    @Test func aDeclaredKeyIsNeverWrittenTwice() throws {
        var profile = Profile(id: "u-1", additionalPropertiesValue: ["id": "other", "extra": 1])
        profile.additionalProperties = "kept"
        let encoded = try json(JSONEncoder().encode(profile))
        #expect(encoded == ["id": "u-1", "additionalProperties": "kept", "extra": 1] as NSDictionary)
    }

    @Test func aModelOfOnlyAdditionalPropertiesIsAMap() throws {
        let tags = try JSONDecoder().decode(Tags.self, from: Data(#"{"env": "prod", "": "empty"}"#.utf8))
        #expect(tags.additionalProperties == ["env": "prod", "": "empty"])
        #expect(try json(JSONEncoder().encode(tags)) == ["env": "prod", "": "empty"] as NSDictionary)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Tags.self, from: Data(#"{"n": 1}"#.utf8)) }
    }

    @Test func modelsInAMapAreValidatedBeforeSending() async throws {
        let client = RealWorldClient(baseURL: URL(fileURLWithPath: "/"), auth: .none)
        let long = String(repeating: "a", count: 250) + "@example.com"
        let profile = Profile(id: "u-1", contacts: ["home": Contact(email: long)])
        do {
            _ = try await client.echoProfile(body: profile)
            Issue.record("expected a validation error")
        } catch {
            guard case .validation(let operation, let field, let rule) = error else {
                Issue.record("expected a validation error, got \(error)")
                return
            }
            #expect(operation == "echoProfile")
            #expect(field == "body.contacts[home].email")
            #expect(rule == "maxLength: 254")
        }
    }
}
