import Foundation

/// A request ready to go on the wire.
///
/// Its description never shows credentials or the body: it is safe to log.
public struct HTTPRequest: Sendable, Hashable, CustomStringConvertible {
    /// The HTTP method: `GET`, `POST`, ...
    public var method: String
    /// The full URL: the base URL, the operation's path and the query.
    public var url: URL
    /// Header fields by name, as the client set them.
    public var headers: [String: String]
    /// The encoded body, or nil for none.
    public var body: Data?
    /// How long the transport should wait for the response; nil for its default.
    public var timeout: Duration?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - method: The HTTP method: `GET`, `POST`, ...
    ///   - url: The full URL.
    ///   - headers: Header fields by name.
    ///   - body: The encoded body, or nil for none.
    ///   - timeout: How long the transport should wait for the response; nil for its default.
    public init(
        method: String, url: URL, headers: [String: String] = [:], body: Data? = nil, timeout: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The method, the URL and the header fields, with credentials as `<redacted>`, and the
    /// body's size.
    public var description: String {
        let fields = headers.keys.sorted().map { name in
            "\(name): " + (redactedHeaders.contains(name.lowercased()) ? "<redacted>" : headers[name] ?? "")
        }
        let body = body.map { " body: \($0.count) bytes" } ?? ""
        return "\(method) \(url.absoluteString) [\(fields.joined(separator: ", "))]" + body
    }
}

/// Headers that carry credentials, printed as `<redacted>`.
let redactedHeaders: Set<String> = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]

/// A response as it came off the wire.
///
/// Its description shows the status and the body's size, never the body: it is safe to log.
public struct HTTPResponse: Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status code: `200`, `404`, ...
    public var statusCode: Int
    /// Header fields by name, as the server sent them; look them up with ``header(_:)``.
    public var headers: [String: String]
    /// The body as it came, empty for none.
    public var body: Data

    /// Creates a response.
    ///
    /// - Parameters:
    ///   - statusCode: The HTTP status code.
    ///   - headers: Header fields by name.
    ///   - body: The body, empty for none.
    public init(statusCode: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }

    /// The status and the body's size: `HTTP 200, 512 bytes`.
    public var description: String {
        "HTTP \(statusCode), \(body.count) bytes"
    }

    /// The value of a header field, whatever the case of its name.
    ///
    /// - Parameter name: The field's name, as in `Retry-After`.
    /// - Returns: The field's value, or nil when the response has no such field.
    public func header(_ name: String) -> String? {
        let lowercased = name.lowercased()
        return headers.first { $0.key.lowercased() == lowercased }?.value
    }
}

/// What sends requests for a client.
///
/// ``URLSessionTransport`` is the default; tests and special needs (recording, mocking, a
/// custom HTTP stack) plug in their own.
public protocol HTTPTransport: Sendable {
    /// Sends the request and returns the response, whatever its status.
    ///
    /// - Parameter request: The request to send.
    /// - Returns: The response, whatever its status.
    /// - Throws: An error only when no response came back.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
