import Foundation
import RealWorld
import Testing

/// Real-looking payloads travel through the generated client and the echo server: what the
/// client decodes it encodes back, and the JSON on both sides is compared.
@Suite struct RoundTripTests {
    static let accountId = UUID(uuidString: "3F2B8C1E-9D4A-4E7B-8F6A-2C5D1E0B9A47") ?? UUID()

    func withServer(_ body: (RealWorldClient, EchoServer) async throws -> Void) async throws {
        try await EchoServer.withClient(body)
    }

    /// The JSON as Foundation objects, to compare regardless of key order and spacing.
    func json(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test func formattedParametersTravelAsText() async throws {
        try await withServer { client, server in
            _ = try await client.getAccount(
                accountID: Self.accountId, asOf: CalendarDate(year: 2024, month: 5, day: 1),
                version: 9_007_199_254_740_993, weight: 0.1)
            let request = try await server.lastRequest()
            #expect(request.path == "/api/accounts/3f2b8c1e-9d4a-4e7b-8f6a-2c5d1e0b9a47")
            #expect(request.query == "asOf=2024-05-01&version=9007199254740993&weight=0.1")
        }
    }

    @Test func accountDecodesEveryConstruct() async throws {
        try await withServer { client, _ in
            let account = try await client.getAccount(accountID: Self.accountId)
            #expect(account.id == Self.accountId)
            #expect(account.createdAt == Date(timeIntervalSince1970: 1_710_408_413.5))
            #expect(account.password == nil)
            #expect(account.birthday == CalendarDate(year: 1990, month: 2, day: 28))
            #expect(account.storageBytes == 9_007_199_254_740_993)
            #expect(account.seats == 250)
            #expect(account.score == 0.1)
            #expect(account.avatar == Data("hello world".utf8))
            #expect(account.labels == ["env": "production", "team": "identity", "": "empty key"])
            #expect(account.quotas == ["users": 100_000, "apiCalls": 5_000_000_000])
            #expect(account.limits?["sso"] == [Limit(resource: "connections", maximum: 5)])
            #expect(account.limits?["scim"] == [])
            #expect(account.metadata == ["plan": ["name": "pro", "addons": ["audit", nil, 3, 2.5, true]], "notes": nil])
            #expect(account.settings == .null)
            #expect(account.tier == .unknown(7))
        }
    }

    /// Decoding then encoding loses nothing but what only the server sends (`id`, `createdAt`);
    /// UUIDs come back in Foundation's upper case.
    @Test func accountRoundTripsThroughTheClient() async throws {
        try await withServer { client, server in
            let account = try await client.getAccount(accountID: Self.accountId)
            let echoed = try await client.createAccount(body: account)
            let sent = try #require(try await server.lastRequest().body)
            var expected = try json(EchoServer.payload("account.json")) as? [String: Any] ?? [:]
            expected["id"] = nil
            expected["createdAt"] = nil
            expected["referrer"] = "123E4567-E89B-12D3-A456-426614174000"
            #expect(try json(Data(sent.utf8)) == expected as NSDictionary)
            var withoutServerFields = account
            withoutServerFields.id = nil
            withoutServerFields.createdAt = nil
            #expect(echoed == withoutServerFields)
        }
    }

    @Test func initializerDefaultsAndWriteOnlyFieldsAreSent() async throws {
        try await withServer { client, server in
            _ = try await client.createAccount(body: Account(name: "Acme", password: "correct horse"))
            let sent = try json(Data(try #require(try await server.lastRequest().body).utf8))
            #expect(
                sent == [
                    "name": "Acme", "password": "correct horse", "renewsOn": "2025-01-31",
                    "trialEndsAt": "2024-05-01T12:30:00Z", "referrer": "123E4567-E89B-12D3-A456-426614174000",
                ] as NSDictionary)
        }
    }

    @Test func modelsNamedLikeSwiftTypesRoundTrip() async throws {
        try await withServer { client, server in
            let task = TaskModel(duration: DurationModel(seconds: 90), set: SetModel(members: ["a", "b"]))
            let echoed = try await client.echoTask(body: task)
            #expect(echoed == task)
            let sent = try json(Data(try #require(try await server.lastRequest().body).utf8))
            #expect(sent == ["duration": ["seconds": 90], "set": ["members": ["a", "b"]]] as NSDictionary)
        }
    }

    @Test func constraintsOfSizedTypesAreChecked() async throws {
        try await withServer { client, _ in
            var account = Account(name: "Acme", password: "correct horse")
            account.seats = 0
            await #expect(throws: RealWorldError.self) { _ = try await client.createAccount(body: account) }
            account.seats = .max
            _ = try await client.createAccount(body: account)
        }
    }
}

/// `CalendarDate` reads only the exact `2024-05-01` form, so what it writes is what it read.
@Suite struct CalendarDateTests {
    @Test func readsAndWritesTheExactForm() throws {
        for text in ["2024-05-01", "0001-01-01", "2024-02-29", "9999-12-31"] {
            let date = try #require(CalendarDate(text))
            #expect(date.description == text)
            let json = Data("\"\(text)\"".utf8)
            let decoded = try JSONDecoder().decode(CalendarDate.self, from: json)
            #expect(try JSONEncoder().encode(decoded) == json)
        }
    }

    @Test func rejectsAnythingElse() {
        for text in ["2024-5-01", "2023-02-29", "2024-13-01", "2024-00-10", "2024-05-1", "24-05-01", "2024-05-01T00:00:00Z", "２０２４-05-01", ""] {
            #expect(CalendarDate(text) == nil, "\(text)")
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CalendarDate.self, from: Data("\"2024/05/01\"".utf8)) }
    }

    @Test func ordersByDay() {
        #expect(CalendarDate(year: 2024, month: 5, day: 1) < CalendarDate(year: 2024, month: 5, day: 2))
        #expect(CalendarDate(year: 2023, month: 12, day: 31) < CalendarDate(year: 2024, month: 1, day: 1))
    }
}

/// Keys that differ only in case and punctuation keep their own Swift names, given by `name:`.
@Suite struct NamedPropertyTests {
    @Test func bothKeysRoundTrip() async throws {
        try await EchoServer.withClient { client, server in
            let session = Session(authTime: 1_714_566_600, authTimestamp: Date(timeIntervalSince1970: 1_714_566_600))
            #expect(try await client.echoSession(body: session) == session)
            let sent = try #require(try await server.lastRequest().body)
            let json = try JSONSerialization.jsonObject(with: Data(sent.utf8)) as? NSDictionary
            #expect(json == ["authTime": 1_714_566_600, "auth_time": "2024-05-01T12:30:00Z"] as NSDictionary)
        }
    }
}
