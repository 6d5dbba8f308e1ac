import Foundation

/// A request under construction: its path with the parameters already encoded, its query
/// items, headers and body.
@_spi(Generated) public struct RequestBuilder: Sendable {
    /// The operation the request is for, by its id in the spec: errors name it.
    let operation: String
    var method: String
    /// The path below the base URL, percent-encoded.
    var path: String
    /// Whether a path parameter was empty, which would merge two segments (`/users//lock`).
    let hasEmptyPathParameter: Bool
    /// The query's `name=value` items, each side percent-encoded already.
    var queryItems: [(name: String, value: String)] = []
    var headers: [String: String] = [:]
    var body: Data?
    /// The first argument that could not be encoded: `build` throws it, so that the setters need
    /// not throw and an operation states its request in plain statements.
    private(set) var problem: RequestProblem?

    public init(operation: String, method: String, path: RequestPath) {
        self.operation = operation
        self.method = method
        self.path = path.encoded
        hasEmptyPathParameter = path.hasEmptyValue
    }

    public mutating func setHeader(_ name: String, _ value: some ParameterValue) {
        setField(name, value.parameterText)
    }

    /// A list travels as one comma-separated header value.
    public mutating func setHeader(_ name: String, _ values: [some ParameterValue]) {
        setField(name, values.map(\.parameterText).joined(separator: ","))
    }

    /// Keeps the first problem: the one `build` reports.
    mutating func record(_ problem: RequestProblem) {
        if self.problem == nil { self.problem = problem }
    }

    /// Sets a header field, replacing one whose name differs only in case: header names are
    /// case-insensitive, and both would be sent.
    public mutating func setField(_ name: String, _ value: String) {
        if let existing = headers.keys.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
            headers[existing] = nil
        }
        headers[name] = value
    }

    /// A header field's value, whatever the case of its name.
    func field(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Adds `name=value` to the `Cookie` header, after the cookies already in it. The value is
    /// percent-encoded where a cookie value cannot hold a character as it is.
    public mutating func addCookie(_ name: String, _ value: some ParameterValue) {
        appendCookie(name + "=" + Self.percentEncoded(value.parameterText, keeping: Self.cookieOctets))
    }

    /// A list travels as one comma-separated cookie value.
    public mutating func addCookie(_ name: String, _ values: [some ParameterValue]) {
        let texts = values.map { Self.percentEncoded($0.parameterText, keeping: Self.cookieOctets) }
        appendCookie(name + "=" + texts.joined(separator: ","))
    }

    private mutating func appendCookie(_ cookie: String) {
        setField("Cookie", field("Cookie").map { $0 + "; " + cookie } ?? cookie)
    }

    /// RFC 6265's cookie-octets, without `%` (which starts an escape) and `,` (which separates a list).
    static let cookieOctets = Set(
        "!#$&'()*+-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~".utf8)

    public mutating func addQuery(_ name: String, _ value: some ParameterValue) {
        queryItems.append((Self.encodeQuery(name), Self.encodeQuery(value.parameterText)))
    }

    /// A list travels as the name repeated, once per value: `role=a&role=b`.
    public mutating func addQuery(_ name: String, _ values: [some ParameterValue]) {
        for value in values { addQuery(name, value) }
    }

    /// A list as one item, its values joined by `separator` (as it goes on the wire: `,`, `|`
    /// or `%20`): the `form` style without explode, `spaceDelimited` and `pipeDelimited`.
    public mutating func addQuery(_ name: String, _ values: [some ParameterValue], separator: String) {
        let value = values.map { Self.encodeQuery($0.parameterText) }.joined(separator: separator)
        queryItems.append((Self.encodeQuery(name), value))
    }

    /// An object as `name[field]=value` items, the `deepObject` style: its fields as JSON writes
    /// them, as a form's are (see ``FormEncoding``).
    public mutating func addDeepObjectQuery(_ name: String, _ value: some Encodable) {
        do {
            for (key, text) in try FormEncoding.pairs(value, key: name) {
                queryItems.append((Self.encodeQuery(key), Self.encodeQuery(text)))
            }
        } catch {
            record(RequestProblem(.encoding, operation: operation, field: name, detail: "\(error)"))
        }
    }

    /// The body as JSON, sent as `contentType` (`application/json`, or a `+json` type).
    public mutating func setJSONBody(
        _ value: some Encodable, contentType: String = "application/json"
    ) {
        do {
            body = try JSONCoding.makeEncoder().encode(value)
        } catch {
            record(RequestProblem(.encoding, operation: operation, field: "body", detail: "\(error)"))
        }
        setField("Content-Type", contentType)
    }

    /// The body as an `application/x-www-form-urlencoded` form of the value's fields (see
    /// ``FormEncoding``).
    public mutating func setFormBody(_ value: some Encodable) {
        do {
            body = Data(try FormEncoding.encode(value).utf8)
        } catch {
            record(RequestProblem(.encoding, operation: operation, field: "body", detail: "\(error)"))
        }
        setField("Content-Type", "application/x-www-form-urlencoded")
    }

    /// The body as `multipart/form-data` with the parts `parts` lists, between a boundary made
    /// for the request.
    public mutating func setMultipartBody(_ parts: () throws -> [MultipartPart]) {
        let boundary = "apigen-" + UUID().uuidString
        do {
            body = MultipartPart.body(try parts(), boundary: boundary)
        } catch {
            record(RequestProblem(.encoding, operation: operation, field: "body", detail: "\(error)"))
        }
        setField("Content-Type", "multipart/form-data; boundary=" + boundary)
    }

    /// The body as text in UTF-8.
    public mutating func setTextBody(_ text: String, contentType: String) {
        body = Data(text.utf8)
        setField("Content-Type", contentType.contains("charset=") ? contentType : contentType + "; charset=utf-8")
    }

    /// The body as these bytes.
    public mutating func setBinaryBody(_ data: Data, contentType: String) {
        body = data
        setField("Content-Type", contentType)
    }

    /// The finished request: the base URL without its trailing slash, then the path and query.
    ///
    /// Throws the first argument a setter could not encode; an empty path parameter, or a header
    /// value with a line break (which would end the header early or start another), is a
    /// validation problem. The caller sends nothing then.
    public func build(baseURLString: String, timeout: Duration?) throws(RequestProblem) -> HTTPRequest {
        if let problem { throw problem }
        if hasEmptyPathParameter {
            throw RequestProblem(.validation, operation: operation, field: "path", detail: "path parameters must not be empty")
        }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) where Self.breaksHeaderLine(value) {
            throw RequestProblem(
                .validation, operation: operation, field: "header " + name, detail: "no CR, LF or NUL in header values")
        }
        var base = Substring(baseURLString)
        while base.hasSuffix("/") { base = base.dropLast() }
        var text = base + path
        if !queryItems.isEmpty {
            let query = queryItems.map { $0.name + "=" + $0.value }
            text += "?" + query.joined(separator: "&")
        }
        guard let url = URL(string: String(text)) else {
            throw RequestProblem(.encoding, operation: operation, field: "url", detail: "'\(text)' is not a URL")
        }
        var request = self
        if field("Accept") == nil { request.setField("Accept", "application/json") }
        return HTTPRequest(method: method, url: url, headers: request.headers, body: body, timeout: timeout)
    }

    /// Whether a header value holds a character that would end its line: CR, LF or NUL. Checked
    /// by Unicode scalar, since `"\r\n"` is one `Character`.
    static func breaksHeaderLine(_ value: String) -> Bool {
        value.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" }
    }

    /// One path segment: everything but unreserved characters is percent-encoded, so an id such
    /// as `a/b` or `../x` stays one segment, and `.` or `..` alone cannot climb the path.
    static func segment(_ value: some ParameterValue) -> String {
        let text = value.parameterText
        if text == "." || text == ".." { return String(repeating: "%2E", count: text.count) }
        return percentEncoded(text, keeping: unreserved)
    }

    /// A relative server's path after an origin the user gives, `https://api.example.com`.
    public static func joined(_ origin: URL, _ path: String) -> String {
        var base = origin.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return base + path
    }

    /// A server URL variable such as a sub-domain, encoded like a path segment.
    public static func encodeURLVariable(_ value: String) -> String {
        percentEncoded(value, keeping: unreserved)
    }

    static func encodeQuery(_ text: String) -> String {
        percentEncoded(text, keeping: unreserved)
    }

    /// RFC 3986 unreserved characters: the only ones that never need encoding anywhere.
    static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)

    static func percentEncoded(_ text: String, keeping allowed: Set<UInt8>) -> String {
        var result = ""
        for byte in text.utf8 {
            if allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

/// A request's path, written as a string literal in which each interpolated value is one path
/// segment: `"/users/\(userId)/lock"`.
///
/// The literal text must be percent-encoded already; each value is encoded by
/// `RequestBuilder.segment(_:)`, so that it stays one segment whatever it holds.
@_spi(Generated) public struct RequestPath: ExpressibleByStringInterpolation, Sendable {
    /// The percent-encoded path.
    var encoded: String
    /// Whether an interpolated value was empty.
    var hasEmptyValue = false

    public init(stringLiteral value: String) {
        encoded = value
    }

    public init(stringInterpolation: StringInterpolation) {
        encoded = stringInterpolation.encoded
        hasEmptyValue = stringInterpolation.hasEmptyValue
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var encoded = ""
        var hasEmptyValue = false

        public init(literalCapacity: Int, interpolationCount: Int) {
            encoded.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            encoded += literal
        }

        public mutating func appendInterpolation(_ value: some ParameterValue) {
            let segment = RequestBuilder.segment(value)
            hasEmptyValue = hasEmptyValue || segment.isEmpty
            encoded += segment
        }

        /// A list in one segment, its values comma-separated, as OpenAPI's `simple` style writes it.
        public mutating func appendInterpolation(_ values: [some ParameterValue]) {
            let segment = values.map { RequestBuilder.segment($0) }.joined(separator: ",")
            hasEmptyValue = hasEmptyValue || segment.isEmpty
            encoded += segment
        }
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
