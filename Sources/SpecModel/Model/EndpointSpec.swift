/// One operation under `endpoints`, keyed by its operation id.
public struct EndpointSpec: Sendable, Hashable {
    /// The key under `endpoints`, such as `lockUser`; the generated method is named after it.
    public let operationId: String
    /// Where the operation id is, for messages about the endpoint as a whole.
    public let source: SourceRef
    /// `group:`: the group whose file holds the generated method.
    public let group: Located<String>?
    /// `summary:`: one line on what the operation does.
    public let summary: String?
    /// `description:`: the longer documentation.
    public let description: String?
    /// `method:`: the HTTP method as written, such as `POST`.
    public let method: Located<String>
    /// `path:`: the path with `{name}` placeholders, such as `/users/{userId}/lock`.
    public let path: Located<String>
    /// The path cut into literal runs and `{name}` placeholders.
    public let pathParts: [TemplatedText.Part]
    /// Where the path's text starts in the source, when columns map onto it (see `pathPlaceholders`).
    public let pathTextStart: SourceRef?
    /// `pathParameters:`: the fields filling the path's placeholders.
    public let pathParameters: [FieldSpec]
    /// `headers:`: the request headers the operation takes.
    public let headers: [FieldSpec]
    /// `cookies:`: the cookies the operation takes, sent in the `Cookie` header.
    public let cookies: [FieldSpec]
    /// `query:`: the query parameters the operation takes.
    public let query: [FieldSpec]
    /// `body:`: the request body, if any.
    public let body: BodySpec?
    /// `responses:`: the documented responses, in file order.
    public let responses: [ResponseSpec]
    /// `security:`: overrides the API's security requirement.
    public let security: SecurityRequirement?
    /// `deprecated:`: whether the generated method is marked deprecated.
    public let deprecated: Bool
    /// The names of the servers that serve this endpoint; empty means all.
    public let servers: [Located<String>]
    /// Parts (`body`, `responses`) that had errors when read: checks that would only repeat
    /// those errors in other words skip them.
    public let unreadable: Set<String>

    /// Creates an endpoint from its operation id, method and path; every other part defaults
    /// to absent or empty.
    public init(
        operationId: String, source: SourceRef, group: Located<String>? = nil, summary: String? = nil,
        description: String? = nil, method: Located<String>, path: Located<String>, pathTextStart: SourceRef? = nil,
        pathParameters: [FieldSpec] = [], headers: [FieldSpec] = [], cookies: [FieldSpec] = [], query: [FieldSpec] = [],
        body: BodySpec? = nil,
        responses: [ResponseSpec] = [], security: SecurityRequirement? = nil, deprecated: Bool = false,
        servers: [Located<String>] = [], unreadable: Set<String> = []
    ) {
        self.operationId = operationId
        self.source = source
        self.group = group
        self.summary = summary
        self.description = description
        self.method = method
        self.path = path
        self.pathParts = TemplatedText.parts(path.value)
        self.pathTextStart = pathTextStart
        self.pathParameters = pathParameters
        self.headers = headers
        self.cookies = cookies
        self.query = query
        self.body = body
        self.responses = responses
        self.security = security
        self.deprecated = deprecated
        self.servers = servers
        self.unreadable = unreadable
    }

    /// The `{name}` placeholders of the path, in order, each located at its `{`, or at the path
    /// itself when its text does not stand in the source as written (a block scalar, escapes).
    public var pathPlaceholders: [Located<String>] {
        Self.placeholders(in: pathParts, textStart: pathTextStart, pathSource: path.source)
    }

    /// `pathPlaceholders` from the parts it is made of, for a caller that reads an endpoint in
    /// place rather than copying it out of its array.
    static func placeholders(
        in parts: [TemplatedText.Part], textStart: SourceRef?, pathSource: SourceRef
    ) -> [Located<String>] {
        parts.compactMap { part in
            guard case .placeholder(let name, let offset) = part else { return nil }
            guard var source = textStart else { return Located(name, at: pathSource) }
            source.location.column += offset
            return Located(name, at: source)
        }
    }
}

/// A request body: a type expression, or inline properties the generator names `<OperationId>Request`.
public struct BodySpec: Sendable, Hashable {
    /// Where the body's value is.
    public let source: SourceRef
    /// `required:`: whether the caller must send a body; a body given as a bare type is required.
    public let required: Bool
    /// `description:`: what the body holds.
    public let description: String?
    /// `contentType:`: the media type sent, `application/json` unless given.
    public let contentType: String
    /// Where `contentType:` is written, when it is.
    public let contentTypeSource: SourceRef?
    /// The body's type: the type given, or the model named after the inline properties.
    public let type: TypeExpression
    /// Where that type is written, or where the inline properties are.
    public let typeSource: SourceRef

    /// Creates a body of a type; unless given, it is not required and is sent as JSON
    /// (`contentType` nil means `application/json`).
    public init(
        source: SourceRef, required: Bool = false, description: String? = nil, contentType: String? = nil,
        contentTypeSource: SourceRef? = nil, type: TypeExpression, typeSource: SourceRef
    ) {
        self.source = source
        self.required = required
        self.description = description
        self.contentType = contentType ?? "application/json"
        self.contentTypeSource = contentTypeSource
        self.type = type
        self.typeSource = typeSource
    }

    /// How the body travels; JSON when the content type is not a media type (an error).
    public var mediaKind: MediaKind { MediaKind(contentType: contentType) ?? .json }
}

/// One documented response: a status code with an optional body.
public struct ResponseSpec: Sendable, Hashable {
    /// A three-digit status code, or `default`.
    public let status: String
    /// Where the status code is.
    public let source: SourceRef
    /// `description:`: what the response means.
    public let description: String?
    /// The body's type, or nil for a response without a body.
    public let body: TypeExpression?
    /// Where the body's type is written, or where its inline properties are.
    public let bodySource: SourceRef?
    /// `contentType:`: the media type received, `application/json` unless given.
    public let contentType: String
    /// Where `contentType:` is written, when it is.
    public let contentTypeSource: SourceRef?
    /// `headers:`: the response headers the operation documents, which the client reads typed.
    public let headers: [FieldSpec]

    /// Creates a response; unless given, it has no body and is received as JSON
    /// (`contentType` nil means `application/json`).
    public init(
        status: String, source: SourceRef, description: String? = nil, body: TypeExpression? = nil,
        bodySource: SourceRef? = nil, contentType: String? = nil, contentTypeSource: SourceRef? = nil,
        headers: [FieldSpec] = []
    ) {
        self.status = status
        self.source = source
        self.description = description
        self.body = body
        self.bodySource = bodySource
        self.contentType = contentType ?? "application/json"
        self.contentTypeSource = contentTypeSource
        self.headers = headers
    }

    /// How the body travels; JSON when the content type is not a media type (an error).
    public var mediaKind: MediaKind { MediaKind(contentType: contentType) ?? .json }

    /// 2xx or `2XX`: the operation succeeded.
    public var isSuccess: Bool { status.count == 3 && status.hasPrefix("2") }

    /// 3xx or `3XX`: a redirect, which the client returns rather than follows.
    public var isRedirect: Bool { status.count == 3 && status.hasPrefix("3") }

    /// The statuses the response covers: one, a hundred (`4XX`), or nil for `default` (every other).
    public var statusRange: ClosedRange<Int>? {
        if let code = Int(status) { return code...code }
        guard status.hasSuffix("XX"), let hundreds = Int(status.prefix(1)) else { return nil }
        return hundreds * 100...hundreds * 100 + 99
    }
}

extension EndpointSpec {
    /// The responses that are the operation's result: the 2xx ones and the documented redirects
    /// (3xx, which the client returns rather than follows), or a lone `default`, which then
    /// describes every status.
    public var successResponses: [ResponseSpec] {
        let successes = responses.filter { $0.isSuccess || $0.isRedirect }
        if successes.isEmpty, responses.count == 1, responses[0].status == "default" { return responses }
        return successes
    }

    /// The documented error responses with a body: all but the 2xx and 3xx ones, `default`
    /// included (a lone `default` is both: it describes every status).
    public var errorResponses: [ResponseSpec] {
        responses.filter { !$0.isSuccess && !$0.isRedirect && $0.body != nil }
    }

    /// Whether the operation documents a redirect, which the client then returns.
    public var documentsRedirects: Bool { responses.contains(where: \.isRedirect) }
}
