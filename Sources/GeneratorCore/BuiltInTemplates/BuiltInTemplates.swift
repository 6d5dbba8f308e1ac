// Generated from Templates/ by the BuiltInTemplatesTests (APIGEN_RECORD_GOLDENS=1 swift test).
// Do not edit: change Templates/ and record again.

/// The templates compiled into apigen: the same files as the repository's `Templates/`.
enum BuiltInTemplates {
    static let files: [String: String] = [
        "Authentication.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

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
    /// What sends the requests; ``URLSessionTransport`` unless you plug in another.
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
    ///   - auth: The credentials to send.
    ///   - transport: What sends the requests; a `URLSession` unless you plug in another.
    ///   - configuration: Timeout, retries and interceptors.
    public init(
        server: Server{% if defaultServer %} = {{ defaultServer }}{% endif %},
        auth: Authentication,
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
    ///   - auth: The credentials to send.
    ///   - transport: What sends the requests; a `URLSession` unless you plug in another.
    ///   - configuration: Timeout, retries and interceptors.
    public init(
        baseURL: URL,
        auth: Authentication,
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
/// keeping the raw value, and encodes back unchanged.
{% if enum.wrapsDeclaration %}
public enum {{ enum.swiftName }}:
    RawRepresentable, Codable, Hashable, Sendable, ParameterValue
{
{% else %}
public enum {{ enum.swiftName }}: RawRepresentable, Codable, Hashable, Sendable, ParameterValue {
{% endif %}
{% for value in enum.cases %}
    /// The value `{{ value.rawLiteral }}`.
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

    /// Decodes the raw value; a value this client does not know decodes as ``{{ enum.unknownCaseName }}(_:)``.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not {% if enum.rawType == "String" %}a string{% elif enum.rawType == "Int" %}an integer{% elif enum.rawType == "Double" %}a number{% else %}a `{{ enum.rawType }}`{% endif %}.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode({{ enum.rawType }}.self))
    }

    /// Encodes the raw value.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

"""#,
        "Models/Models.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

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
    Codable, Equatable, Hashable, Sendable,
    CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable
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
    func validate(operation: String, path: String) throws({{ api.errorName }}) {
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

    /// The value's fields, with secrets as `<redacted>`.
    ///
    /// Secrets never print: not in `print`, string interpolation, `dump` or the debugger.
    public var description: String {
{% if model.properties | count == 1 %}
{% for property in model.properties %}
        "{{ model.swiftName }}({{ property.label }}: {% if property.sensitive %}<redacted>{% else %}\(String(describing: self.{{ property.readExpression }})){% endif %})"
{% endfor %}
{% else %}
        let fields = [
{% for property in model.properties %}
            "{{ property.label }}: {% if property.sensitive %}<redacted>{% else %}\(String(describing: self.{{ property.readExpression }})){% endif %}",
{% endfor %}
        ]
        return "{{ model.swiftName }}(" + fields.joined(separator: ", ") + ")"
{% endif %}
    }

    /// The same text as ``description``, with secrets as `<redacted>`.
    public var debugDescription: String { description }

    /// The value's fields for `dump` and the debugger, with secrets as `<redacted>`.
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
    func validate(operation: String, path: String) throws({{ api.errorName }}) {
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
    try request.setJSONBody([String: JSONValue]())
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
        "Runtime/CalendarDate.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

/// A day of the calendar, without a time or a time zone, as `string(date)` fields carry it:
/// `2024-05-01` on the wire.
///
/// It decodes only that exact form, so encoding it back writes the same text.
public struct CalendarDate: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, such as `2024`.
    public var year: Int
    /// The month, from 1 (January) to 12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    /// Creates a date from its parts, which it does not check.
    ///
    /// - Parameters:
    ///   - year: The year, such as `2024`.
    ///   - month: The month, from 1 (January) to 12.
    ///   - day: The day of the month, from 1.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads a date written as `2024-05-01`: four digits, two and two, naming a day that exists.
    ///
    /// - Parameter text: The date as the API writes it.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, ofYear: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date as the API writes it: `2024-05-01`.
    public var description: String {
        func padded(_ number: Int, to width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, to: 4) + "-" + padded(month, to: 2) + "-" + padded(day, to: 2)
    }

    /// Decodes a date from its text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not a date written as `2024-05-01`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date written as 2024-05-01")
        }
        self = date
    }

    /// Encodes the date as its text.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Whether `lhs` is an earlier day than `rhs`.
    ///
    /// - Parameters:
    ///   - lhs: A date.
    ///   - rhs: Another date.
    /// - Returns: `true` when `lhs` comes first.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, ofYear year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

"""#,
        "Runtime/Configuration.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

import Foundation

extension {{ api.clientName }} {
    /// How a client sends its requests: timeout, retries and interceptors.
    public struct Configuration: Sendable {
        /// How long one attempt may take before it fails with ``{{ api.errorName }}/timedOut``;
        /// nil leaves it to the transport (60 seconds for `URLSession`).
        public var timeout: Duration?
        /// When to try a request again; ``RetryPolicy/none`` unless you opt in.
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

/// When to try a request again, and how long to wait first.
///
/// A request is retried when the server answers `429 Too Many Requests` or `503 Service
/// Unavailable` (after the `Retry-After` it asks for, when it asks), and, for idempotent
/// methods only (`GET`, `HEAD`, `OPTIONS`, `PUT`, `DELETE`), after a `500`, `502` or `504`, a
/// timeout or a failed connection. Waits grow exponentially, with random jitter so that
/// clients that failed together do not retry together.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included: 1 never retries.
    public var maxAttempts: Int
    /// The wait before the first retry.
    public var initialDelay: Duration
    /// The longest wait between attempts.
    public var maxDelay: Duration
    /// How much each wait grows.
    public var multiplier: Double
    /// The fraction of each wait that is random, from 0 (none) to 1.
    public var jitter: Double
    /// The longest `Retry-After` honoured; a server asking for more is not retried.
    public var maxRetryAfter: Duration

    /// Creates a policy that makes up to `maxAttempts` attempts.
    ///
    /// - Parameters:
    ///   - maxAttempts: Attempts in all, the first included: 1 never retries.
    ///   - initialDelay: The wait before the first retry.
    ///   - maxDelay: The longest wait between attempts.
    ///   - multiplier: How much each wait grows.
    ///   - jitter: The fraction of each wait that is random, from 0 (none) to 1.
    ///   - maxRetryAfter: The longest `Retry-After` honoured; a server asking for more is not retried.
    public init(
        maxAttempts: Int, initialDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(10),
        multiplier: Double = 2, jitter: Double = 0.2, maxRetryAfter: Duration = .seconds(60)
    ) {
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.multiplier = multiplier
        self.jitter = jitter
        self.maxRetryAfter = maxRetryAfter
    }

    /// Never retry.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Retry up to `maxAttempts` attempts in all, waiting `initialDelay`, then twice as long each time.
    ///
    /// - Parameters:
    ///   - maxAttempts: Attempts in all, the first included.
    ///   - initialDelay: The wait before the first retry.
    ///   - maxDelay: The longest wait between attempts.
    /// - Returns: A policy with the default multiplier, jitter and longest `Retry-After`.
    public static func exponentialBackoff(
        maxAttempts: Int = 3, initialDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(10)
    ) -> RetryPolicy {
        RetryPolicy(maxAttempts: maxAttempts, initialDelay: initialDelay, maxDelay: maxDelay)
    }

    static let idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]

    /// The wait before the next attempt, or nil when the outcome stands.
    ///
    /// - Parameters:
    ///   - attempt: The attempt that just ended, from 1.
    ///   - request: The request that was sent.
    ///   - outcome: Its response, or the error that took its place.
    /// - Returns: How long to wait before sending the request again, or nil not to send it again.
    public func delay(
        afterAttempt attempt: Int, of request: HTTPRequest, outcome: Result<HTTPResponse, some Error>
    ) -> Duration? {
        guard attempt < maxAttempts else { return nil }
        let idempotent = Self.idempotentMethods.contains(request.method)
        switch outcome {
        case .success(let response) where response.statusCode == 429 || response.statusCode == 503:
            // The server did not act on the request, so any method may be sent again.
            guard let retryAfter = response.header("Retry-After") else { return backoff(attempt) }
            guard let wait = Self.parseRetryAfter(retryAfter), wait <= maxRetryAfter else { return nil }
            return wait
        case .success(let response) where [500, 502, 504].contains(response.statusCode):
            return idempotent ? backoff(attempt) : nil
        case .success:
            return nil
        case .failure(let error):
            if let error = error as? {{ api.errorName }}, case .cancelled = error { return nil }
            if let error = error as? {{ api.errorName }}, case .validation = error { return nil }
            if let error = error as? {{ api.errorName }}, case .encoding = error { return nil }
            return idempotent ? backoff(attempt) : nil
        }
    }

    /// `initialDelay × multiplier^(attempt - 1)`, at most `maxDelay`, less up to `jitter` of it.
    ///
    /// Computed in seconds as a `Double`, where growth past any bound is infinity rather than an
    /// overflow, and clamped to `0...maxDelay` (at most a year) before it becomes a `Duration`
    /// again: no policy and no attempt count can make it trap.
    func backoff(_ attempt: Int) -> Duration {
        let cap = min(max(Self.seconds(maxDelay), 0), Self.longestWait)
        let grown = Self.seconds(initialDelay) * pow(max(multiplier, 0), Double(max(attempt - 1, 0)))
        let capped = grown.isNaN ? 0 : min(max(grown, 0), cap)
        let randomShare = min(max(jitter.isNaN ? 0 : jitter, 0), 1) * Double.random(in: 0..<1)
        return .seconds(capped * (1 - randomShare))
    }

    /// The longest wait a policy may ask for, in seconds: a year.
    static let longestWait: Double = 365 * 24 * 60 * 60

    /// A duration in seconds, as a `Double`.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// `Retry-After` as seconds (`120`) or an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`).
    static func parseRetryAfter(_ value: String) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .seconds(max(0, date.timeIntervalSinceNow.rounded(.up)))
    }
}

"""#,
        "Runtime/FormEncoding.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

import Foundation

/// `application/x-www-form-urlencoded` bodies: a value's fields as `key=value` pairs.
///
/// The value is first written as JSON, so that every field (dates included) has the text it
/// has in JSON. Then primitives are `key=value`, an array repeats its key once per element,
/// and an object's fields are `key[field]=value` (an object in an array is `key[index][field]`).
/// `null` fields are left out. Text is percent-encoded as HTML forms do it: letters, digits
/// and `*-._` stay, a space is `+`, and everything else (`+`, `&`, `=`, non-ASCII) is `%XX` of
/// its UTF-8.
enum FormEncoding {
    static func encode(_ value: some Encodable) throws -> String {
        try pairs(value).map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }

    /// The value's fields as unencoded `key=value` pairs, each key inside `key[...]` when a key
    /// is given (a `deepObject` query parameter).
    static func pairs(_ value: some Encodable, key: String? = nil) throws -> [(String, String)] {
        let json = try JSONCoding.makeDecoder().decode(JSONValue.self, from: JSONCoding.makeEncoder().encode(value))
        guard case .object(let fields) = json else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "the value must be an object"))
        }
        var pairs: [(String, String)] = []
        for name in fields.keys.sorted() {
            if let field = fields[name] { append(field, key: key.map { $0 + "[" + name + "]" } ?? name, to: &pairs) }
        }
        return pairs
    }

    private static func append(_ value: JSONValue, key: String, to pairs: inout [(String, String)]) {
        switch value {
        case .null:
            break
        case .bool(let flag):
            pairs.append((key, flag ? "true" : "false"))
        case .integer(let number):
            pairs.append((key, String(number)))
        case .number(let number):
            pairs.append((key, number.parameterText))
        case .string(let text):
            pairs.append((key, text))
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if case .object = element {
                    append(element, key: key + "[\(index)]", to: &pairs)
                } else {
                    append(element, key: key, to: &pairs)
                }
            }
        case .object(let fields):
            for name in fields.keys.sorted() {
                if let field = fields[name] { append(field, key: key + "[" + name + "]", to: &pairs) }
            }
        }
    }

    /// The characters a form keeps as they are; a space becomes `+`.
    private static let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._".utf8)

    static func escape(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if kept.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == UInt8(ascii: " ") {
                result += "+"
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += (hex.count == 1 ? "%0" : "%") + hex
            }
        }
        return result
    }
}

"""#,
        "Runtime/HTTPInterceptor.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

/// Code that sees every attempt's request and response: for logging, tracing, metrics, or
/// adding headers.
///
/// Call `next` to send the request on, or answer without sending it.
public protocol HTTPInterceptor: Sendable {
    /// Handles one attempt: passes the request, perhaps changed, to `next`, and returns its
    /// response, perhaps changed.
    ///
    /// - Parameters:
    ///   - request: The request about to be sent.
    ///   - next: Sends the request on: to the next interceptor, or to the transport.
    /// - Returns: The response for the request.
    /// - Throws: What `next` threw, or an error of the interceptor's own.
    func intercept(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse
}

/// Logs one line per request and one per response or failure.
///
/// Lines never hold credentials or bodies: the `Authorization` header prints as `<redacted>`.
public struct LoggingInterceptor: HTTPInterceptor {
    let log: @Sendable (String) -> Void

    /// Creates an interceptor that writes its lines to `log`.
    ///
    /// - Parameter log: Where lines go; `print` unless you pass your logger.
    public init(log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.log = log
    }

    /// Logs the request, sends it on, and logs the response's status or the failure, with the time
    /// it took.
    ///
    /// - Parameters:
    ///   - request: The request about to be sent.
    ///   - next: Sends the request on.
    /// - Returns: The response `next` returned, unchanged.
    /// - Throws: What `next` threw, unchanged.
    public func intercept(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let start = ContinuousClock.now
        log("→ \(request)")
        do {
            let response = try await next(request)
            let elapsed = ContinuousClock.now - start
            log("← \(response.statusCode) \(request.method) \(request.url.absoluteString) in \(elapsed)")
            return response
        } catch {
            let elapsed = ContinuousClock.now - start
            log("✗ \(request.method) \(request.url.absoluteString) failed after \(elapsed): \(error)")
            throw error
        }
    }
}

"""#,
        "Runtime/HTTPTransport.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

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

"""#,
        "Runtime/Indirect.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

/// A value kept on the heap. A model that holds itself, directly or through other models,
/// stores one of the optional properties that close the cycle in an `Indirect`: Swift can lay
/// out a struct that contains itself only when something on the way is boxed.
///
/// It codes as the value it holds, so the JSON is the same as without the box.
indirect enum Indirect<Value> {
    case boxed(Value)

    init(_ value: Value) {
        self = .boxed(value)
    }

    /// The value in the box.
    var value: Value {
        switch self {
        case .boxed(let value): value
        }
    }
}

extension Indirect: Sendable where Value: Sendable {}
extension Indirect: Equatable where Value: Equatable {}
extension Indirect: Hashable where Value: Hashable {}

extension Indirect: Decodable where Value: Decodable {
    init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Value.self))
    }
}

extension Indirect: Encodable where Value: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension KeyedDecodingContainer {
    /// A boxed three-state field: absent is `nil`, `null` is `.null`, as for ``Nullable`` itself.
    func decodeIfPresent<Wrapped: Decodable>(
        _ type: Indirect<Nullable<Wrapped>>.Type, forKey key: Key
    ) throws -> Indirect<Nullable<Wrapped>>? {
        guard contains(key) else { return nil }
        return try decode(Indirect<Nullable<Wrapped>>.self, forKey: key)
    }
}

"""#,
        "Runtime/JSONCoding.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

import Foundation

/// How the client reads and writes JSON: dates as ISO 8601 text, with or without fractional
/// seconds, and keys sorted so that request bodies are byte-for-byte reproducible.
enum JSONCoding {
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(string(from: date))
        }
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(text)' is not an ISO 8601 date-time")
            }
            return date
        }
        return decoder
    }

    /// `2019-08-24T14:15:22Z`, or `2019-08-24T14:15:22.5Z` when the date has a fraction of a second.
    static func string(from date: Date) -> String {
        let hasFraction = date.timeIntervalSince1970 != date.timeIntervalSince1970.rounded(.down)
        return date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: hasFraction))
    }

    /// Accepts date-times with and without fractional seconds.
    static func date(from text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    /// The server's explanation in an error body: a `message` string, or the strings of an
    /// `errors` list, as in `{"errors": ["User not found"]}`.
    ///
    /// Only those two fields are decoded, so a body's other contents, however large or deep,
    /// cost no more than the JSON parser's one pass over them.
    static func errorMessage(in body: Data) -> String? {
        guard let fields = try? JSONDecoder().decode(ErrorFields.self, from: body) else { return nil }
        if let message = fields.message { return message }
        let messages = fields.errors?.compactMap(\.message) ?? []
        return messages.isEmpty ? nil : messages.joined(separator: "; ")
    }

    /// The fields of an error body that may explain it; any other shape of them counts as absent.
    private struct ErrorFields: Decodable {
        var message: String?
        var errors: [ErrorItem]?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            message = try? container.decodeIfPresent(String.self, forKey: AnyCodingKey("message"))
            errors = try? container.decodeIfPresent([ErrorItem].self, forKey: AnyCodingKey("errors"))
        }
    }

    /// One item of an `errors` list: a string, or an object with a `message` string.
    private struct ErrorItem: Decodable {
        var message: String?

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                message = text
            } else if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
                message = try? object.decodeIfPresent(String.self, forKey: AnyCodingKey("message"))
            }
        }
    }
}

extension DecodingError {
    /// Where in the body the problem is: `roles[0].createdAt`.
    var codingPathDescription: String {
        let path: [any CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            path = []
        }
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    /// What went wrong, without the coding path.
    var summary: String {
        switch self {
        case .typeMismatch(let type, let context): "expected \(type): \(context.debugDescription)"
        case .valueNotFound(let type, let context): "missing \(type): \(context.debugDescription)"
        case .keyNotFound(let key, _): "missing required key '\(key.stringValue)'"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "\(self)"
        }
    }
}

/// A key of any name, for the fields a model keeps beyond its declared ones.
struct AnyCodingKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) {
        stringValue = name
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}

"""#,
        "Runtime/JSONValue.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

/// Any JSON value, for fields the API leaves free-form (`object`).
///
/// Write one with literals: `["plan": "pro", "seats": 3, "trial": nil]`.
public enum JSONValue: Codable, Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case integer(Int)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array of values.
    case array([JSONValue])
    /// An object: values by key.
    case object([String: JSONValue])

    /// Decodes any JSON value.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the input is not JSON.
    public init(from decoder: any Decoder) throws {
        // Containers first, objects before arrays: asking for the wrong container fails at once,
        // while trying each scalar type on an array or object fails with an error built from the
        // whole coding path at every level, which made deep values cost the cube of their depth.
        if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var fields: [String: JSONValue] = [:]
            fields.reserveCapacity(object.allKeys.count)
            for key in object.allKeys {
                fields[key.stringValue] = try object.decode(JSONValue.self, forKey: key)
            }
            self = .object(fields)
        } else if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            items.reserveCapacity(array.count ?? 0)
            while !array.isAtEnd {
                items.append(try array.decode(JSONValue.self))
            }
            self = .array(items)
        } else {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int.self) {
                self = .integer(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else {
                self = .string(try container.decode(String.self))
            }
        }
    }

    /// Encodes the value as it is.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// Creates ``null`` from `nil`.
    ///
    /// - Parameter nilLiteral: The empty tuple, as the literal gives it.
    public init(nilLiteral: ()) { self = .null }

    /// Creates ``bool(_:)`` from `true` or `false`.
    ///
    /// - Parameter value: The literal's value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// Creates ``integer(_:)`` from an integer literal.
    ///
    /// - Parameter value: The literal's value.
    public init(integerLiteral value: Int) { self = .integer(value) }

    /// Creates ``number(_:)`` from a floating-point literal.
    ///
    /// - Parameter value: The literal's value.
    public init(floatLiteral value: Double) { self = .number(value) }

    /// Creates ``string(_:)`` from a string literal.
    ///
    /// - Parameter value: The literal's value.
    public init(stringLiteral value: String) { self = .string(value) }

    /// Creates ``array(_:)`` from an array literal.
    ///
    /// - Parameter elements: The literal's elements.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// Creates ``object(_:)`` from a dictionary literal; of repeated keys, the last one wins.
    ///
    /// - Parameter elements: The literal's keys and values.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

"""#,
        "Runtime/Multipart.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

import Foundation

/// A file to send in a `multipart/form-data` body: its bytes, the file name the server sees,
/// and its media type.
///
/// In JSON (a model sent both ways), it is its bytes in base64, as `Data` is.
public struct FileUpload: Codable, Hashable, Sendable {
    /// The file's bytes.
    public var data: Data
    /// The name sent as the part's `filename`.
    public var fileName: String
    /// The part's `Content-Type`; the spec's `contentType:` for the field, or
    /// `application/octet-stream`, when nil.
    public var contentType: String?

    /// Creates a file to send.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - fileName: The name sent as the part's `filename`.
    ///   - contentType: The part's media type; nil for the field's default.
    public init(_ data: Data, fileName: String, contentType: String? = nil) {
        self.data = data
        self.fileName = fileName
        self.contentType = contentType
    }

    /// Decodes the bytes from base64; the file name is empty.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not base64 text.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Data.self), fileName: "")
    }

    /// Encodes the bytes in base64.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(data)
    }
}

/// One part of a `multipart/form-data` body.
struct MultipartPart: Sendable {
    var name: String
    var fileName: String?
    var contentType: String?
    var data: Data

    /// A field's value: a text part for a string, number or Boolean (as JSON writes it, a
    /// string without quotes), an `application/json` part for an array or object, nothing for `nil`.
    static func value(name: String, _ value: some Encodable) throws -> MultipartPart? {
        let data = try JSONCoding.makeEncoder().encode(value)
        switch try JSONCoding.makeDecoder().decode(JSONValue.self, from: data) {
        case .null:
            return nil
        case .string(let text):
            return MultipartPart(name: name, data: Data(text.utf8))
        case .bool, .integer, .number:
            return MultipartPart(name: name, data: data)
        case .array, .object:
            return MultipartPart(name: name, contentType: "application/json", data: data)
        }
    }

    /// A file part; `contentType` is the field's default media type.
    static func file(name: String, _ file: FileUpload, contentType: String) -> MultipartPart {
        MultipartPart(
            name: name, fileName: file.fileName, contentType: file.contentType ?? contentType, data: file.data)
    }

    /// The whole body: each part after a `--boundary` line, with its headers, then the closing line.
    static func body(_ parts: [MultipartPart], boundary: String) -> Data {
        var body = Data()
        for part in parts {
            var head = "--" + boundary + "\r\n"
            head += "Content-Disposition: form-data; name=\"" + quoted(part.name) + "\""
            if let fileName = part.fileName { head += "; filename=\"" + quoted(fileName) + "\"" }
            head += "\r\n"
            if let contentType = part.contentType { head += "Content-Type: " + contentType + "\r\n" }
            head += "\r\n"
            body.append(Data(head.utf8))
            body.append(part.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data(("--" + boundary + "--\r\n").utf8))
        return body
    }

    /// A name or file name as it goes between quotes: `"` and line breaks percent-encoded, as
    /// browsers send them.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}

"""#,
        "Runtime/Nullable.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

/// A request field that can be sent as JSON `null` as well as with a value.
///
/// With an optional `Nullable`, a field says all three things an update needs:
///
/// ```swift
/// .init(profilePictureUrl: nil)                  // leave it out: keep the current value
/// .init(profilePictureUrl: .null)                // send null: clear it
/// .init(profilePictureUrl: "https://…/me.png")   // send a value: set it
/// ```
public enum Nullable<Wrapped> {
    /// JSON `null`.
    case null
    /// A value.
    case value(Wrapped)

    /// The value, or nil for `null`.
    public var wrapped: Wrapped? {
        if case .value(let value) = self { return value }
        return nil
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

extension Nullable: Encodable where Wrapped: Encodable {
    /// Encodes `null`, or the value.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let value): try container.encode(value)
        }
    }
}

extension Nullable: Decodable where Wrapped: Decodable {
    /// Decodes `null` as ``null``, and anything else as a value.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the input is neither `null` nor a `Wrapped`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension KeyedDecodingContainer {
    /// Tells a missing key (nil) from an explicit `null` (``Nullable/null``); the standard
    /// overload reads both as nil.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - key: The key to look for.
    /// - Returns: Nil when the key is missing, ``Nullable/null`` for `null`, and the value otherwise.
    /// - Throws: `DecodingError` when the value is neither `null` nor a `Wrapped`.
    public func decodeIfPresent<Wrapped: Decodable>(
        _ type: Nullable<Wrapped>.Type, forKey key: Key
    ) throws -> Nullable<Wrapped>? {
        guard contains(key) else { return nil }
        return try decode(Nullable<Wrapped>.self, forKey: key)
    }
}

extension Nullable: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral,
    ExpressibleByExtendedGraphemeClusterLiteral
where Wrapped == String {
    /// Creates ``value(_:)`` from a string literal.
    ///
    /// - Parameter value: The literal's value.
    public init(stringLiteral value: String) { self = .value(value) }
}

extension Nullable: ExpressibleByIntegerLiteral where Wrapped: ExpressibleByIntegerLiteral {
    /// Creates ``value(_:)`` from an integer literal.
    ///
    /// - Parameter value: The literal's value.
    public init(integerLiteral value: Wrapped.IntegerLiteralType) { self = .value(Wrapped(integerLiteral: value)) }
}

extension Nullable: ExpressibleByBooleanLiteral where Wrapped: ExpressibleByBooleanLiteral {
    /// Creates ``value(_:)`` from `true` or `false`.
    ///
    /// - Parameter value: The literal's value.
    public init(booleanLiteral value: Wrapped.BooleanLiteralType) { self = .value(Wrapped(booleanLiteral: value)) }
}

"""#,
        "Runtime/ParameterValue.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

import Foundation

/// A value that travels as text in a path segment, a header or a query item, and is read back
/// from a response header.
protocol ParameterValue {
    var parameterText: String { get }

    /// Reads the value from its text; nil when the text is not one.
    init?(parameterText text: String)
}

extension String: ParameterValue {
    var parameterText: String { self }

    init?(parameterText text: String) {
        self = text
    }
}

extension Int: ParameterValue {
    var parameterText: String { String(self) }

    init?(parameterText text: String) {
        self.init(text)
    }
}

extension Int32: ParameterValue {
    var parameterText: String { String(self) }

    init?(parameterText text: String) {
        self.init(text)
    }
}

extension Int64: ParameterValue {
    var parameterText: String { String(self) }

    init?(parameterText text: String) {
        self.init(text)
    }
}

extension Float: ParameterValue {
    /// Whole numbers print without a fraction, as for `Double`.
    var parameterText: String {
        self == rounded() && abs(self) < 1e7 ? String(Int(self)) : String(self)
    }

    init?(parameterText text: String) {
        self.init(text)
    }
}

extension Double: ParameterValue {
    /// Whole numbers print without a fraction: `300`, not `300.0`.
    var parameterText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }

    init?(parameterText text: String) {
        self.init(text)
    }
}

extension Bool: ParameterValue {
    var parameterText: String { self ? "true" : "false" }

    init?(parameterText text: String) {
        switch text {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

extension Date: ParameterValue {
    var parameterText: String { JSONCoding.string(from: self) }

    init?(parameterText text: String) {
        guard let date = JSONCoding.date(from: text) else { return nil }
        self = date
    }
}

extension CalendarDate: ParameterValue {
    var parameterText: String { description }

    init?(parameterText text: String) {
        self.init(text)
    }
}

/// UUIDs travel in lower case, as RFC 9562 writes them.
extension UUID: ParameterValue {
    var parameterText: String { uuidString.lowercased() }

    init?(parameterText text: String) {
        self.init(uuidString: text)
    }
}

extension ParameterValue where Self: RawRepresentable, RawValue: ParameterValue {
    var parameterText: String { rawValue.parameterText }

    init?(parameterText text: String) {
        guard let rawValue = RawValue(parameterText: text), let value = Self(rawValue: rawValue) else { return nil }
        self = value
    }
}

"""#,
        "Runtime/RequestBuilder.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

import Foundation

/// A request under construction: its path with the parameters already encoded, its query
/// items, headers and body.
struct RequestBuilder: Sendable {
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

    init(operation: String, method: String, path: RequestPath) {
        self.operation = operation
        self.method = method
        self.path = path.encoded
        hasEmptyPathParameter = path.hasEmptyValue
    }

    mutating func setHeader(_ name: String, _ value: some ParameterValue) {
        setField(name, value.parameterText)
    }

    /// A list travels as one comma-separated header value.
    mutating func setHeader(_ name: String, _ values: [some ParameterValue]) {
        setField(name, values.map(\.parameterText).joined(separator: ","))
    }

    /// Sets a header field, replacing one whose name differs only in case: header names are
    /// case-insensitive, and both would be sent.
    mutating func setField(_ name: String, _ value: String) {
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
    mutating func addCookie(_ name: String, _ value: some ParameterValue) {
        appendCookie(name + "=" + Self.percentEncoded(value.parameterText, keeping: Self.cookieOctets))
    }

    /// A list travels as one comma-separated cookie value.
    mutating func addCookie(_ name: String, _ values: [some ParameterValue]) {
        let texts = values.map { Self.percentEncoded($0.parameterText, keeping: Self.cookieOctets) }
        appendCookie(name + "=" + texts.joined(separator: ","))
    }

    private mutating func appendCookie(_ cookie: String) {
        setField("Cookie", field("Cookie").map { $0 + "; " + cookie } ?? cookie)
    }

    /// RFC 6265's cookie-octets, without `%` (which starts an escape) and `,` (which separates a list).
    static let cookieOctets = Set(
        "!#$&'()*+-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~".utf8)

    mutating func addQuery(_ name: String, _ value: some ParameterValue) {
        queryItems.append((Self.encodeQuery(name), Self.encodeQuery(value.parameterText)))
    }

    /// A list travels as the name repeated, once per value: `role=a&role=b`.
    mutating func addQuery(_ name: String, _ values: [some ParameterValue]) {
        for value in values { addQuery(name, value) }
    }

    /// A list as one item, its values joined by `separator` (as it goes on the wire: `,`, `|`
    /// or `%20`): the `form` style without explode, `spaceDelimited` and `pipeDelimited`.
    mutating func addQuery(_ name: String, _ values: [some ParameterValue], separator: String) {
        let value = values.map { Self.encodeQuery($0.parameterText) }.joined(separator: separator)
        queryItems.append((Self.encodeQuery(name), value))
    }

    /// An object as `name[field]=value` items, the `deepObject` style: its fields as JSON writes
    /// them, as a form's are (see ``FormEncoding``).
    mutating func addDeepObjectQuery(_ name: String, _ value: some Encodable) throws({{ api.errorName }}) {
        do {
            for (key, text) in try FormEncoding.pairs(value, key: name) {
                queryItems.append((Self.encodeQuery(key), Self.encodeQuery(text)))
            }
        } catch {
            throw .encoding(operation: operation, field: name, description: "\(error)")
        }
    }

    /// The body as JSON, sent as `contentType` (`application/json`, or a `+json` type).
    mutating func setJSONBody(
        _ value: some Encodable, contentType: String = "application/json"
    ) throws({{ api.errorName }}) {
        do {
            body = try JSONCoding.makeEncoder().encode(value)
        } catch {
            throw .encoding(operation: operation, field: "body", description: "\(error)")
        }
        setField("Content-Type", contentType)
    }

    /// The body as an `application/x-www-form-urlencoded` form of the value's fields (see
    /// ``FormEncoding``).
    mutating func setFormBody(_ value: some Encodable) throws({{ api.errorName }}) {
        do {
            body = Data(try FormEncoding.encode(value).utf8)
        } catch {
            throw .encoding(operation: operation, field: "body", description: "\(error)")
        }
        setField("Content-Type", "application/x-www-form-urlencoded")
    }

    /// The body as `multipart/form-data` with the parts `parts` lists, between a boundary made
    /// for the request.
    mutating func setMultipartBody(_ parts: () throws -> [MultipartPart]) throws({{ api.errorName }}) {
        let boundary = "apigen-" + UUID().uuidString
        do {
            body = MultipartPart.body(try parts(), boundary: boundary)
        } catch {
            throw .encoding(operation: operation, field: "body", description: "\(error)")
        }
        setField("Content-Type", "multipart/form-data; boundary=" + boundary)
    }

    /// The body as text in UTF-8.
    mutating func setTextBody(_ text: String, contentType: String) {
        body = Data(text.utf8)
        setField("Content-Type", contentType.contains("charset=") ? contentType : contentType + "; charset=utf-8")
    }

    /// The body as these bytes.
    mutating func setBinaryBody(_ data: Data, contentType: String) {
        body = data
        setField("Content-Type", contentType)
    }

    /// The finished request: the base URL without its trailing slash, then the path and query.
    ///
    /// An empty path parameter, or a header value with a line break (which would end the header
    /// early or start another), is a ``{{ api.errorName }}/validation(operation:field:rule:)``
    /// error, and nothing is sent.
    func build(baseURLString: String, timeout: Duration?) throws({{ api.errorName }}) -> HTTPRequest {
        if hasEmptyPathParameter {
            throw .validation(operation: operation, field: "path", rule: "path parameters must not be empty")
        }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) where Self.breaksHeaderLine(value) {
            throw .validation(operation: operation, field: "header " + name, rule: "no CR, LF or NUL in header values")
        }
        var base = Substring(baseURLString)
        while base.hasSuffix("/") { base = base.dropLast() }
        var text = base + path
        if !queryItems.isEmpty {
            let query = queryItems.map { $0.name + "=" + $0.value }
            text += "?" + query.joined(separator: "&")
        }
        guard let url = URL(string: String(text)) else {
            throw .encoding(operation: operation, field: "url", description: "'\(text)' is not a URL")
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
    static func joined(_ origin: URL, _ path: String) -> String {
        var base = origin.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return base + path
    }

    /// A server URL variable such as a sub-domain, encoded like a path segment.
    static func encodeURLVariable(_ value: String) -> String {
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
struct RequestPath: ExpressibleByStringInterpolation, Sendable {
    /// The percent-encoded path.
    var encoded: String
    /// Whether an interpolated value was empty.
    var hasEmptyValue = false

    init(stringLiteral value: String) {
        encoded = value
    }

    init(stringInterpolation: StringInterpolation) {
        encoded = stringInterpolation.encoded
        hasEmptyValue = stringInterpolation.hasEmptyValue
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var encoded = ""
        var hasEmptyValue = false

        init(literalCapacity: Int, interpolationCount: Int) {
            encoded.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            encoded += literal
        }

        mutating func appendInterpolation(_ value: some ParameterValue) {
            let segment = RequestBuilder.segment(value)
            hasEmptyValue = hasEmptyValue || segment.isEmpty
            encoded += segment
        }

        /// A list in one segment, its values comma-separated, as OpenAPI's `simple` style writes it.
        mutating func appendInterpolation(_ values: [some ParameterValue]) {
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
        "Runtime/URLSessionTransport.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends requests with a `URLSession`.
public struct URLSessionTransport: HTTPTransport {
    /// The session that sends the requests.
    public let session: URLSession

    /// Creates a transport that sends requests with `session`.
    ///
    /// - Parameter session: The session to use. The default, ``redirectRefusingSession``, hands
    ///   redirects back to the client rather than following them; a session you configure
    ///   follows them unless its delegate says otherwise.
    public init(session: URLSession = URLSessionTransport.redirectRefusingSession) {
        self.session = session
    }

    /// A session configured as `URLSession.shared` is, whose delegate refuses to follow redirects:
    /// an operation that documents a redirect returns it, and any other is an error status.
    public static let redirectRefusingSession = URLSession(
        configuration: .default, delegate: RedirectRefusal(), delegateQueue: nil)

    /// Sends the request with the session and returns the response, whatever its status.
    ///
    /// - Parameter request: The request to send.
    /// - Returns: The response, whatever its status.
    /// - Throws: What the session throws when no response came back, such as a `URLError`, and
    ///   `URLError(.badServerResponse)` for a response that is not HTTP.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        if let timeout = request.timeout {
            let (seconds, attoseconds) = timeout.components
            urlRequest.timeoutInterval = Double(seconds) + Double(attoseconds) / 1e18
        }
        let (data, response) = try await data(for: urlRequest)
        guard let httpResponse = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        var headers: [String: String] = [:]
        for (name, value) in httpResponse.allHeaderFields {
            if let name = name as? String, let value = value as? String {
                headers[name] = value
            }
        }
        return HTTPResponse(statusCode: httpResponse.statusCode, headers: headers, body: data)
    }

    /// The session's data task, cancelled when the calling task is, even before it starts.
    private func data(for request: URLRequest) async throws -> (Data, URLResponse) {
        let handle = DataTaskHandle()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let task = session.dataTask(with: request) { data, response, error in
                    if let error {
                        continuation.resume(throwing: error)
                    } else if let response {
                        continuation.resume(returning: (data ?? Data(), response))
                    } else {
                        continuation.resume(throwing: URLError(.badServerResponse))
                    }
                }
                handle.start(task)
            }
        } onCancel: {
            handle.cancel()
        }
    }
}

/// The data task of one request, which cancellation may reach before the task exists. Its
/// state is only touched under the lock, so it is safe to share between tasks.
private final class DataTaskHandle: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var isCancelled = false

    /// Starts the task, or cancels it at once when the request was cancelled already.
    func start(_ task: URLSessionDataTask) {
        let cancelled = lock.withLock {
            self.task = task
            return isCancelled
        }
        task.resume()
        if cancelled { task.cancel() }
    }

    func cancel() {
        let task = lock.withLock {
            isCancelled = true
            return self.task
        }
        task?.cancel()
    }
}

/// Hands every redirect back as the response instead of following it.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

"""#,
        "Runtime/UUID+Halves.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

import Foundation

extension UUID {
    /// The UUID whose 16 bytes are those of `high` then `low`, most significant first, as a
    /// `string(uuid)` default is written: `UUID(0x123E4567_E89B12D3, 0xA4564266_14174000)` is
    /// `123e4567-e89b-12d3-a456-426614174000`. Unlike `UUID(uuidString:)`, it cannot fail.
    ///
    /// - Parameters:
    ///   - high: The first eight bytes.
    ///   - low: The last eight bytes.
    @usableFromInline
    init(_ high: UInt64, _ low: UInt64) {
        func byte(_ half: UInt64, _ index: Int) -> UInt8 {
            UInt8(truncatingIfNeeded: half >> (56 - 8 * index))
        }
        self.init(
            uuid: (
                byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3),
                byte(high, 4), byte(high, 5), byte(high, 6), byte(high, 7),
                byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3),
                byte(low, 4), byte(low, 5), byte(low, 6), byte(low, 7)
            ))
    }
}

"""#,
        "Runtime/Validation.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

import Foundation

/// The spec's constraints, checked before a request is sent so that a bad argument fails at
/// once, naming the operation, the field and the rule, instead of costing a round trip.
///
/// Each check takes the rule as the spec states it, for the error: `maxLength: 4095`.
enum Validation {
    /// Lengths count Unicode scalars, as JSON Schema counts characters.
    static func minLength(
        _ value: String?, _ limit: Int, rule: String, operation: String, field: String
    ) throws({{ api.errorName }}) {
        if let value, value.unicodeScalars.count < limit {
            throw .validation(operation: operation, field: field, rule: rule)
        }
    }

    static func maxLength(
        _ value: String?, _ limit: Int, rule: String, operation: String, field: String
    ) throws({{ api.errorName }}) {
        if let value, value.unicodeScalars.count > limit {
            throw .validation(operation: operation, field: field, rule: rule)
        }
    }

    /// As in JSON Schema, the pattern may match anywhere in the value unless it is anchored.
    static func pattern(
        _ value: String?, _ pattern: String, rule: String, operation: String, field: String
    ) throws({{ api.errorName }}) {
        guard let value, let expression = try? NSRegularExpression(pattern: pattern) else { return }
        let range = NSRange(value.startIndex..., in: value)
        if expression.firstMatch(in: value, range: range) == nil {
            throw .validation(operation: operation, field: field, rule: rule)
        }
    }

    static func minimum<Value: Comparable>(
        _ value: Value?, _ bound: Value, rule: String, operation: String, field: String
    ) throws({{ api.errorName }}) {
        if let value, value < bound {
            throw .validation(operation: operation, field: field, rule: rule)
        }
    }

    static func maximum<Value: Comparable>(
        _ value: Value?, _ bound: Value, rule: String, operation: String, field: String
    ) throws({{ api.errorName }}) {
        if let value, value > bound {
            throw .validation(operation: operation, field: field, rule: rule)
        }
    }

    static func minItems<Element>(
        _ value: [Element]?, _ limit: Int, rule: String, operation: String, field: String
    ) throws({{ api.errorName }}) {
        if let value, value.count < limit {
            throw .validation(operation: operation, field: field, rule: rule)
        }
    }

    static func maxItems<Element>(
        _ value: [Element]?, _ limit: Int, rule: String, operation: String, field: String
    ) throws({{ api.errorName }}) {
        if let value, value.count > limit {
            throw .validation(operation: operation, field: field, rule: rule)
        }
    }
}

"""#,
        "Sending.swift.tmpl": #"""
{% include "Header.swift.tmpl" %}

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
            let built = try attempt.build(baseURLString: baseURLString, timeout: configuration.timeout)
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
            return try await Self.sending(request, with: transport)
        }
        for interceptor in configuration.interceptors.reversed() {
            let following = next
            next = { request in try await interceptor.intercept(request, next: following) }
        }
        return try await next(request)
    }

    /// Sends through the transport. Fails with `URLError(.timedOut)` once the request's timeout
    /// has passed, and with `CancellationError` as soon as the calling task is cancelled, whether
    /// or not the transport honours either: its work is cancelled and left to end on its own.
    static func sending(_ request: HTTPRequest, with transport: any HTTPTransport) async throws -> HTTPResponse {
        let outcome = FirstOutcome()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.deliver(to: continuation)
                let sending = Task {
                    do {
                        outcome.finish(.success(try await transport.send(request)))
                    } catch {
                        outcome.finish(.failure(error))
                    }
                }
                let timer = request.timeout.map { timeout in
                    Task {
                        guard (try? await Task.sleep(for: timeout)) != nil else { return }
                        outcome.finish(.failure(URLError(.timedOut)))
                    }
                }
                outcome.whenFinished {
                    sending.cancel()
                    timer?.cancel()
                }
            }
        } onCancel: {
            outcome.finish(.failure(CancellationError()))
        }
    }
}

/// The first outcome of a request (its response, its timeout or its cancellation), handed to
/// the one continuation that waits for it; later outcomes are dropped. Either may come first,
/// since a task cancelled already runs its cancellation handler before anything else.
final class FirstOutcome: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var outcome: Result<HTTPResponse, any Error>?
    nonisolated(unsafe) private var waiting: CheckedContinuation<HTTPResponse, any Error>?
    nonisolated(unsafe) private var cleanup: (@Sendable () -> Void)?

    /// Resumes `continuation` with the outcome, now or when it comes.
    func deliver(to continuation: CheckedContinuation<HTTPResponse, any Error>) {
        let ready = lock.withLock {
            if outcome == nil { waiting = continuation }
            return outcome
        }
        if let ready { continuation.resume(with: ready) }
    }

    /// Runs `action` once the outcome is known, now if it is.
    func whenFinished(_ action: @escaping @Sendable () -> Void) {
        let finished = lock.withLock {
            if outcome == nil { cleanup = action }
            return outcome != nil
        }
        if finished { action() }
    }

    func finish(_ result: Result<HTTPResponse, any Error>) {
        let (continuation, action) = lock.withLock {
            () -> (CheckedContinuation<HTTPResponse, any Error>?, (@Sendable () -> Void)?) in
            guard outcome == nil else { return (nil, nil) }
            outcome = result
            defer {
                waiting = nil
                cleanup = nil
            }
            return (waiting, cleanup)
        }
        continuation?.resume(with: result)
        action?()
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
  - template: Runtime/HTTPInterceptor.swift.tmpl
    output: "{{ api.name }}/Runtime/HTTPInterceptor.swift"
  - template: Runtime/Validation.swift.tmpl
    output: "{{ api.name }}/Runtime/Validation.swift"
  - template: Runtime/TokenStore.swift.tmpl
    each: tokenFlows          # zero or one: only an API with a token flow gets this file
    as: tokenFlow
    output: "{{ api.name }}/Runtime/TokenStore.swift"
  - template: Runtime/HTTPTransport.swift.tmpl
    output: "{{ api.name }}/Runtime/HTTPTransport.swift"
  - template: Runtime/URLSessionTransport.swift.tmpl
    output: "{{ api.name }}/Runtime/URLSessionTransport.swift"
  - template: Runtime/RequestBuilder.swift.tmpl
    output: "{{ api.name }}/Runtime/RequestBuilder.swift"
  - template: Runtime/ParameterValue.swift.tmpl
    output: "{{ api.name }}/Runtime/ParameterValue.swift"
  - template: Runtime/JSONCoding.swift.tmpl
    output: "{{ api.name }}/Runtime/JSONCoding.swift"
  - template: Runtime/JSONValue.swift.tmpl
    output: "{{ api.name }}/Runtime/JSONValue.swift"
  - template: Runtime/Nullable.swift.tmpl
    output: "{{ api.name }}/Runtime/Nullable.swift"
  - template: Runtime/CalendarDate.swift.tmpl
    output: "{{ api.name }}/Runtime/CalendarDate.swift"
  - template: Runtime/UUID+Halves.swift.tmpl
    output: "{{ api.name }}/Runtime/UUID+Halves.swift"
  - template: Runtime/Indirect.swift.tmpl
    output: "{{ api.name }}/Runtime/Indirect.swift"
  - template: Runtime/FormEncoding.swift.tmpl
    output: "{{ api.name }}/Runtime/FormEncoding.swift"
  - template: Runtime/Multipart.swift.tmpl
    output: "{{ api.name }}/Runtime/Multipart.swift"
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
