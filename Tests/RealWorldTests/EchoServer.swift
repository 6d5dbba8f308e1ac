import Foundation
import RealWorld
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The echo server (`EchoServer/echo_server.py`) on a free loopback port; each test starts its own.
final class EchoServer: Sendable {
    let port: Int
    private let process: Process
    private let input: Pipe

    /// The base URL of the API, as the client's server URL would be.
    var baseURL: URL {
        URL(string: "http://127.0.0.1:\(port)/api") ?? URL(fileURLWithPath: "/")
    }

    private init(port: Int, process: Process, input: Pipe) {
        self.port = port
        self.process = process
        self.input = input
    }

    /// What the server last received on `/api`.
    struct Request: Decodable {
        var method: String
        var path: String
        var query: String
        var body: String?
        var bodyBase64: String?
        var contentType: String?
        var accept: String?
        /// Every header, by its name in lower case.
        var headers: [String: String]

        /// The body's bytes.
        var bodyData: Data? { bodyBase64.flatMap { Data(base64Encoded: $0) } }
    }

    enum ServerError: Error {
        case didNotStart(String)
        case badControlResponse
    }

    /// Starts a server; the blocking work runs on a Dispatch queue, off the concurrency pool.
    static func start() async throws -> EchoServer {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try startBlocking() })
            }
        }
    }

    func stop() async {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                try? self.input.fileHandleForWriting.close()
                if self.process.isRunning { self.process.terminate() }
                self.process.waitUntilExit()
                continuation.resume()
            }
        }
    }

    /// The last request the server received on `/api`.
    func lastRequest() async throws -> Request {
        guard let url = URL(string: "http://127.0.0.1:\(port)/_control/last") else { throw ServerError.badControlResponse }
        let (data, response) = try await URLSession.shared.data(from: url)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw ServerError.badControlResponse }
        return try JSONDecoder().decode(Request.self, from: data)
    }

    private static func startBlocking() throws -> EchoServer {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("EchoServer/echo_server.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--lifetime", "300"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // The server prints "PORT <n>" once it listens.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw ServerError.didNotStart(text)
        }
        return EchoServer(port: port, process: process, input: input)
    }

    /// Runs `body` with a client of a fresh server, and stops the server however `body` ends.
    static func withClient(
        auth: RealWorldClient.Authentication = .none, _ body: (RealWorldClient, EchoServer) async throws -> Void
    ) async throws {
        let server = try await start()
        let client = RealWorldClient(baseURL: server.baseURL, auth: auth)
        do {
            try await body(client, server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The payload file the server answers `GET /api/accounts/<id>` with.
    static func payload(_ name: String) throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("EchoServer/payloads/" + name)
        return try Data(contentsOf: url)
    }
}
