/// One operation under `endpoints`, keyed by its operation id.
public struct EndpointSpec: Sendable, Hashable {
    /// The key under `endpoints`, such as `lockUser`; the generated method is named after it.
    public var operationId: String
    /// Where the operation id is, for messages about the endpoint as a whole.
    public var source: SourceRef
    /// `group:`: the group whose file holds the generated method.
    public var group: Located<String>?
    /// `summary:`: one line on what the operation does.
    public var summary: String?
    /// `description:`: the longer documentation.
    public var description: String?
    /// `method:`: the HTTP method as written, such as `POST`.
    public var method: Located<String>
    /// `path:`: the path with `{name}` placeholders, such as `/users/{userId}/lock`.
    public var path: Located<String>
    /// Where the path's text starts in the source, when columns map onto it (see `pathPlaceholders`).
    public var pathTextStart: SourceRef?
    /// `pathParameters:`: the fields filling the path's placeholders.
    public var pathParameters: [FieldSpec]
    /// `headers:`: the request headers the operation takes.
    public var headers: [FieldSpec]
    /// `query:`: the query parameters the operation takes.
    public var query: [FieldSpec]
    /// `body:`: the request body, if any.
    public var body: BodySpec?
    /// `responses:`: the documented responses, in file order.
    public var responses: [ResponseSpec]
    /// Overrides the API's security; `none` sends no credentials.
    public var security: SecurityScheme?
    /// `deprecated:`: whether the generated method is marked deprecated.
    public var deprecated: Bool
    /// The names of the servers that serve this endpoint; empty means all.
    public var servers: [Located<String>]
    /// Parts (`body`, `responses`) that had errors when read: checks that would only repeat
    /// those errors in other words skip them.
    public var unreadable: Set<String> = []

    /// Creates an endpoint with its required parts; the others start empty.
    public init(operationId: String, source: SourceRef, method: Located<String>, path: Located<String>) {
        self.operationId = operationId
        self.source = source
        self.method = method
        self.path = path
        self.pathParameters = []
        self.headers = []
        self.query = []
        self.responses = []
        self.deprecated = false
        self.servers = []
    }

    /// The `{name}` placeholders of the path, in order, each located at its `{`, or at the path
    /// itself when its text does not stand in the source as written (a block scalar, escapes).
    public var pathPlaceholders: [Located<String>] {
        Self.placeholders(of: path, textStart: pathTextStart)
    }

    /// The placeholders of `path`, as ``pathPlaceholders`` tells them; for callers that hold an
    /// endpoint in an array, which calling the property on would copy whole.
    static func placeholders(of path: Located<String>, textStart: SourceRef?) -> [Located<String>] {
        TemplatedText.parts(path.value).compactMap { part in
            guard case .placeholder(let name, let offset) = part else { return nil }
            guard var source = textStart else { return Located(name, at: path.source) }
            source.location.column += offset
            return Located(name, at: source)
        }
    }
}

/// A request body: a type expression, or inline properties the generator names `<OperationId>Request`.
public struct BodySpec: Sendable, Hashable {
    /// Where the body's value is.
    public var source: SourceRef
    /// `required:`: whether the caller must send a body; a body given as a bare type is required.
    public var required: Bool
    /// `description:`: what the body holds.
    public var description: String?
    /// `contentType:`: the media type sent, `application/json` unless given.
    public var contentType: String
    /// The body's type: the type given, or the model named after the inline properties.
    public var type: TypeExpression
    /// Where that type is written, or where the inline properties are.
    public var typeSource: SourceRef

    /// Creates a body of a type, not required, sent as JSON.
    public init(source: SourceRef, type: TypeExpression, typeSource: SourceRef) {
        self.source = source
        self.required = false
        self.contentType = "application/json"
        self.type = type
        self.typeSource = typeSource
    }
}

/// One documented response: a status code with an optional body.
public struct ResponseSpec: Sendable, Hashable {
    /// A three-digit status code, or `default`.
    public var status: String
    /// Where the status code is.
    public var source: SourceRef
    /// `description:`: what the response means.
    public var description: String?
    /// The body's type, or nil for a response without a body.
    public var body: TypeExpression?
    /// Where the body's type is written, or where its inline properties are.
    public var bodySource: SourceRef?
    /// `contentType:`: the media type received, `application/json` unless given.
    public var contentType: String

    /// Creates a response without a body.
    public init(status: String, source: SourceRef) {
        self.status = status
        self.source = source
        self.contentType = "application/json"
    }

    /// 2xx: the operation succeeded.
    public var isSuccess: Bool { status.count == 3 && status.hasPrefix("2") }
}

/// How requests are authenticated.
public enum SecurityScheme: String, Sendable, Hashable {
    /// `Authorization: Bearer <token>`.
    case bearer
    /// No credentials are sent.
    case none
}
