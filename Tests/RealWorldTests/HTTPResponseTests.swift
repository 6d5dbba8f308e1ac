import Foundation
import RealWorld
import Testing

/// Any call's raw status and headers are reachable, through `withHTTPResponse`.
@Suite struct HTTPResponseTests {
    /// Answers every request with the status and header its path asks for: `/.../204` gives 204.
    struct StubTransport: HTTPTransport {
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let status = Int(request.url.lastPathComponent) ?? 200
            return HTTPResponse(
                statusCode: status, headers: ["X-Request-Id": "r-\(status)"], body: Data("bytes".utf8))
        }
    }

    @Test func theResponseOfACallIsReturnedBesideItsValue() async throws {
        try await EchoServer.withClient { client, _ in
            let (account, response) = try await client.withHTTPResponse { client in
                try await client.getAccount(accountID: UUID())
            }
            #expect(account.name == "Acme Production")
            #expect(response?.statusCode == 200)
            #expect(response?.header("content-type") == "application/json")
        }
    }

    @Test func concurrentCallsEachGetTheirOwn() async throws {
        let client = RealWorldClient(baseURL: URL(fileURLWithPath: "/"), auth: .none, transport: StubTransport())
        // `sendBytes` posts to /echo/bytes; the stub answers 200 to that.
        async let first = client.withHTTPResponse { try await $0.sendBytes() }
        async let second = client.withHTTPResponse { try await $0.sendBytes(body: Data([1])) }
        let results = try await [first, second]
        #expect(results.map { $0.response?.header("X-Request-Id") } == ["r-200", "r-200"])
        #expect(results.map { $0.value } == [Data("bytes".utf8), Data("bytes".utf8)])
    }

    @Test func noRequestMeansNoResponse() async throws {
        let client = RealWorldClient(baseURL: URL(fileURLWithPath: "/"), auth: .none, transport: StubTransport())
        let (value, response) = await client.withHTTPResponse { _ in 42 }
        #expect(value == 42)
        #expect(response == nil)
    }

    @Test func anErrorStillCarriesItsResponse() async throws {
        struct Failing: HTTPTransport {
            func send(_ request: HTTPRequest) async throws -> HTTPResponse {
                HTTPResponse(statusCode: 409, headers: ["Retry-After": "0"], body: Data(#"{"message":"taken"}"#.utf8))
            }
        }
        let client = RealWorldClient(baseURL: URL(fileURLWithPath: "/"), auth: .none, transport: Failing())
        do {
            _ = try await client.withHTTPResponse { client throws(RealWorldError) in try await client.sendNote(body: "x") }
            Issue.record("expected an HTTP error")
        } catch {
            guard case .http(let status, let message, let response) = error else {
                Issue.record("expected an HTTP error, got \(error)")
                return
            }
            #expect(status == 409)
            #expect(message == "taken")
            #expect(response.header("retry-after") == "0")
        }
    }
}

/// A relative server's path is joined to the origin the caller gives.
@Suite struct RelativeServerTests {
    @Test func theOriginComesFirst() {
        let origin = URL(string: "https://api.example.com/") ?? URL(fileURLWithPath: "/")
        #expect(RealWorldClient.Server.sameOrigin(origin: origin).urlString == "https://api.example.com/api")
        #expect(RealWorldClient.Server.tenant(origin: origin).urlString == "https://api.example.com/main/api")
        #expect(RealWorldClient.Server.tenant(origin: origin, tenant: "a b").urlString == "https://api.example.com/a%20b/api")
    }

    @Test func requestsReachTheJoinedURL() async throws {
        let server = try await EchoServer.start()
        let origin = URL(string: "http://127.0.0.1:\(server.port)") ?? URL(fileURLWithPath: "/")
        let client = RealWorldClient(server: .sameOrigin(origin: origin), auth: .none)
        do {
            try await client.browse()
            #expect(try await server.lastRequest().path == "/api/ping/browse")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
