/// One operation under `endpoints`, keyed by its operation id.
public struct EndpointSpec: Sendable, Hashable {
    public var operationId: String
    public var source: SourceRef
    public var group: Located<String>?
    public var summary: String?
    public var description: String?
    public var method: Located<String>
    public var path: Located<String>
    /// Where the path's text starts in the source, when columns map onto it (see `pathPlaceholders`).
    public var pathTextStart: SourceRef?
    public var pathParameters: [FieldSpec]
    public var headers: [FieldSpec]
    public var query: [FieldSpec]
    public var body: BodySpec?
    public var responses: [ResponseSpec]
    /// Overrides the API's security; `none` sends no credentials.
    public var security: SecurityScheme?
    public var deprecated: Bool
    /// The names of the servers that serve this endpoint; empty means all.
    public var servers: [Located<String>]
    /// Parts (`body`, `responses`) that had errors when read: checks that would only repeat
    /// those errors in other words skip them.
    public var unreadable: Set<String> = []

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
    public var source: SourceRef
    public var required: Bool
    public var description: String?
    public var contentType: String
    public var type: TypeExpression
    public var typeSource: SourceRef

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
    public var source: SourceRef
    public var description: String?
    public var body: TypeExpression?
    public var bodySource: SourceRef?
    public var contentType: String

    public init(status: String, source: SourceRef) {
        self.status = status
        self.source = source
        self.contentType = "application/json"
    }

    /// 2xx: the operation succeeded.
    public var isSuccess: Bool { status.count == 3 && status.hasPrefix("2") }
}

public enum SecurityScheme: String, Sendable, Hashable {
    /// `Authorization: Bearer <token>`.
    case bearer
    case none
}
