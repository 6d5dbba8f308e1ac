/// One operation under `endpoints`, keyed by its operation id.
///
/// Its parts live in one ``CopyOnWriteBox``, as a field's do (see ``FieldSpec``): a copy of an
/// endpoint is one retain, not one per string, source reference and list it holds.
public struct EndpointSpec: Sendable, Hashable {
    /// The stored parts, documented on the properties below.
    @usableFromInline
    struct Parts: Sendable, Hashable {
        @usableFromInline var operationId: String
        @usableFromInline var source: SourceRef
        @usableFromInline var group: Located<String>?
        @usableFromInline var summary: String?
        @usableFromInline var description: String?
        @usableFromInline var method: Located<String>
        @usableFromInline var path: Located<String>
        /// The path cut into literal runs and placeholders, once, when it is set.
        @usableFromInline var pathParts: [TemplatedText.Part] = []
        @usableFromInline var pathTextStart: SourceRef?
        @usableFromInline var pathParameters: [FieldSpec] = []
        @usableFromInline var headers: [FieldSpec] = []
        @usableFromInline var query: [FieldSpec] = []
        @usableFromInline var body: BodySpec?
        @usableFromInline var responses: [ResponseSpec] = []
        @usableFromInline var security: SecurityScheme?
        @usableFromInline var deprecated: Bool = false
        @usableFromInline var servers: [Located<String>] = []
        @usableFromInline var unreadable: Set<String> = []
    }

    @usableFromInline var storage: CopyOnWriteBox<Parts>

    /// The key under `endpoints`, such as `lockUser`; the generated method is named after it.
    public var operationId: String {
        @inlinable get { storage.value.operationId }
        _modify { yield &storage.value.operationId }
    }
    /// Where the operation id is, for messages about the endpoint as a whole.
    public var source: SourceRef {
        @inlinable get { storage.value.source }
        _modify { yield &storage.value.source }
    }
    /// `group:`: the group whose file holds the generated method.
    public var group: Located<String>? {
        @inlinable get { storage.value.group }
        _modify { yield &storage.value.group }
    }
    /// `summary:`: one line on what the operation does.
    public var summary: String? {
        @inlinable get { storage.value.summary }
        _modify { yield &storage.value.summary }
    }
    /// `description:`: the longer documentation.
    public var description: String? {
        @inlinable get { storage.value.description }
        _modify { yield &storage.value.description }
    }
    /// `method:`: the HTTP method as written, such as `POST`.
    public var method: Located<String> {
        @inlinable get { storage.value.method }
        _modify { yield &storage.value.method }
    }
    /// `path:`: the path with `{name}` placeholders, such as `/users/{userId}/lock`.
    public var path: Located<String> {
        @inlinable get { storage.value.path }
        _modify {
            defer { storage.value.pathParts = TemplatedText.parts(storage.value.path.value) }
            yield &storage.value.path
        }
    }
    /// The path cut into literal runs and `{name}` placeholders: cut once, when the path is set,
    /// for the validator and the generator, which read them several times over.
    public var pathParts: [TemplatedText.Part] {
        @inlinable get { storage.value.pathParts }
    }
    /// Where the path's text starts in the source, when columns map onto it (see `pathPlaceholders`).
    public var pathTextStart: SourceRef? {
        @inlinable get { storage.value.pathTextStart }
        _modify { yield &storage.value.pathTextStart }
    }
    /// `pathParameters:`: the fields filling the path's placeholders.
    public var pathParameters: [FieldSpec] {
        @inlinable get { storage.value.pathParameters }
        _modify { yield &storage.value.pathParameters }
    }
    /// `headers:`: the request headers the operation takes.
    public var headers: [FieldSpec] {
        @inlinable get { storage.value.headers }
        _modify { yield &storage.value.headers }
    }
    /// `query:`: the query parameters the operation takes.
    public var query: [FieldSpec] {
        @inlinable get { storage.value.query }
        _modify { yield &storage.value.query }
    }
    /// `body:`: the request body, if any.
    public var body: BodySpec? {
        @inlinable get { storage.value.body }
        _modify { yield &storage.value.body }
    }
    /// `responses:`: the documented responses, in file order.
    public var responses: [ResponseSpec] {
        @inlinable get { storage.value.responses }
        _modify { yield &storage.value.responses }
    }
    /// Overrides the API's security; `none` sends no credentials.
    public var security: SecurityScheme? {
        @inlinable get { storage.value.security }
        _modify { yield &storage.value.security }
    }
    /// `deprecated:`: whether the generated method is marked deprecated.
    public var deprecated: Bool {
        @inlinable get { storage.value.deprecated }
        _modify { yield &storage.value.deprecated }
    }
    /// The names of the servers that serve this endpoint; empty means all.
    public var servers: [Located<String>] {
        @inlinable get { storage.value.servers }
        _modify { yield &storage.value.servers }
    }
    /// Parts (`body`, `responses`) that had errors when read: checks that would only repeat
    /// those errors in other words skip them.
    public var unreadable: Set<String> {
        @inlinable get { storage.value.unreadable }
        _modify { yield &storage.value.unreadable }
    }

    /// Creates an endpoint with its required parts; the others start empty.
    public init(operationId: String, source: SourceRef, method: Located<String>, path: Located<String>) {
        var parts = Parts(operationId: operationId, source: source, method: method, path: path)
        parts.pathParts = TemplatedText.parts(path.value)
        storage = CopyOnWriteBox(parts)
    }

    /// The `{name}` placeholders of the path, in order, each located at its `{`, or at the path
    /// itself when its text does not stand in the source as written (a block scalar, escapes).
    public var pathPlaceholders: [Located<String>] {
        let path = storage.value.path
        let textStart = storage.value.pathTextStart
        return storage.value.pathParts.compactMap { part in
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
