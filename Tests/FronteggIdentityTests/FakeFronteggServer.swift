import Foundation
import FronteggIdentity
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The fake Frontegg (`FakeFrontegg/fake_frontegg.py`) running on a free loopback port: each
/// test starts its own, so tests running in parallel never see each other's requests.
final class FakeFronteggServer: Sendable {
    let port: Int
    private let process: Process
    private let input: Pipe

    /// The base URL as the docs write it, with the trailing slash.
    var baseURL: URL {
        URL(string: "http://127.0.0.1:\(port)/identity/") ?? URL(fileURLWithPath: "/")
    }

    static var scriptPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FakeFrontegg/fake_frontegg.py").path
    }

    private init(port: Int, process: Process, input: Pipe) {
        self.port = port
        self.process = process
        self.input = input
    }

    /// Starts a server; the blocking work (spawning python3, reading its port, waiting for it to
    /// exit) runs on a Dispatch queue, never on the concurrency pool that the tests share.
    static func start() async throws -> FakeFronteggServer {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try startBlocking() })
            }
        }
    }

    func stop() async {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                self.stopBlocking()
                continuation.resume()
            }
        }
    }

    private static func startBlocking() throws -> FakeFronteggServer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptPath, "--lifetime", "300"]
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
        return FakeFronteggServer(port: port, process: process, input: input)
    }

    private func stopBlocking() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    enum ServerError: Error {
        case didNotStart(String)
        case badControlResponse
    }

    /// One request the server received.
    struct Received: Decodable, Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: String?
    }

    func requests() async throws -> [Received] {
        try JSONDecoder().decode([Received].self, from: await control("GET", "/_control/requests", nil))
    }

    /// Queues answers for one route, used before its normal behaviour.
    func script(_ method: String, _ path: String, _ responses: [[String: Any]]) async throws {
        _ = try await control("POST", "/_control/script", ["method": method, "path": "/identity" + path, "responses": responses])
    }

    func setTokenLifetime(seconds: Int) async throws {
        _ = try await control("POST", "/_control/tokens", ["expiresIn": seconds])
    }

    private func control(_ method: String, _ path: String, _ payload: [String: Any]?) async throws -> Data {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(path)") else { throw ServerError.badControlResponse }
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let payload { request.httpBody = try JSONSerialization.data(withJSONObject: payload) }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw ServerError.badControlResponse }
        return data
    }
}

/// Runs `body` with a fresh fake server, and stops it afterwards.
func withFakeFrontegg<T>(_ body: (FakeFronteggServer) async throws -> T) async throws -> T {
    let server = try await FakeFronteggServer.start()
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
