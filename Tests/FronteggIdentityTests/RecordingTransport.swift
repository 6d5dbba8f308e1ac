import Foundation
import FronteggIdentity

/// A transport that records every request and answers with a canned response, so tests can
/// assert exactly what the client would put on the wire.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [HTTPRequest] = []
    private let respond: @Sendable (HTTPRequest) throws -> HTTPResponse

    init(status: Int = 200, json: String = "{}") {
        respond = { _ in HTTPResponse(statusCode: status, headers: ["Content-Type": "application/json"], body: Data(json.utf8)) }
    }

    init(respond: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) {
        self.respond = respond
    }

    var requests: [HTTPRequest] {
        lock.withLock { recorded }
    }

    /// The one request sent; fails loudly when there were more or none.
    var only: HTTPRequest {
        get throws {
            let all = requests
            guard all.count == 1, let request = all.first else { throw RecordingError.expectedOneRequest(all.count) }
            return request
        }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { recorded.append(request) }
        return try respond(request)
    }
}

enum RecordingError: Error {
    case expectedOneRequest(Int)
}

/// The request body as a JSON object, for asserting keys and values independently of key order.
func jsonObject(_ body: Data?) throws -> NSDictionary {
    guard let body else { throw RecordingError.expectedOneRequest(0) }
    return try JSONSerialization.jsonObject(with: body) as? NSDictionary ?? [:]
}
