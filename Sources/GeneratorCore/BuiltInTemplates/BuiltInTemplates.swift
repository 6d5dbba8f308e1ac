// Generated from Templates/ by the BuiltInTemplatesTests (APIGEN_RECORD_GOLDENS=1 swift test).
// Do not edit: change Templates/ and record again.

/// The templates compiled into apigen: the same files as the repository's `Templates/`.
enum BuiltInTemplates {
    static let files: [String: String] = [
        "Authentication.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

@_spi(Generated) import APIGenRuntime
import Foundation

extension {{ api.clientName }} {
    /// The credentials the client holds: one value per security scheme of the API, each
    /// optional. An operation sends the credentials of the first of its schemes that the client
    /// holds; when it holds none of them, and the operation also works without, it sends none.
    ///
    /// Printing a value never shows a secret: its description is redacted.
    public struct Authentication: Sendable, CustomStringConvertible {
{% for scheme in securitySchemes %}
{% if scheme.description %}
        {{ scheme.description | docComment }}
        ///
{% endif %}
{% if scheme.kind == "bearer" %}
        /// The `{{ scheme.name | oneLine }}` scheme's token, sent as `Authorization: Bearer <token>`.
{% elif scheme.kind == "basic" %}
        /// The `{{ scheme.name | oneLine }}` scheme's user name and password, sent as `Authorization: Basic <base64>`.
{% else %}
        /// The `{{ scheme.name | oneLine }}` scheme's key, sent as it is in the `{{ scheme.keyName | oneLine }}` {{ scheme.location }}{% if scheme.location == "query" %} item{% endif %}.
{% endif %}
        public var {{ scheme.swiftName }}: {{ scheme.swiftType }}?
{% endfor %}

        /// Credentials for some of the API's schemes; a scheme left out is never sent.
        ///
{% if securitySchemes | count == 1 %}
{% for scheme in securitySchemes %}
        /// - Parameter {{ scheme.label }}: The `{{ scheme.name | oneLine }}` scheme's credentials.
{% endfor %}
{% else %}
        /// - Parameters:
{% for scheme in securitySchemes %}
        ///   - {{ scheme.label }}: The `{{ scheme.name | oneLine }}` scheme's credentials.
{% endfor %}
{% endif %}
{% if securitySchemes | count == 1 %}
        public init({% for scheme in securitySchemes %}{{ scheme.swiftName }}: {{ scheme.swiftType }}? = nil{% endfor %}) {
{% else %}
        public init(
{% for scheme in securitySchemes %}
            {{ scheme.swiftName }}: {{ scheme.swiftType }}? = nil{% if not loop.last %},{% endif %}
{% endfor %}
        ) {
{% endif %}
{% for scheme in securitySchemes %}
            self.{{ scheme.swiftName }} = {{ scheme.swiftName }}
{% endfor %}
        }

        /// No credentials.
        public static let none = Authentication()
{% for scheme in securitySchemes %}

{% if scheme.kind == "bearer" %}
        /// A fixed token for the `{{ scheme.name | oneLine }}` scheme.
        ///
        /// - Parameter token: The token.
        /// - Returns: Credentials with the token.
        public static func {{ scheme.swiftName }}(_ token: String) -> Authentication {
            Authentication({{ scheme.label }}: .token(token))
        }
{% if loop.first %}

        /// Asks for a token before each request, for tokens that you mint, rotate or cache yourself.
        ///
        /// - Parameter provide: Returns the token to send; what it throws, the call throws.
        /// - Returns: Credentials that ask `provide` for the `{{ scheme.name | oneLine }}` scheme's token.
        public static func tokenProvider(_ provide: @escaping TokenProvider) -> Authentication {
            Authentication({{ scheme.label }}: .provider(provide))
        }
{% for flow in tokenFlows %}

        /// Trades these credentials for a bearer token with
        /// ``{{ api.clientName }}/{{ flow.authenticateSymbol }}``.
        ///
        /// The client keeps the token until shortly before it expires,{% if flow.refresh %} renews it with
        /// ``{{ api.clientName }}/{{ flow.refresh.symbol }}``,{% endif %} and after a `401` renews it once
        /// and retries the request once. Concurrent calls share one authentication in flight.
        ///
{% if flow.credentials | count == 1 %}
{% for credential in flow.credentials %}
        /// - Parameter {{ credential.label }}: The `{{ credential.label }}` {% if credential.isParameter %}argument of the token operations{% else %}credential{% endif %}.
{% endfor %}
{% else %}
        /// - Parameters:
{% for credential in flow.credentials %}
        ///   - {{ credential.label }}: The `{{ credential.label }}` {% if credential.isParameter %}argument of the token operations{% else %}credential{% endif %}.
{% endfor %}
{% endif %}
        /// - Returns: Credentials that authenticate with these.
        public static func {{ flow.caseName }}({% for credential in flow.credentials %}{{ credential.label }}: {{ credential.swiftType }}{% if credential.defaultLiteral %} = {{ credential.defaultLiteral }}{% endif %}{% if not loop.last %}, {% endif %}{% endfor %}) -> Authentication {
            Authentication({{ scheme.label }}: .{{ flow.caseName }}({% for credential in flow.credentials %}{{ credential.label }}: {{ credential.swiftName }}{% if not loop.last %}, {% endif %}{% endfor %}))
        }
{% endfor %}
{% endif %}
{% elif scheme.kind == "basic" %}
        /// A user name and password for the `{{ scheme.name | oneLine }}` scheme.
        ///
        /// - Parameters:
        ///   - username: The user name.
        ///   - password: The password.
        /// - Returns: Credentials with them.
        public static func {{ scheme.swiftName }}(username: String, password: String) -> Authentication {
            Authentication({{ scheme.label }}: BasicCredentials(username: username, password: password))
        }
{% else %}
        /// A key for the `{{ scheme.name | oneLine }}` scheme.
        ///
        /// - Parameter key: The key.
        /// - Returns: Credentials with the key.
        public static func {{ scheme.swiftName }}(_ key: String) -> Authentication {
            Authentication({{ scheme.label }}: key)
        }
{% endif %}
{% endfor %}

        /// The schemes the client holds credentials for, never the secrets: `bearer(<redacted>)`.
        public var description: String {
            var held: [String] = []
{% for scheme in securitySchemes %}
            if {{ scheme.swiftName }} != nil { held.append({{ scheme.label | swiftString }} + "(<redacted>)") }
{% endfor %}
            return held.isEmpty ? "none" : held.joined(separator: ", ")
        }

        /// An API security scheme, as operations list the ones they accept.
        enum Scheme: Sendable {
{% for scheme in securitySchemes %}
            case {{ scheme.swiftName }}
{% endfor %}

            /// The scheme's name in the API's documentation.
            var name: String {
                switch self {
{% for scheme in securitySchemes %}
                case .{{ scheme.swiftName }}: {{ scheme.name | swiftString }}
{% endfor %}
                }
            }
        }

        /// Whether the client holds credentials for `scheme`.
        func holds(_ scheme: Scheme) -> Bool {
            switch scheme {
{% for scheme in securitySchemes %}
            case .{{ scheme.swiftName }}: {{ scheme.swiftName }} != nil
{% endfor %}
            }
        }

        /// A function that returns a bearer token, asked before each request.
        public typealias TokenProvider = @Sendable () async throws -> String

        /// Where a bearer token comes from.
        public enum BearerToken: Sendable {
            /// A fixed token.
            case token(String)
            /// A function asked before each request.
            case provider(TokenProvider)
{% for flow in tokenFlows %}
            /// Credentials traded for tokens through ``{{ api.clientName }}/{{ flow.authenticateSymbol }}``.
            case {{ flow.caseName }}({% for credential in flow.credentials %}{{ credential.label }}: {{ credential.swiftType }}{% if not loop.last %}, {% endif %}{% endfor %})
{% endfor %}
        }

        /// A user name and password.
        public struct BasicCredentials: Sendable {
            /// The user name.
            public var username: String
            /// The password.
            public var password: String

            /// Creates credentials.
            ///
            /// - Parameters:
            ///   - username: The user name.
            ///   - password: The password.
            public init(username: String, password: String) {
                self.username = username
                self.password = password
            }
        }
    }
}

"""#,
        "Client.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

@_exported import APIGenRuntime
@_spi(Generated) import APIGenRuntime
import Foundation

{% if api.title %}
/// A client for the {{ api.title | oneLine }} API{% if api.version %}, version {{ api.version | oneLine }}{% endif %}.
{% else %}
/// A client for the {{ api.name }} API.
{% endif %}
///
{% if api.description %}
{{ api.description | docComment }}
///
{% endif %}
/// A client is a `Sendable` value: create one per server and credentials and share it.
///
/// ```swift
{% if defaultServer %}
/// let client = {{ api.clientName }}(server: {{ defaultServer }}, auth: .bearer(token))
{% else %}
/// let client = {{ api.clientName }}(baseURL: url, auth: .bearer(token))
{% endif %}
/// ```
public struct {{ api.clientName }}: Sendable {
    /// The base URL every operation's path is appended to, with server variables filled in.
    public let baseURLString: String
    /// The credentials sent with operations that require them.
    public let authentication: Authentication
    /// What sends the requests; `URLSessionTransport` unless you plug in another.
    public let transport: any HTTPTransport
    /// Timeout, retries and interceptors.
    public let configuration: Configuration
{% for flow in tokenFlows %}
    /// The tokens minted for ``Authentication/{{ flow.label }}({% for credential in flow.credentials %}{{ credential.label }}:{% endfor %})``
    /// credentials, shared by copies of this client.
    let tokenStore: TokenStore?
{% endfor %}
{% if hasServers %}

    /// Creates a client for one of the API's servers.
    ///
    /// - Parameters:
{% if defaultServer %}
    ///   - server: Where requests go; ``Server/{{ servers[0].symbol }}`` unless you choose another.
{% else %}
    ///   - server: Where requests go.
{% endif %}
    ///   - auth: The credentials to send; none unless you give them.
    ///   - transport: What sends the requests; a `URLSession` unless you plug in another.
    ///   - configuration: Timeout, retries and interceptors.
    public init(
        server: Server{% if defaultServer %} = {{ defaultServer }}{% endif %},
        auth: Authentication = .none,
        transport: any HTTPTransport = URLSessionTransport(),
        configuration: Configuration = Configuration()
    ) {
        self.init(baseURLString: server.urlString, auth: auth, transport: transport, configuration: configuration)
    }
{% endif %}

    /// Creates a client for any base URL: a proxy, a test server, a new region.
    ///
    /// - Parameters:
    ///   - baseURL: The URL that operation paths are appended to.
    ///   - auth: The credentials to send; none unless you give them.
    ///   - transport: What sends the requests; a `URLSession` unless you plug in another.
    ///   - configuration: Timeout, retries and interceptors.
    public init(
        baseURL: URL,
        auth: Authentication = .none,
        transport: any HTTPTransport = URLSessionTransport(),
        configuration: Configuration = Configuration()
    ) {
        self.init(baseURLString: baseURL.absoluteString, auth: auth, transport: transport, configuration: configuration)
    }

    init(baseURLString: String, auth: Authentication, transport: any HTTPTransport, configuration: Configuration) {
        self.baseURLString = baseURLString
        self.authentication = auth
        self.transport = transport
        self.configuration = configuration
{% for flow in tokenFlows %}
        if case .{{ flow.caseName }}({% for credential in flow.credentials %}let {{ credential.swiftName }}{% if not loop.last %}, {% endif %}{% endfor %})? = auth.bearer {
            // The store calls the token operations through a client without credentials of its own.
            let tokenClient = {{ api.clientName }}(
                baseURLString: baseURLString, auth: .none, transport: transport, configuration: configuration)
            tokenStore = TokenStore(
                client: tokenClient,
                credentials: {{ flow.credentialsType }}({% for credential in flow.credentials %}{% if not credential.isParameter %}{% if not loop.first %}, {% endif %}{{ credential.label }}: {{ credential.swiftName }}{% endif %}{% endfor %}){% for credential in flow.credentials %}{% if credential.isParameter %},
                {{ credential.label }}: {{ credential.swiftName }}{% endif %}{% endfor %})
        } else {
            tokenStore = nil
        }
{% endfor %}
    }
}

"""#,
        "Error.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

@_spi(Generated) import APIGenRuntime
import Foundation

/// Everything that can go wrong when calling the {{ api.name }} API, with what you need to act on it.
public enum {{ api.errorName }}: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// The server answered with a status outside 200–299.
    ///
    /// - Parameters:
    ///   - status: The response's status code.
    ///   - message: The server's own explanation when the body carries one: its `message`, or the
    ///     strings of its `errors` list.
    ///   - response: The response: its status, headers and raw body.
    case http(status: Int, message: String?, response: HTTPResponse)
{% if errorBodies %}
    /// The server answered with an error status whose body the operation documents, decoded.
    ///
    /// - Parameters:
    ///   - status: The response's status code.
    ///   - body: The decoded body.
    ///   - response: The response: its status, headers and raw body.
    case apiError(status: Int, body: Body, response: HTTPResponse)
{% endif %}
    /// An argument breaks a rule of the API, found before anything was sent.
    ///
    /// - Parameters:
    ///   - operation: The operation called, by its id in the spec.
    ///   - field: Where the argument breaks the rule, as in `body.profilePictureUrl`.
    ///   - rule: The spec's rule, as in `maxLength: 4095`.
    case validation(operation: String, field: String, rule: String)
    /// An argument could not be encoded as the request needs it, so nothing was sent.
    ///
    /// - Parameters:
    ///   - operation: The operation called, by its id in the spec.
    ///   - field: What could not be encoded: `body`, a query parameter's name, or `url`.
    ///   - description: Why, as the encoder says.
    case encoding(operation: String, field: String, description: String)
    /// A response body does not have the documented shape.
    ///
    /// - Parameters:
    ///   - type: The model that failed to decode.
    ///   - path: Where the bad field is, as in `roles[0].createdAt`; empty for the whole body.
    ///   - description: What is wrong with it.
    case decoding(type: String, path: String, description: String)
    /// The client holds credentials for none of the security schemes the operation accepts,
    /// so nothing was sent.
    ///
    /// - Parameter schemes: The schemes the operation accepts, by their names in the API's docs.
    case missingCredentials(schemes: [String])
    /// No response came back within the configured timeout.
    case timedOut
    /// The task that made the call was cancelled.
    case cancelled
    /// The request could not be sent or no response came back, for example without a connection.
    case transport(any Error)

    /// What went wrong, in one line: `HTTP 404: User not found`.
    public var description: String {
        switch self {
        case .http(let status, let message, _):
            "HTTP \(status)" + (message.map { ": \($0)" } ?? "")
{% if errorBodies %}
        case .apiError(let status, let body, _):
            "HTTP \(status): \(body)"
{% endif %}
        case .validation(let operation, let field, let rule):
            "\(operation): '\(field)' breaks the rule \(rule)"
        case .encoding(let operation, let field, let description):
            "\(operation): cannot encode '\(field)': \(description)"
        case .decoding(let type, let path, let description):
            "cannot decode \(type)" + (path.isEmpty ? "" : " at '\(path)'") + ": \(description)"
        case .missingCredentials(let schemes):
            "the operation needs credentials for " + schemes.joined(separator: " or ")
                + ", which the client does not hold"
        case .timedOut:
            "the request timed out"
        case .cancelled:
            "the request was cancelled"
        case .transport(let underlying):
            "the request could not be sent: \(underlying)"
        }
    }

    /// The one-line ``description``, which `localizedDescription` and error alerts show.
    public var errorDescription: String? { description }

{% if errorBodies %}
    /// A documented error body, by its type.
    public enum Body: Sendable {
{% for body in errorBodies %}
        /// A `{{ body.swiftType }}` body.
        case {{ body.caseName }}({{ body.swiftType }})
{% endfor %}
    }

{% endif %}
    /// The error for anything a transport, interceptor, token provider or sleep threw.
    static func wrapping(_ error: any Error) -> {{ api.errorName }} {
        switch error {
        case let error as {{ api.errorName }}:
            return error
        case is CancellationError:
            return .cancelled
        case let error as URLError where error.code == .timedOut:
            return .timedOut
        case let error as URLError where error.code == .cancelled:
            return .cancelled
        default:
            return .transport(error)
        }
    }
}

extension {{ api.errorName }} {
    /// The error for a request the client refused to send.
    init(_ problem: RequestProblem) {
        switch problem.kind {
        case .validation:
            self = .validation(operation: problem.operation, field: problem.field, rule: problem.detail)
        case .encoding:
            self = .encoding(operation: problem.operation, field: problem.field, description: problem.detail)
        }
    }
}

extension {{ api.errorName }}: FinalError {
    /// Whether trying the request again cannot help: it was cancelled, or never sent because an
    /// argument or the credentials were wrong. `RetryPolicy` does not retry these.
    public var isFinal: Bool {
        switch self {
        case .cancelled, .validation, .encoding, .missingCredentials: true
        default: false
        }
    }
}

"""#,
        "Header.swift.tmpl": #"""
// Generated by apigen from the {{ api.name }} specs. Do not edit: change the specs or the
// templates and run `apigen generate`.

"""#,
        "Models/Enum.swift.tmpl": #"""
{% if enum.description %}
{{ enum.description | docComment }}
{% elif enum.source.kind == "property" %}
/// The values of the `{{ enum.source.name | oneLine }}` field.
{% elif enum.source.kind == "parameter" %}
/// The values of the `{{ enum.source.name | oneLine }}` {{ enum.source.location }} parameter.
{% else %}
/// The values of the API's `{{ enum.source.name | oneLine }}` model.
{% endif %}
///
/// An open enum: a value the server adds later decodes as ``{{ enum.unknownCaseName }}(_:)``,
/// keeping the raw value, and encodes back unchanged (`OpenEnum` codes the raw value).
{% if enum.wrapsDeclaration %}
public enum {{ enum.swiftName }}:
    OpenEnum, ParameterValue
{
{% else %}
public enum {{ enum.swiftName }}: OpenEnum, ParameterValue {
{% endif %}
{% for value in enum.cases %}
{% if value.label != value.rawValue %}
    /// The value `{{ value.rawLiteral }}`.
{% endif %}
    case {{ value.swiftName }}
{% endfor %}
    /// A value this client does not know yet, as the server sent it.
    case {{ enum.unknownCaseName }}({{ enum.rawType }})

    /// Creates the case for a raw value; a value this client does not know becomes
    /// ``{{ enum.unknownCaseName }}(_:)``.
    ///
    /// - Parameter rawValue: The value as the API writes it.
    public init(rawValue: {{ enum.rawType }}) {
        switch rawValue {
{% for value in enum.cases %}
        case {{ value.rawLiteral }}: self = .{{ value.swiftName }}
{% endfor %}
        default: self = .{{ enum.unknownCaseName }}(rawValue)
        }
    }

    /// The value as the API writes it.
    public var rawValue: {{ enum.rawType }} {
        switch self {
{% for value in enum.cases %}
        case .{{ value.swiftName }}: {{ value.rawLiteral }}
{% endfor %}
        case .{{ enum.unknownCaseName }}(let rawValue): rawValue
        }
    }
}

"""#,
        "Models/Models.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

@_spi(Generated) import APIGenRuntime
import Foundation

{% for model in file.models %}
{% if model.isEnum %}
{% include "Models/Enum.swift.tmpl" with model.enum as enum %}
{% elif model.isUnion %}
{% include "Models/Union.swift.tmpl" with model.union as union %}
{% else %}
{% include "Models/Struct.swift.tmpl" %}
{% endif %}
{% if not loop.last %}

{% endif %}
{% endfor %}

"""#,
        "Models/Struct.swift.tmpl": #"""
{% if model.description %}
{{ model.description | docComment }}
{% elif model.origin.kind == "requestBody" %}
/// The body of a ``{{ api.clientName }}/{{ model.origin.operationSymbol }}`` request.
{% elif model.origin.kind == "responseBody" %}
/// The body of a `{{ model.origin.status }}` response to ``{{ api.clientName }}/{{ model.origin.operationSymbol }}``.
{% else %}
/// The API's `{{ model.name | oneLine }}` model.
{% endif %}
///
/// - Remark: Generated from `{{ model.source }}`.
{% if model.deprecated %}
///
/// - Important: Deprecated: the API may stop accepting or sending it.
{% endif %}
{% if model.hasSensitive %}
public struct {{ model.swiftName }}:
    Codable, Equatable, Hashable, Sendable, RedactingDescription
{
{% else %}
public struct {{ model.swiftName }}: Codable, Equatable, Hashable, Sendable {
{% endif %}
{% for property in model.properties %}
{% if property.description %}
    {{ property.description | docComment }}
{% elif not property.name %}
    /// The field whose name is the empty string.
{% endif %}
{% if property.isThreeState %}
{% if property.hasDocumentation %}
    ///
{% endif %}
    /// `nil` leaves the field out, `.null` sends JSON `null`, and a value sends the value.
{% endif %}
{% if property.access == "readOnly" %}
{% if property.hasDocumentation or property.isThreeState %}
    ///
{% endif %}
    /// Only the server sends it: the initializer does not take it, and encoding leaves it out.
{% elif property.access == "writeOnly" %}
{% if property.hasDocumentation or property.isThreeState %}
    ///
{% endif %}
    /// Only the client sends it: responses may leave it out, and then it is `nil`.
{% endif %}
{% if property.hasStorage %}
{% if property.deprecated %}
    @available(*, deprecated)
{% endif %}
    public var {{ property.swiftName }}: {{ property.swiftType }} {
        get { {{ property.readExpression }} }
        set { {{ property.storageName }} = {% if property.isBoxed %}newValue.map { Indirect($0) }{% else %}newValue{% endif %} }
    }
{% else %}
    public var {{ property.swiftName }}: {{ property.swiftType }}
{% endif %}
{% endfor %}
{% for property in model.properties %}
{% if property.hasStorage %}
{% if property.isBoxed %}
    /// The storage of ``{{ property.label }}``, boxed: a `{{ model.swiftName }}` holds itself through it.
{% else %}
    /// The storage of ``{{ property.label }}``, which the generated code reads without a deprecation warning.
{% endif %}
    private var {{ property.storageName }}: {{ property.storageType }}
{% endif %}
{% endfor %}
{% if model.additionalPropertiesName %}
    /// The fields {% if model.properties %}beyond the ones above, {% endif %}by name: decoding keeps them and encoding writes them back.
    public var {{ model.additionalPropertiesName }}: [String: {{ model.additionalPropertiesType }}]
{% endif %}
{% if model.properties or model.additionalPropertiesName %}

{% endif %}
{% if model.initializerParameterCount == 0 %}
    /// Creates a value{% if model.properties %}, whose properties only the server sends{% else %}, which has no properties{% endif %}.
{% else %}
    /// Creates a value from its properties, which their declarations document.
{% endif %}
{% if model.wrapsInit %}
    public init(
{% for property in model.initializedProperties %}
        {{ property.parameterName }}: {{ property.parameterType }}{% if property.hasDefault %} = {{ property.defaultLiteral }}{% endif %}{% if not loop.last or model.additionalPropertiesName %},{% endif %}
{% endfor %}
{% if model.additionalPropertiesName %}
        {{ model.additionalPropertiesName }}: [String: {{ model.additionalPropertiesType }}] = [:]
{% endif %}
    ) {
{% else %}
    public init({% for property in model.initializedProperties %}{{ property.parameterName }}: {{ property.parameterType }}{% if property.hasDefault %} = {{ property.defaultLiteral }}{% endif %}{% if not loop.last %}, {% endif %}{% endfor %}{% if model.additionalPropertiesName %}{% if model.initializedProperties %}, {% endif %}{{ model.additionalPropertiesName }}: [String: {{ model.additionalPropertiesType }}] = [:]{% endif %}) {
{% endif %}
{% for property in model.initializedProperties %}
        self.{{ property.storageName }} = {{ property.storageFromParameter }}
{% endfor %}
{% if model.additionalPropertiesName %}
        self.{{ model.additionalPropertiesName }} = {{ model.additionalPropertiesName }}
{% endif %}
    }
{% if model.hasCodingKeys %}

    enum CodingKeys: String, CodingKey {
{% for property in model.properties %}
{% if property.isRenamed %}
        case {{ property.storageName }} = {{ property.nameLiteral }}
{% else %}
        case {{ property.storageName }}
{% endif %}
{% endfor %}
    }
{% endif %}
{% if model.additionalPropertiesName %}

    /// Decodes {% if model.properties %}the declared fields, and keeps every other one{% else %}every field{% endif %} in ``{{ model.additionalPropertiesName }}``.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a field is missing or has the wrong type.
    public init(from decoder: any Decoder) throws {
{% if model.properties %}
        let container = try decoder.container(keyedBy: CodingKeys.self)
{% endif %}
{% for property in model.properties %}
{% if property.wrapsDecode %}
        self.{{ property.storageName }} = try container.decode{% if property.isOptional %}IfPresent{% endif %}(
            {{ property.storageDecodedType }}.self, forKey: .{{ property.storageName }})
{% else %}
        self.{{ property.storageName }} = try container.decode{% if property.isOptional %}IfPresent{% endif %}({{ property.storageDecodedType }}.self, forKey: .{{ property.storageName }})
{% endif %}
{% endfor %}
        let fields = try decoder.container(keyedBy: AnyCodingKey.self)
        var {{ model.additionalPropertiesName }}: [String: {{ model.additionalPropertiesType }}] = [:]
        for key in fields.allKeys{% if model.properties %} where CodingKeys(stringValue: key.stringValue) == nil{% endif %} {
            {{ model.additionalPropertiesName }}[key.stringValue] = try fields.decode({{ model.additionalPropertiesType }}.self, forKey: key)
        }
        self.{{ model.additionalPropertiesName }} = {{ model.additionalPropertiesName }}
    }
{% endif %}
{% if model.hasCustomEncode %}

    /// Encodes the value{% if model.encodesNull %}, writing required fields even when they are `nil`, as JSON `null`{% endif %}{% if model.hasReadOnly %}{% if model.encodesNull %} and{% else %},{% endif %} leaving out the fields only the server sends{% endif %}{% if model.additionalPropertiesName %}{% if model.encodesNull or model.hasReadOnly %}, and{% else %},{% endif %} writing back the fields in ``{{ model.additionalPropertiesName }}``{% if model.properties %} that no declared one has the name of{% endif %}{% endif %}.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write a field.
    public func encode(to encoder: any Encoder) throws {
{% if model.encodedProperties %}
        var container = encoder.container(keyedBy: CodingKeys.self)
{% elif not model.additionalPropertiesName %}
        _ = encoder.container(keyedBy: CodingKeys.self)
{% endif %}
{% for property in model.encodedProperties %}
{% if property.wrapsEncode %}
        try container.encode{% if not property.alwaysEncoded %}IfPresent{% endif %}(
            self.{{ property.storageName }}, forKey: .{{ property.storageName }})
{% else %}
        try container.encode{% if not property.alwaysEncoded %}IfPresent{% endif %}(self.{{ property.storageName }}, forKey: .{{ property.storageName }})
{% endif %}
{% endfor %}
{% if model.additionalPropertiesName %}
        var fields = encoder.container(keyedBy: AnyCodingKey.self)
        for (name, value) in self.{{ model.additionalPropertiesName }}{% if model.properties %} where CodingKeys(stringValue: name) == nil{% endif %} {
            try fields.encode(value, forKey: AnyCodingKey(name))
        }
{% endif %}
    }
{% endif %}
{% if model.isMultipart %}

    /// The value as `multipart/form-data` parts, in the order of its fields: files as file
    /// parts, primitives as text, arrays and objects as JSON; `nil` fields are left out.
    func multipartParts() throws -> [MultipartPart] {
        var parts: [MultipartPart] = []
{% for property in model.encodedProperties %}
{% if property.partKind == "file" %}
{% if property.isOptional %}
        if let file = {{ property.readExpression }}{% if property.isThreeState %}?.wrapped{% endif %} {
            parts.append(.file(name: {{ property.nameLiteral }}, file, contentType: {{ property.fileContentTypeLiteral }}))
        }
{% else %}
        parts.append(.file(name: {{ property.nameLiteral }}, {{ property.readExpression }}, contentType: {{ property.fileContentTypeLiteral }}))
{% endif %}
{% elif property.partKind == "files" %}
        for file in {{ property.readExpression }}{% if property.isThreeState %}?.wrapped{% endif %}{% if property.isOptional %} ?? []{% endif %} {
            parts.append(.file(name: {{ property.nameLiteral }}, file, contentType: {{ property.fileContentTypeLiteral }}))
        }
{% else %}
        if let part = try MultipartPart.value(name: {{ property.nameLiteral }}, {{ property.readExpression }}) {
            parts.append(part)
        }
{% endif %}
{% endfor %}
{% if model.additionalPropertiesName %}
        for (name, value) in {{ model.additionalPropertiesName }}.sorted(by: { $0.key < $1.key }){% if model.properties %} where CodingKeys(stringValue: name) == nil{% endif %} {
            if let part = try MultipartPart.value(name: name, value) { parts.append(part) }
        }
{% endif %}
        return parts
    }
{% endif %}
{% if model.validates %}

    /// Checks the spec's constraints on this value and the models in it, before it is sent.
    func validate(operation: String, path: String) throws(RequestProblem) {
{% set operationExpression = "operation" %}
{% set fieldPrefix = "path + " %}
{% for property in model.properties %}
{% set value = property.valueExpression %}
{% set fieldLiteral = property.memberLiteral %}
{% for check in property.checks %}
        {% include "Validation/Check.swift.tmpl" %}
{% endfor %}
{% if property.nested == "single" %}
        try {{ property.valueExpression }}{% if property.valueIsOptional %}?{% endif %}.validate(operation: operation, path: path + {{ property.memberLiteral }})
{% elif property.nested == "list" %}
        for (index, item) in {{ property.iterableExpression }}.enumerated() {
            try item.validate(operation: operation, path: path + {{ property.memberLiteral }} + "[\(index)]")
        }
{% elif property.nested == "map" %}
        for (key, item) in {{ property.iterableExpression }} {
            try item.validate(operation: operation, path: path + {{ property.memberLiteral }} + "[\(key)]")
        }
{% endif %}
{% endfor %}
    }
{% endif %}
{% if model.hasSensitive %}

    /// The value's fields, with secrets as `<redacted>`: what `print`, string interpolation,
    /// `dump` and the debugger show (see `RedactingDescription`).
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
{% for property in model.properties %}
                {{ property.label | swiftString }}: {% if property.sensitive %}"<redacted>"{% else %}{{ property.readExpression }}{% endif %} as Any{% if model.properties | count != 1 %},{% endif %}
{% endfor %}
            ],
            displayStyle: .struct)
    }
{% endif %}
{% for enum in model.nestedEnums %}

    {% include "Models/Enum.swift.tmpl" %}
{% endfor %}
}

"""#,
        "Models/Union.swift.tmpl": #"""
{% if model.description %}
{{ model.description | docComment }}
{% else %}
/// The API's `{{ model.name | oneLine }}` model: one of {% for case in union.cases %}`{{ case.member | oneLine }}`{% if not loop.last %}, {% endif %}{% endfor %}.
{% endif %}
///
/// A value no member decodes{% if union.discriminator %}, or whose `{{ union.discriminator | oneLine }}` this client does not know,{% endif %} is kept as
/// ``{{ union.unknownCaseName }}(_:)`` and encodes back unchanged.
///
/// - Remark: Generated from `{{ model.source }}` (`{{ union.kind }}`).
{% if model.deprecated %}
///
/// - Important: Deprecated: the API may stop accepting or sending it.
{% endif %}
public {% if union.isIndirect %}indirect {% endif %}enum {{ model.swiftName }}: Codable, Hashable, Sendable {
{% for case in union.cases %}
    /// The `{{ case.member | oneLine }}` member.
    case {{ case.caseName }}({{ case.swiftType }})
{% endfor %}
    /// A value no member decodes, as the server sent it.
    case {{ union.unknownCaseName }}(JSONValue)

{% if union.discriminator %}
    /// Decodes the member the `{{ union.discriminator | oneLine }}` field names; a value without that field
    /// decodes as the member that matches it best.
{% else %}
    /// Decodes the member that matches the value best: of those that decode it, the one whose
    /// declared fields cover most of its keys, or the first listed.
{% endif %}
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the input is not JSON.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        let container = try decoder.singleValueContainer()
{% if union.discriminator %}
        if case .object(let fields) = raw, case .string(let tag)? = fields[{{ union.discriminatorLiteral }}] {
            switch tag {
{% for case in union.cases %}
{% if case.selectingLiterals %}
            case {{ case.selectingLiterals | join(", ") }}:
                if let value = try? container.decode({{ case.swiftType }}.self) {
                    self = .{{ case.caseName }}(value)
                    return
                }
{% endif %}
{% endfor %}
            default:
                break
            }
            self = .{{ union.unknownCaseName }}(raw)
            return
        }
{% endif %}
{% if union.scoresKeys %}
        let keys: Set<String> = if case .object(let fields) = raw { Set(fields.keys) } else { [] }
{% endif %}
        var best: (value: Self, score: Int)?
{% for case in union.cases %}
        if let value = try? container.decode({{ case.swiftType }}.self) {
{% if case.keys %}
            let score = keys.intersection({{ case.keysLiteral }}).count
{% else %}
            let score = 0
{% endif %}
            if score > best?.score ?? -1 { best = (.{{ case.caseName }}(value), score) }
        }
{% endfor %}
        self = best?.value ?? .{{ union.unknownCaseName }}(raw)
    }

    /// Encodes the member's value{% if union.discriminator %}, with the `{{ union.discriminator | oneLine }}` field that selects it{% endif %}.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        switch self {
{% for case in union.cases %}
        case .{{ case.caseName }}(let value):
{% if case.tagLiteral %}
            try value.encode(to: encoder)
            var fields = encoder.container(keyedBy: AnyCodingKey.self)
            try fields.encode({{ case.tagLiteral }}, forKey: AnyCodingKey({{ union.discriminatorLiteral }}))
{% else %}
            var container = encoder.singleValueContainer()
            try container.encode(value)
{% endif %}
{% endfor %}
        case .{{ union.unknownCaseName }}(let raw):
            var container = encoder.singleValueContainer()
            try container.encode(raw)
        }
    }
{% if model.validates %}

    /// Checks the spec's constraints on the member's value, before it is sent.
    func validate(operation: String, path: String) throws(RequestProblem) {
        switch self {
{% for case in union.cases %}
{% if case.validates %}
        case .{{ case.caseName }}(let value):
            try value.validate(operation: operation, path: path)
{% endif %}
{% endfor %}
        default:
            break
        }
    }
{% endif %}
}

"""#,
        "Operations/Operation.swift.tmpl": #"""
{% if operation.summary %}
/// {{ operation.summary | oneLine }}
{% else %}
/// Calls `{{ operation.method }} {{ operation.path }}`.
{% endif %}
///
{% if operation.description %}
{{ operation.description | docComment }}
///
{% endif %}
{% if operation.servers %}
/// - Note: Only {% for server in operation.serverSymbols %}``Server/{{ server }}``{% if not loop.last %}, {% endif %}{% endfor %} {% if operation.serverSymbols | count == 1 %}serves{% else %}serve{% endif %} this operation: create the client with {% if operation.serverSymbols | count == 1 %}that server{% else %}one of them{% endif %}.
{% endif %}
/// - Remark: HTTP `{{ operation.method }} {{ operation.path }}`.
/// - Remark: Generated from `endpoints.{{ operation.operationId }}`.
{% if operation.arguments | count == 1 %}
{% for argument in operation.arguments %}
/// - Parameter {{ argument.label }}: {% if argument.description %}{{ argument.description | oneLine }}{% else %}The `{{ argument.name }}` {{ argument.location }} parameter.{% endif %}
{% endfor %}
{% elif operation.arguments %}
/// - Parameters:
{% for argument in operation.arguments %}
///   - {{ argument.label }}: {% if argument.description %}{{ argument.description | oneLine }}{% else %}The `{{ argument.name }}` {{ argument.location }} parameter.{% endif %}
{% endfor %}
{% endif %}
{% if operation.result %}
/// - Returns: The response, as ``{{ operation.result.swiftName }}``.
{% elif operation.returnsValue %}
/// - Returns: The decoded `{{ operation.successStatus }}` response{% if operation.responseDescription %}: {{ operation.responseDescription | oneLine }}{% else %}.{% endif %}
{% endif %}
/// - Throws: ``{{ api.errorName }}`` when the request cannot be sent, the server answers with
///   an error status, or the response does not have the documented shape.
{% if operation.errorCases %}
///   A documented error status throws ``{{ api.errorName }}/apiError(status:body:response:)``
///   with its decoded body.
{% endif %}
{% if operation.deprecated %}
@available(*, deprecated)
{% endif %}
{% if operation.wrapsArguments %}
public func {{ operation.swiftName }}(
{% for argument in operation.arguments %}
    {{ argument.parameterName }}: {{ argument.swiftType }}{% if argument.hasDefault %} = {{ argument.defaultLiteral }}{% endif %}{% if not loop.last %},{% endif %}
{% endfor %}
) async throws({{ api.errorName }}){% if operation.returnsValue %} -> {{ operation.returnType }}{% endif %} {
{% else %}
public func {{ operation.swiftName }}({% for argument in operation.arguments %}{{ argument.parameterName }}: {{ argument.swiftType }}{% if argument.hasDefault %} = {{ argument.defaultLiteral }}{% endif %}{% if not loop.last %}, {% endif %}{% endfor %}) async throws({{ api.errorName }}){% if operation.returnsValue %} -> {{ operation.returnType }}{% endif %} {
{% endif %}
{% if operation.checksArguments %}
    try checkArguments { () throws(RequestProblem) in
{% for argument in operation.arguments %}
{% set value = argument.valueExpression %}
{% set operationExpression = operation.operationId | swiftString %}
{% set fieldPrefix = "" %}
{% set fieldLiteral = argument.fieldLiteral %}
{% for check in argument.checks %}
        {% include "Validation/Check.swift.tmpl" %}
{% endfor %}
{% if argument.nested == "single" %}
        try {{ argument.valueExpression }}{% if argument.valueIsOptional %}?{% endif %}.validate(operation: {{ operation.operationId | swiftString }}, path: {{ argument.fieldLiteral }})
{% elif argument.nested == "list" %}
        for (index, item) in {{ argument.iterableExpression }}.enumerated() {
            try item.validate(operation: {{ operation.operationId | swiftString }}, path: {{ argument.fieldLiteral }} + "[\(index)]")
        }
{% elif argument.nested == "map" %}
        for (key, item) in {{ argument.iterableExpression }} {
            try item.validate(operation: {{ operation.operationId | swiftString }}, path: {{ argument.fieldLiteral }} + "[\(key)]")
        }
{% endif %}
{% endfor %}
    }
{% endif %}
{% set mutability = "let" %}
{% if operation.headers or operation.cookies or operation.queryParameters or operation.body or operation.sendsEmptyObject or operation.acceptLiteral %}
{% set mutability = "var" %}
{% endif %}
{% if operation.wrapsRequest %}
    {{ mutability }} request = RequestBuilder(
        operation: "{{ operation.operationId | swiftStringContent }}",
        method: "{{ operation.method }}",
        path: "{% for part in operation.pathParts %}{% if part.isParameter %}\({{ part.text }}){% else %}{{ part.text | swiftStringContent }}{% endif %}{% endfor %}"
    )
{% else %}
    {{ mutability }} request = RequestBuilder(operation: "{{ operation.operationId | swiftStringContent }}", method: "{{ operation.method }}", path: "{% for part in operation.pathParts %}{% if part.isParameter %}\({{ part.text }}){% else %}{{ part.text | swiftStringContent }}{% endif %}{% endfor %}")
{% endif %}
{% for header in operation.headers %}
{% if header.isOptional %}
    if let {{ header.swiftName }} { request.setHeader({{ header.nameLiteral }}, {{ header.swiftName }}) }
{% else %}
    request.setHeader({{ header.nameLiteral }}, {{ header.swiftName }})
{% endif %}
{% endfor %}
{% for cookie in operation.cookies %}
{% if cookie.isOptional %}
    if let {{ cookie.swiftName }} { request.addCookie({{ cookie.nameLiteral }}, {{ cookie.swiftName }}) }
{% else %}
    request.addCookie({{ cookie.nameLiteral }}, {{ cookie.swiftName }})
{% endif %}
{% endfor %}
{% for item in operation.queryParameters %}
{% if item.isOptional %}
    if let {{ item.swiftName }} { {{ item.queryStatement }} }
{% else %}
    {{ item.queryStatement }}
{% endif %}
{% endfor %}
{% if operation.body %}
{% if operation.body.isOptional %}
    if let body { {{ operation.body.setStatement }} }
{% else %}
    {{ operation.body.setStatement }}
{% endif %}
{% endif %}
{% if operation.acceptLiteral %}
    request.setHeader("Accept", {{ operation.acceptLiteral }})
{% endif %}
{% if operation.sendsEmptyObject %}
    request.setJSONBody([String: JSONValue]())
{% endif %}
{% if operation.errorCases %}
    let errorBody: ErrorBodyReader = { response in
        switch response.statusCode {
{% for case in operation.errorCases %}
{% if case.statusPattern %}
        case {{ case.statusPattern }}:
{% else %}
        default:
{% endif %}
{% if case.encoding == "text" %}
            .{{ case.caseName }}(String(decoding: response.body, as: UTF8.self))
{% elif case.encoding == "binary" %}
            .{{ case.caseName }}(response.body)
{% else %}
            Self.errorBody({{ case.swiftType }}.self, of: response).map { .{{ case.caseName }}($0) }
{% endif %}
{% endfor %}
{% if operation.errorCasesCoverEverything %}
{% else %}
        default:
            nil
{% endif %}
        }
    }
{% endif %}
{% if operation.result %}
    let response = try await send(request, security: {{ operation.securityLiteral }}{% if operation.errorCases %}, errorBody: errorBody{% endif %}{% if operation.acceptsRedirects %}, acceptingRedirects: true{% endif %})
{% if operation.result.kind == "struct" %}
{% for case in operation.result.cases %}
    {% include "Operations/ResultValues.swift.tmpl" %}
    return {{ operation.result.swiftName }}({% if case.bodyType %}body: body{% if case.headers %}, {% endif %}{% endif %}{% for header in case.headers %}{{ header.label }}: {{ header.swiftName }}{% if not loop.last %}, {% endif %}{% endfor %})
{% endfor %}
{% else %}
    switch response.statusCode {
{% for case in operation.result.cases %}
{% if case.statusPattern %}
    case {{ case.statusPattern }}:
{% else %}
    default:
{% endif %}
{% if case.hasValues %}
        {% include "Operations/ResultValues.swift.tmpl" %}
        return .{{ case.caseName }}({% if case.bodyType %}body{% if case.headers %}, {% endif %}{% endif %}{% for header in case.headers %}{{ header.label }}: {{ header.swiftName }}{% if not loop.last %}, {% endif %}{% endfor %})
{% else %}
        return .{{ case.caseName }}
{% endif %}
{% endfor %}
    default:
        return .undocumented(response)
    }
{% endif %}
{% elif operation.responseEncoding == "text" %}
    let response = try await send(request, security: {{ operation.securityLiteral }}{% if operation.errorCases %}, errorBody: errorBody{% endif %}{% if operation.acceptsRedirects %}, acceptingRedirects: true{% endif %})
    return String(decoding: response.body, as: UTF8.self)
{% elif operation.responseEncoding == "binary" %}
    return try await send(request, security: {{ operation.securityLiteral }}{% if operation.errorCases %}, errorBody: errorBody{% endif %}{% if operation.acceptsRedirects %}, acceptingRedirects: true{% endif %}).body
{% elif operation.returnsValue %}
{% if operation.errorCases %}
    return try await send(
        request, security: {{ operation.securityLiteral }}, errorBody: errorBody, returning: {{ operation.returnType }}.self)
{% else %}
    return try await send(request, security: {{ operation.securityLiteral }}, returning: {{ operation.returnType }}.self)
{% endif %}
{% else %}
    try await send(request, security: {{ operation.securityLiteral }}{% if operation.errorCases %}, errorBody: errorBody{% endif %}{% if operation.acceptsRedirects %}, acceptingRedirects: true{% endif %})
{% endif %}
}

"""#,
        "Operations/Operations.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

@_spi(Generated) import APIGenRuntime
import Foundation

// MARK: - {{ group.name | oneLine }}
{% if group.description %}
// {{ group.description | oneLine }}
{% endif %}
extension {{ api.clientName }} {
{% for operation in group.operations %}
{% if not loop.first %}

{% endif %}
    {% include "Operations/Operation.swift.tmpl" %}
{% endfor %}
}
{% for operation in group.operations %}
{% if operation.result %}

{% include "Operations/Result.swift.tmpl" with operation.result as result %}
{% endif %}
{% for enum in operation.parameterEnums %}

{% include "Models/Enum.swift.tmpl" %}
{% endfor %}
{% endfor %}

"""#,
        "Operations/Result.swift.tmpl": #"""
{% if result.kind == "struct" %}
{% for case in result.cases %}
/// What ``{{ api.clientName }}/{{ result.operationSymbol }}`` returns: {% if case.bodyType %}the decoded `{{ case.status }}` response and {% endif %}its documented headers.
public struct {{ result.swiftName }}: Sendable {
{% if case.bodyType %}
    /// The `{{ case.status }}` response's body{% if case.description %}: {{ case.description | oneLine }}{% else %}.{% endif %}
    public var body: {{ case.bodyType }}
{% endif %}
{% for header in case.headers %}
    /// The `{{ header.name | oneLine }}` header{% if header.description %}: {{ header.description | oneLine }}{% else %}.{% endif %}
    public var {{ header.swiftName }}: {{ header.swiftType }}
{% endfor %}
}
{% endfor %}
{% else %}
/// What ``{{ api.clientName }}/{{ result.operationSymbol }}`` returns: one case per documented success status.
public enum {{ result.swiftName }}: Sendable {
{% for case in result.cases %}
    /// `{{ case.status }}`{% if case.bodyType %}, with its body{% if case.headers %} and documented headers{% endif %}{% elif case.headers %}, with its documented headers{% endif %}{% if case.description %}: {{ case.description | oneLine }}{% else %}.{% endif %}
{% if case.hasValues %}
    case {{ case.caseName }}({% if case.bodyType %}{{ case.bodyType }}{% if case.headers %}, {% endif %}{% endif %}{% for header in case.headers %}{{ header.label }}: {{ header.swiftType }}{% if not loop.last %}, {% endif %}{% endfor %})
{% else %}
    case {{ case.caseName }}
{% endif %}
{% endfor %}
    /// A success status the API does not document, with the response as it came.
    case undocumented(HTTPResponse)
}
{% endif %}

"""#,
        "Operations/ResultValues.swift.tmpl": #"""
{# The statements that read one success status's body and headers into constants named `body`
   and after each header, for the result `operation.result` makes of them. #}
{% if case.bodyEncoding == "text" %}
let body = String(decoding: response.body, as: UTF8.self)
{% elif case.bodyEncoding == "binary" %}
let body = response.body
{% elif case.bodyType %}
let body = try decode({{ case.bodyType }}.self, from: response)
{% endif %}
{% for header in case.headers %}
{% if header.isOptional %}
let {{ header.swiftName }} = try header(
    {{ header.nameLiteral }}, as: {{ header.baseType }}.self, of: response, for: "{{ operation.result.swiftName }}")
{% else %}
let {{ header.swiftName }} = try requiredHeader(
    header({{ header.nameLiteral }}, as: {{ header.baseType }}.self, of: response, for: "{{ operation.result.swiftName }}"),
    {{ header.nameLiteral }}, for: "{{ operation.result.swiftName }}")
{% endif %}
{% endfor %}

"""#,
        "Runtime/Configuration.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

@_spi(Generated) import APIGenRuntime
import Foundation

extension {{ api.clientName }} {
    /// How a client sends its requests: timeout, retries and interceptors.
    public struct Configuration: Sendable {
        /// How long one attempt may take before it fails with ``{{ api.errorName }}/timedOut``;
        /// nil leaves it to the transport (60 seconds for `URLSession`).
        public var timeout: Duration?
        /// When to try a request again; `RetryPolicy.none` unless you opt in.
        public var retryPolicy: RetryPolicy
        /// Code that sees every attempt's request and response, for logging and tracing.
        public var interceptors: [any HTTPInterceptor]

        /// Creates a configuration; the defaults leave the timeout to the transport and never retry.
        ///
        /// - Parameters:
        ///   - timeout: How long one attempt may take; nil leaves it to the transport.
        ///   - retryPolicy: When to try a request again.
        ///   - interceptors: Code that sees every attempt, the first one listed first.
        public init(
            timeout: Duration? = nil, retryPolicy: RetryPolicy = .none, interceptors: [any HTTPInterceptor] = []
        ) {
            self.timeout = timeout
            self.retryPolicy = retryPolicy
            self.interceptors = interceptors
        }
    }
}

"""#,
        "Runtime/TokenStore.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

/// Keeps the bearer token minted for ``{{ api.clientName }}/Authentication/{{ tokenFlow.label }}({% for credential in tokenFlow.credentials %}{{ credential.label }}:{% endfor %})``
/// credentials.
///
/// It mints a token with ``{{ api.clientName }}/{{ tokenFlow.authenticateSymbol }}`` on first use, keeps
/// it until shortly before it expires,{% if tokenFlow.refresh %} then renews it with
/// ``{{ api.clientName }}/{{ tokenFlow.refresh.symbol }}`` (authenticating again if that fails),{% endif %}
/// and makes concurrent callers share one renewal in flight.
actor TokenStore {
    private struct Token {
        var accessToken: String
        var refreshToken: String?
        /// When to stop using the token: a little before the server's expiry.
        var renewAt: ContinuousClock.Instant
    }

    private let client: {{ api.clientName }}
    private let credentials: {{ tokenFlow.credentialsType }}
{% for credential in tokenFlow.credentials %}
{% if credential.isParameter %}
    private let {{ credential.swiftName }}: {{ credential.swiftType }}
{% endif %}
{% endfor %}
    private var token: Token?
    private var renewal: Task<String, any Error>?

    /// Creates a store that has no token yet.
    ///
    /// - Parameters:
    ///   - client: Sends the token operations; it must have no credentials of its own.
    ///   - credentials: The body of ``{{ api.clientName }}/{{ tokenFlow.authenticateSymbol }}``.
{% for credential in tokenFlow.credentials %}
{% if credential.isParameter %}
    ///   - {{ credential.swiftName }}: The `{{ credential.label }}` argument of the token operations.
{% endif %}
{% endfor %}
    init(client: {{ api.clientName }}, credentials: {{ tokenFlow.credentialsType }}{% for credential in tokenFlow.credentials %}{% if credential.isParameter %}, {% if credential.label != credential.swiftName %}{{ credential.label }} {% endif %}{{ credential.swiftName }}: {{ credential.swiftType }}{% endif %}{% endfor %}) {
        self.client = client
        self.credentials = credentials
{% for credential in tokenFlow.credentials %}
{% if credential.isParameter %}
        self.{{ credential.swiftName }} = {{ credential.swiftName }}
{% endif %}
{% endfor %}
    }

    /// A token that is still good, minting or renewing one when needed.
    func accessToken() async throws({{ api.errorName }}) -> String {
        if let token, ContinuousClock.now < token.renewAt { return token.accessToken }
        let task: Task<String, any Error>
        if let renewal {
            task = renewal
        } else {
            task = Task { try await self.renew() }
            renewal = task
        }
        do {
            return try await task.value
        } catch {
            throw .wrapping(error)
        }
    }

    /// After a `401`: stop using the token that request carried, unless a newer one replaced it.
    func invalidate(authorizationHeader: String?) {
        if let current = token, authorizationHeader == "Bearer \(current.accessToken)" {
            token?.renewAt = .now
        }
    }

    private func renew() async throws -> String {
        defer { renewal = nil }
{% if tokenFlow.refresh %}
        if let refreshToken = token?.refreshToken {
            token = nil
            // A refresh token the server no longer accepts is no failure: authenticate again.
            let response = try? await client.{{ tokenFlow.refresh.method }}(
{% for argument in tokenFlow.refresh.arguments %}
                {{ argument }}{% if not loop.last %},{% endif %}
{% endfor %}
            )
            if let response { return store(response) }
        }
{% endif %}
        return store(try await client.{{ tokenFlow.authenticate }}({{ tokenFlow.authenticateArguments | join(", ") }}))
    }

    private func store(_ response: {{ tokenFlow.responseType }}) -> String {
        // Whatever the server says, between none and a year: a lifetime no clock can hold would trap.
        let stated = Double(response.{{ tokenFlow.expiresIn }})
        let lifetime = stated.isNaN ? 0 : min(max(stated, 0), 365 * 24 * 60 * 60)
        // Renew a tenth of the lifetime early, at most a minute, so a token never expires in flight.
        let margin = min(60, lifetime / 10)
        token = Token(
            accessToken: response.{{ tokenFlow.accessToken }},
{% if tokenFlow.refresh %}
            refreshToken: response.{{ tokenFlow.refresh.refreshToken }},
{% else %}
            refreshToken: nil,
{% endif %}
            renewAt: .now + .seconds(lifetime - margin))
        return response.{{ tokenFlow.accessToken }}
    }
}

"""#,
        "Sending.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

@_spi(Generated) import APIGenRuntime
import Foundation

extension {{ api.clientName }} {
    /// Runs `call`, and returns what it returns with the HTTP response its last request got: the
    /// status and headers of any operation, including one whose method returns nothing.
    ///
    /// ```swift
    /// let (_, response) = try await client.withHTTPResponse { client in
    ///     try await client.someOperation()
    /// }
    /// print(response?.statusCode ?? 0, response?.header("X-Request-Id") ?? "")
    /// ```
    ///
    /// - Parameter call: The calls to make, on this client.
    /// - Returns: The call's result, and the response to its last request; nil when it sent none.
    /// - Throws: What `call` throws; an error response is in the thrown
    ///   ``{{ api.errorName }}/http(status:message:response:)``.
    public func withHTTPResponse<Value, Failure: Error>(
        _ call: (Self) async throws(Failure) -> Value
    ) async throws(Failure) -> (value: Value, response: HTTPResponse?) {
        let capture = ResponseCapture()
        // As a `Result`, since a task-local value's scope does not pass typed errors through.
        let result = await ResponseCapture.$current.withValue(capture) { () -> Result<Value, Failure> in
            do throws(Failure) {
                return .success(try await call(self))
            } catch {
                return .failure(error)
            }
        }
        return (try result.get(), capture.response)
    }

    /// Runs an operation's checks of its arguments; a broken rule is a `.validation` error.
    func checkArguments(_ checks: () throws(RequestProblem) -> Void) throws({{ api.errorName }}) {
        do {
            try checks()
        } catch {
            throw {{ api.errorName }}(error)
        }
    }

    /// Sends a request and decodes the success body as `Response`.
    func send<Response: Decodable>(
        _ request: RequestBuilder, security: [[Authentication.Scheme]],{% if errorBodies %} errorBody: ErrorBodyReader? = nil,{% endif %}
        returning type: Response.Type
    ) async throws({{ api.errorName }}) -> Response {
        try decode(Response.self, from: try await send(request, security: security{% if errorBodies %}, errorBody: errorBody{% endif %}))
    }

{% if errorBodies %}
    /// Reads an error response's documented body; nil when the status has none or the body
    /// does not decode, and the error is then ``{{ api.errorName }}/http(status:message:response:)``.
    typealias ErrorBodyReader = @Sendable (HTTPResponse) -> {{ api.errorName }}.Body?

    /// The JSON body of an error response as `Value`, or nil.
    static func errorBody<Value: Decodable>(_ type: Value.Type, of response: HTTPResponse) -> Value? {
        try? JSONCoding.makeDecoder().decode(Value.self, from: response.body)
    }

{% endif %}
    /// The JSON body of `response` as `Value`.
    func decode<Value: Decodable>(
        _ type: Value.Type, from response: HTTPResponse
    ) throws({{ api.errorName }}) -> Value {
        do {
            return try JSONCoding.makeDecoder().decode(Value.self, from: response.body)
        } catch let error as DecodingError {
            throw .decoding(type: "\(Value.self)", path: error.codingPathDescription, description: error.summary)
        } catch {
            throw .decoding(type: "\(Value.self)", path: "", description: "\(error)")
        }
    }

    /// A documented response header read as `Value`, nil when the response has none; `result`
    /// names the type it is read for, in the error when the text is not a `Value`.
    func header<Value: ParameterValue>(
        _ name: String, as type: Value.Type, of response: HTTPResponse, for result: String
    ) throws({{ api.errorName }}) -> Value? {
        guard let text = response.header(name) else { return nil }
        guard let value = Value(parameterText: text) else {
            throw .decoding(type: result, path: "header " + name, description: "'\(text)' is not a \(Value.self)")
        }
        return value
    }

    /// A documented response header that is a list, read as `[Value]` from its comma-separated text.
    func header<Value: ParameterValue>(
        _ name: String, as type: [Value].Type, of response: HTTPResponse, for result: String
    ) throws({{ api.errorName }}) -> [Value]? {
        guard let text = response.header(name) else { return nil }
        var values: [Value] = []
        for item in text.split(separator: ",") {
            let itemText = item.trimmingCharacters(in: .whitespaces)
            guard let value = Value(parameterText: itemText) else {
                throw .decoding(
                    type: result, path: "header " + name, description: "'\(itemText)' is not a \(Value.self)")
            }
            values.append(value)
        }
        return values
    }

    /// A required response header: its absence is an error naming it.
    func requiredHeader<Value>(
        _ value: Value?, _ name: String, for result: String
    ) throws({{ api.errorName }}) -> Value {
        guard let value else {
            throw .decoding(type: result, path: "header " + name, description: "the required header is missing")
        }
        return value
    }

    /// Sends a request with the credentials `security` asks for, and returns the response when
    /// its status is a success.
    ///
    /// With `acceptingRedirects`, a redirect (3xx) is returned as well, for an operation that
    /// documents one: the transport hands redirects back rather than following them.
    @discardableResult
    func send(
        _ request: RequestBuilder, security: [[Authentication.Scheme]],{% if errorBodies %} errorBody: ErrorBodyReader? = nil,{% endif %}
        acceptingRedirects: Bool = false
    ) async throws({{ api.errorName }}) -> HTTPResponse {
        var renewedCredentials = false
        while true {
            var attempt = request
            let authorization = try await authorize(&attempt, security: security)
            let built: HTTPRequest
            do throws(RequestProblem) {
                built = try attempt.build(baseURLString: baseURLString, timeout: configuration.timeout)
            } catch {
                throw {{ api.errorName }}(error)
            }
            let response = try await sendRetrying(built)
            let mayRenew = response.statusCode == 401 && authorization != nil && !renewedCredentials
            if mayRenew, await renewCredentials(after: authorization) {
                // The token may have expired early or been revoked: renew it once and try once more.
                renewedCredentials = true
                continue
            }
            ResponseCapture.current?.record(response)
            let isRedirect = acceptingRedirects && (300..<400).contains(response.statusCode)
            guard (200..<300).contains(response.statusCode) || isRedirect else {
{% if errorBodies %}
                if let body = errorBody?(response) {
                    throw .apiError(status: response.statusCode, body: body, response: response)
                }
{% endif %}
                let message = JSONCoding.errorMessage(in: response.body)
                throw .http(status: response.statusCode, message: message, response: response)
            }
            return response
        }
    }

    /// Puts into `request` the credentials of the first alternative of `security` the client
    /// holds them all for, and returns the bearer `Authorization` value it set, if any, by which
    /// a refused token is known.
    func authorize(
        _ request: inout RequestBuilder, security: [[Authentication.Scheme]]
    ) async throws({{ api.errorName }}) -> String? {
        guard let schemes = security.first(where: { $0.allSatisfy(authentication.holds) }) else {
            throw .missingCredentials(schemes: security.flatMap { $0.map(\.name) })
        }
        var authorization: String?
        for scheme in schemes {
            switch scheme {
{% for scheme in securitySchemes %}
            case .{{ scheme.swiftName }}:
{% if scheme.kind == "bearer" %}
                if let token = authentication.{{ scheme.swiftName }} {
                    let header = "Bearer " + (try await bearerToken(token))
                    authorization = header
                    request.setField("Authorization", header)
                }
{% elif scheme.kind == "basic" %}
                if let credentials = authentication.{{ scheme.swiftName }} {
                    let pair = Data((credentials.username + ":" + credentials.password).utf8)
                    request.setField("Authorization", "Basic " + pair.base64EncodedString())
                }
{% elif scheme.location == "header" %}
                if let key = authentication.{{ scheme.swiftName }} { request.setField({{ scheme.keyNameLiteral }}, key) }
{% elif scheme.location == "query" %}
                if let key = authentication.{{ scheme.swiftName }} { request.addQuery({{ scheme.keyNameLiteral }}, key) }
{% else %}
                if let key = authentication.{{ scheme.swiftName }} { request.addCookie({{ scheme.keyNameLiteral }}, key) }
{% endif %}
{% endfor %}
            }
        }
        return authorization
    }

    /// The token a bearer credential stands for now.
    func bearerToken(_ token: Authentication.BearerToken) async throws({{ api.errorName }}) -> String {
        switch token {
        case .token(let token):
            return token
        case .provider(let provide):
            do {
                return try await provide()
            } catch {
                throw .wrapping(error)
            }
{% for flow in tokenFlows %}
        case .{{ flow.caseName }}:
            guard let tokenStore else { throw .missingCredentials(schemes: ["bearer"]) }
            return try await tokenStore.accessToken()
{% endfor %}
        }
    }

    /// Drops credentials a server refused, when the client can get new ones; returns whether it can.
    func renewCredentials(after refused: String?) async -> Bool {
{% for flow in tokenFlows %}
        guard let tokenStore else { return false }
        await tokenStore.invalidate(authorizationHeader: refused)
        return true
{% else %}
        false
{% endfor %}
    }

    /// Sends through the interceptors and the transport, retrying as the retry policy allows.
    func sendRetrying(_ request: HTTPRequest) async throws({{ api.errorName }}) -> HTTPResponse {
        var attempt = 1
        while true {
            let outcome: Result<HTTPResponse, {{ api.errorName }}>
            do {
                outcome = .success(try await intercepted(request))
            } catch {
                outcome = .failure(.wrapping(error))
            }
            let delay = configuration.retryPolicy.delay(afterAttempt: attempt, of: request, outcome: outcome)
            guard let delay else { return try outcome.get() }
            do {
                try await Task.sleep(for: delay)
            } catch {
                throw .cancelled
            }
            attempt += 1
        }
    }

    /// The interceptors wrap the transport: the first one listed sees the request first and
    /// the response last.
    func intercepted(_ request: HTTPRequest) async throws -> HTTPResponse {
        let transport = self.transport
        var next: @Sendable (HTTPRequest) async throws -> HTTPResponse = { request in
            try Task.checkCancellation()
            return try await RequestSending.send(request, with: transport)
        }
        for interceptor in configuration.interceptors.reversed() {
            let following = next
            next = { request in try await interceptor.intercept(request, next: following) }
        }
        return try await next(request)
    }
}

/// Where ``{{ api.clientName }}/withHTTPResponse(_:)`` collects the responses its call gets.
final class ResponseCapture: Sendable {
    /// The capture of the `withHTTPResponse` the current task runs in, if any.
    @TaskLocal static var current: ResponseCapture?

    private let lock = NSLock()
    nonisolated(unsafe) private var last: HTTPResponse?

    /// The last response recorded.
    var response: HTTPResponse? {
        lock.withLock { last }
    }

    func record(_ response: HTTPResponse) {
        lock.withLock { last = response }
    }
}

"""#,
        "Server.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

{% if servers %}
@_spi(Generated) import APIGenRuntime
import Foundation

extension {{ api.clientName }} {
    /// The servers that serve the API.
    public enum Server: Sendable, Hashable {
{% for server in servers %}
{% if server.description %}
        /// {{ server.description | oneLine }}: `{{ server.url }}`.
{% else %}
        /// `{{ server.url }}`.
{% endif %}
{% if server.variables | count == 1 and not server.isRelative %}
        ///
{% for variable in server.variables %}
        /// - Parameter {{ variable.label }}: {{ variable.description | default("A variable part of the URL.") | oneLine }}
{% endfor %}
{% elif server.isRelative and not server.hasVariables %}
        ///
        /// - Parameter origin: The scheme and host the path is joined to, such as `https://api.example.com`.
{% elif server.hasAssociatedValues %}
        ///
        /// - Parameters:
{% if server.isRelative %}
        ///   - origin: The scheme and host the path is joined to, such as `https://api.example.com`.
{% endif %}
{% for variable in server.variables %}
        ///   - {{ variable.label }}: {{ variable.description | default("A variable part of the URL.") | oneLine }}
{% endfor %}
{% endif %}
{% if server.hasAssociatedValues %}
        case {{ server.caseName }}({% if server.isRelative %}origin: URL{% if server.hasVariables %}, {% endif %}{% endif %}{% for variable in server.variables %}{{ variable.label }}: String{% if variable.defaultLiteral %} = {{ variable.defaultLiteral }}{% endif %}{% if not loop.last %}, {% endif %}{% endfor %})
{% else %}
        case {{ server.caseName }}
{% endif %}
{% endfor %}

        /// The server's URL, with its variables filled in and percent-encoded.
        public var urlString: String {
            switch self {
{% for server in servers %}
{% if server.hasAssociatedValues %}
            case .{{ server.caseName }}({% if server.isRelative %}let origin{% if server.hasVariables %}, {% endif %}{% endif %}{% for variable in server.variables %}let {{ variable.swiftName }}{% if not loop.last %}, {% endif %}{% endfor %}):
                {% if server.isRelative %}RequestBuilder.joined(origin, {% endif %}"{% for part in server.urlParts %}{% if part.isVariable %}\(RequestBuilder.encodeURLVariable({{ part.text }})){% else %}{{ part.text | swiftStringContent }}{% endif %}{% endfor %}"{% if server.isRelative %}){% endif %}
{% else %}
            case .{{ server.caseName }}:
                "{{ server.url | swiftStringContent }}"
{% endif %}
{% endfor %}
            }
        }
    }
}
{% else %}
// The specs declare no servers: create the client with `init(baseURL:auth:transport:)`.
{% endif %}

"""#,
        "Validation/Check.swift.tmpl": #"""
{# One constraint check: `check` from the context, the checked `value`, the Swift expression of
   the `operationExpression` the error names, and its field, `fieldPrefix` then `fieldLiteral`.
   A pattern comes twice, as the expression and in the rule: each argument gets its own line. #}
{% if check.function == "pattern" %}
try Validation.{{ check.function }}(
    {{ value }},
    {{ check.bound }},
    rule: {{ check.ruleLiteral }},
    operation: {{ operationExpression }},
    field: {{ fieldPrefix }}{{ fieldLiteral }}
)
{% else %}
try Validation.{{ check.function }}(
    {{ value }}, {{ check.bound }}, rule: {{ check.ruleLiteral }},
    operation: {{ operationExpression }}, field: {{ fieldPrefix }}{{ fieldLiteral }}
)
{% endif %}

"""#,
        "manifest.yaml": #"""
# Which template makes which file. Paths are relative to the output folder, and `output` is
# itself a template. An entry with `each` makes one file per item of that list in the context
# (see `apigen context`), with the item bound to the name given by `as`.
files:
  - template: Client.swift.tmpl
    output: "{{ api.name }}/{{ api.clientName }}.swift"
  - template: Server.swift.tmpl
    output: "{{ api.name }}/{{ api.clientName }}+Server.swift"
  - template: Authentication.swift.tmpl
    output: "{{ api.name }}/{{ api.clientName }}+Authentication.swift"
  - template: Sending.swift.tmpl
    output: "{{ api.name }}/{{ api.clientName }}+Sending.swift"
  - template: Error.swift.tmpl
    output: "{{ api.name }}/{{ api.errorName }}.swift"
  - template: Runtime/Configuration.swift.tmpl
    output: "{{ api.name }}/Runtime/Configuration.swift"
  - template: Runtime/TokenStore.swift.tmpl
    each: tokenFlows          # zero or one: only an API with a token flow gets this file
    as: tokenFlow
    output: "{{ api.name }}/Runtime/TokenStore.swift"
  - template: Models/Models.swift.tmpl
    each: modelFiles
    as: file
    output: "{{ api.name }}/Models/{{ file.name }}.swift"
  - template: Operations/Operations.swift.tmpl
    each: operationGroups
    as: group
    output: "{{ api.name }}/Operations/{{ group.swiftName }}Operations.swift"

"""#,
    ]
}
