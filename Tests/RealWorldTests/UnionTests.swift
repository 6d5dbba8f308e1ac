import Foundation
import RealWorld
import Testing

/// `oneOf` and `anyOf` models decode the member that matches, keep what none matches, and
/// encode back what they decoded.
@Suite struct UnionTests {
    func json(_ data: Data) throws -> NSArray {
        try #require(try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) as? NSArray)
    }

    /// Sends `payload` to the echo server as `send` does, and returns what the client decoded and
    /// the JSON it sent.
    func echo<Value>(
        _ payload: String, as type: [Value].Type,
        _ send: (RealWorldClient, [Value]) async throws(RealWorldError) -> [Value]
    ) async throws -> (decoded: [Value], sent: Data) where Value: Decodable {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let decoded = try decoder.decode(type, from: Data(payload.utf8))
        var sent: String?
        try await EchoServer.withClient { client, server in
            _ = try await send(client, decoded)
            sent = try await server.lastRequest().body
        }
        return (decoded, Data(try #require(sent).utf8))
    }

    @Test func theDiscriminatorSelectsTheMember() async throws {
        let payload = #"""
            [{"factorType": "sms", "id": "f1", "phoneNumber": "+15550100"},
             {"factorType": "token:software:totp", "id": "f2", "issuer": "Acme"},
             {"factorType": "TotpFactor", "id": "f3"},
             {"factorType": "push", "id": "f4"},
             {"factorType": "sms", "id": "f5"},
             "backup-code", 42]
            """#
        let (factors, sent) = try await echo(payload, as: [Factor].self) { client, body throws(RealWorldError) in
            try await client.echoFactors(body: body)
        }
        #expect(factors.count == 7)
        #expect(factors[0] == .smsFactor(SMSFactor(id: "f1", phoneNumber: "+15550100")))
        #expect(factors[1] == .totpFactor(TOTPFactor(id: "f2", factorType: "token:software:totp", issuer: "Acme")))
        #expect(factors[2] == .totpFactor(TOTPFactor(id: "f3", factorType: "TotpFactor")))
        #expect(factors[3] == .unknown(["factorType": "push", "id": "f4"]))
        // A known value whose member cannot decode the rest is kept as it came.
        #expect(factors[4] == .unknown(["factorType": "sms", "id": "f5"]))
        #expect(factors[5] == .string("backup-code"))
        #expect(factors[6] == .unknown(42))
        #expect(try json(sent) == json(Data(payload.utf8)))
    }

    @Test func aMemberWithoutTheDiscriminatorIsSentWithIt() async throws {
        let payload = #"[{"id": "f1", "phoneNumber": "+15550100"}]"#
        let (factors, sent) = try await echo(payload, as: [Factor].self) { client, body throws(RealWorldError) in
            try await client.echoFactors(body: body)
        }
        #expect(factors == [.smsFactor(SMSFactor(id: "f1", phoneNumber: "+15550100"))])
        #expect(try json(sent) == [["factorType": "sms", "id": "f1", "phoneNumber": "+15550100"]] as NSArray)
    }

    @Test func anyOfDecodesEachShapeAndKeepsTheRest() async throws {
        let payload = #"["prod", ["a", "b"], {"seats": 3}, true, null, {"seats": "many"}]"#
        let (labels, sent) = try await echo(payload, as: [Labels].self) { client, body throws(RealWorldError) in
            try await client.echoLabels(body: body)
        }
        #expect(
            labels == [
                .string("prod"), .stringArray(["a", "b"]), .intMap(["seats": 3]), .unknown(true), .unknown(nil),
                .unknown(["seats": "many"]),
            ])
        #expect(try json(sent) == json(Data(payload.utf8)))
    }

    @Test func withoutADiscriminatorTheBestCoveringMemberWins() async throws {
        let payload = #"""
            [{"username": "ana", "password": "secret"},
             {"keyId": "k-1", "createdAt": "2024-05-01T12:30:00Z"},
             {"keyId": "k-2", "username": "ana", "password": "secret"},
             {"keyId": "k-3", "secret": "s", "username": "ana", "password": "secret"},
             {}]
            """#
        let (credentials, sent) = try await echo(payload, as: [Credential].self) { client, body throws(RealWorldError) in
            try await client.echoCredentials(body: body)
        }
        #expect(credentials[0] == .passwordCredential(PasswordCredential(username: "ana", password: "secret")))
        #expect(
            credentials[1]
                == .keyCredential(KeyCredential(keyID: "k-1", createdAt: Date(timeIntervalSince1970: 1_714_566_600))))
        // Both decode; the password credential declares two of the three keys, the key one.
        #expect(credentials[2] == .passwordCredential(PasswordCredential(username: "ana", password: "secret")))
        // Two keys each: the tie goes to the member listed first.
        #expect(credentials[3] == .passwordCredential(PasswordCredential(username: "ana", password: "secret")))
        #expect(credentials[4] == .unknown([:]))
        let expected = try json(Data(payload.utf8)).mutableCopy() as? NSMutableArray
        // What the chosen member does not declare is not sent back.
        expected?[2] = ["username": "ana", "password": "secret"]
        expected?[3] = ["username": "ana", "password": "secret"]
        #expect(try json(sent) == expected)
    }

    @Test func membersAreValidatedBeforeSending() async throws {
        let client = RealWorldClient(baseURL: URL(fileURLWithPath: "/"), auth: .none)
        let factors: [Factor] = [.string("code"), .smsFactor(SMSFactor(id: "f", phoneNumber: String(repeating: "1", count: 21)))]
        do {
            _ = try await client.echoFactors(body: factors)
            Issue.record("expected a validation error")
        } catch {
            guard case .validation(_, let field, let rule) = error else {
                Issue.record("expected a validation error, got \(error)")
                return
            }
            #expect(field == "body[1].phoneNumber")
            #expect(rule == "maxLength: 20")
        }
    }
}
