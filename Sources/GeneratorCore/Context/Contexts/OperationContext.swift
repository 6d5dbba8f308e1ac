import TemplateEngine

/// One client method: its name, its arguments (required first, then optional ones with
/// defaults), how its path is built, and what it returns.
public final class OperationContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case operationId, swiftName, summary, description, method, path, pathParts, deprecated, securityLiteral, servers,
            serverCases, serverSymbols, symbol, arguments, wrapsArguments, wrapsRequest, pathParameters, headers,
            cookies, queryParameters, body, sendsEmptyObject, returnType, returnsValue, successStatus, responseDescription,
            responseEncoding, acceptLiteral, result, errorCases, errorCasesCoverEverything, acceptsRedirects,
            parameterEnums, checksArguments
    }

    public static let members = MemberTable<Member>()

    public let operationId: String
    /// The method's name as code writes it.
    public let swiftName: String
    public let summary: String?
    public let description: String?
    /// The HTTP method.
    public let method: String
    public let path: String
    public let pathParts: TemplateList<PathPartContext>
    public let deprecated: Bool
    /// Which credentials the operation sends, as a Swift value: alternatives of
    /// `Authentication.Scheme` cases, `[[.bearer]]`, `[[]]` for none.
    public let securityLiteral: String
    /// The servers the operation is limited to, by spec name, and as `Server` cases and symbols.
    public let servers: [String]
    public let serverCases: [String]
    public let serverSymbols: [String]
    /// The method's DocC symbol path: `inviteUser(tenantId:body:)`.
    public let symbol: String
    public let arguments: [ArgumentContext]
    /// Whether any argument has checks, which run before the request is built.
    public var checksArguments: Bool {
        arguments.contains { argument in
            switch argument {
            case .parameter(let field): field.validation.validates
            case .body(let body): body.nested != nil
            }
        }
    }
    /// `arguments` as templates read them, made once.
    private let argumentValues: TemplateValue
    /// Whether the declaration takes one argument per line.
    public let wrapsArguments: Bool
    /// Whether the request's path is built over several lines.
    public let wrapsRequest: Bool
    public let pathParameters: TemplateList<FieldContext>
    public let headers: TemplateList<FieldContext>
    public let cookies: TemplateList<FieldContext>
    public let queryParameters: TemplateList<FieldContext>
    public let body: BodyArgumentContext?
    /// Whether the operation sends `{}`: a body without properties needs no argument.
    public let sendsEmptyObject: Bool
    /// The success body's Swift type, or nil when it has none.
    public let returnType: String?
    public let successStatus: String
    public let responseDescription: String?
    /// How the success body is read: `json`, `text` or `binary`; nil without a body, or when
    /// the operation returns a result type.
    public let responseEncoding: String?
    /// The result type, for an operation that returns one instead of its body.
    public let result: ResultContext?
    /// Whether the operation documents a redirect, which `send` then returns rather than throws.
    public let acceptsRedirects: Bool
    /// The documented error responses whose bodies the thrown error carries decoded.
    public let errorCases: TemplateList<ErrorCaseContext>
    /// The `Accept` header as a Swift string literal, when the success body is not plain
    /// `application/json`, which requests accept by default.
    public let acceptLiteral: String?
    /// The enum types the parameters declare.
    public let parameterEnums: TemplateList<EnumContext>

    public init(
        operationId: String,
        swiftName: String,
        summary: String? = nil,
        description: String? = nil,
        method: String,
        path: String,
        pathParts: [PathPartContext],
        deprecated: Bool,
        securityLiteral: String,
        servers: [String],
        serverCases: [String],
        serverSymbols: [String],
        symbol: String,
        arguments: [ArgumentContext],
        wrapsArguments: Bool,
        wrapsRequest: Bool,
        pathParameters: [FieldContext],
        headers: [FieldContext],
        cookies: [FieldContext] = [],
        queryParameters: [FieldContext],
        body: BodyArgumentContext? = nil,
        sendsEmptyObject: Bool,
        returnType: String? = nil,
        successStatus: String,
        responseDescription: String? = nil,
        responseEncoding: String? = nil,
        result: ResultContext? = nil,
        errorCases: [ErrorCaseContext] = [],
        acceptsRedirects: Bool = false,
        acceptLiteral: String? = nil,
        parameterEnums: [EnumContext]
    ) {
        self.operationId = operationId
        self.swiftName = swiftName
        self.summary = summary
        self.description = description
        self.method = method
        self.path = path
        self.pathParts = TemplateList(pathParts)
        self.deprecated = deprecated
        self.securityLiteral = securityLiteral
        self.servers = servers
        self.serverCases = serverCases
        self.serverSymbols = serverSymbols
        self.symbol = symbol
        self.arguments = arguments
        argumentValues = .array(arguments.map(\.templateValue))
        self.wrapsArguments = wrapsArguments
        self.wrapsRequest = wrapsRequest
        self.pathParameters = TemplateList(pathParameters)
        self.headers = TemplateList(headers)
        self.cookies = TemplateList(cookies)
        self.queryParameters = TemplateList(queryParameters)
        self.body = body
        self.sendsEmptyObject = sendsEmptyObject
        self.returnType = returnType
        self.successStatus = successStatus
        self.responseDescription = responseDescription
        self.responseEncoding = responseEncoding
        self.result = result
        self.errorCases = TemplateList(errorCases)
        self.acceptsRedirects = acceptsRedirects
        self.acceptLiteral = acceptLiteral
        self.parameterEnums = TemplateList(parameterEnums)
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .operationId: .string(operationId)
        case .swiftName: .string(swiftName)
        case .summary: TemplateValue(summary)
        case .description: TemplateValue(description)
        case .method: .string(method)
        case .path: .string(path)
        case .pathParts: pathParts.templateValue
        case .deprecated: .bool(deprecated)
        case .securityLiteral: .string(securityLiteral)
        case .servers: .array(servers.map(TemplateValue.string))
        case .serverCases: .array(serverCases.map(TemplateValue.string))
        case .serverSymbols: .array(serverSymbols.map(TemplateValue.string))
        case .symbol: .string(symbol)
        case .arguments: argumentValues
        case .checksArguments: .bool(checksArguments)
        case .wrapsArguments: .bool(wrapsArguments)
        case .wrapsRequest: .bool(wrapsRequest)
        case .pathParameters: pathParameters.templateValue
        case .headers: headers.templateValue
        case .cookies: cookies.templateValue
        case .queryParameters: queryParameters.templateValue
        case .body: body.map { .object($0) } ?? .null
        case .sendsEmptyObject: .bool(sendsEmptyObject)
        case .returnType: .string(returnType ?? "Void")
        case .returnsValue: .bool(returnType != nil)
        case .successStatus: .string(successStatus)
        case .responseDescription: TemplateValue(responseDescription)
        case .responseEncoding: TemplateValue(responseEncoding)
        case .result: result.map { .object($0) } ?? .null
        case .errorCases: errorCases.templateValue
        case .acceptsRedirects: .bool(acceptsRedirects)
        // A `default` error response is the switch's own `default`.
        case .errorCasesCoverEverything: .bool(errorCases.elements.contains { $0.statusPattern == nil })
        case .acceptLiteral: TemplateValue(acceptLiteral)
        case .parameterEnums: parameterEnums.templateValue
        }
    }
}

/// A literal piece of an operation's path, or a parameter in it (by its Swift name).
public final class PathPartContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case isParameter, text
    }

    public static let members = MemberTable<Member>()

    public let isParameter: Bool
    public let text: String

    public init(isParameter: Bool, text: String) {
        self.isParameter = isParameter
        self.text = text
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .isParameter: .bool(isParameter)
        case .text: .string(text)
        }
    }
}

/// An argument of a client method: a parameter, or the request body.
public enum ArgumentContext: Sendable {
    case parameter(FieldContext)
    case body(BodyArgumentContext)

    /// The parameter's or the body's object, as templates read it.
    public var templateValue: TemplateValue {
        switch self {
        case .parameter(let field): .object(field)
        case .body(let body): .object(body)
        }
    }

    /// The name as the method declares its parameter.
    var parameterName: String {
        switch self {
        case .parameter(let field): field.parameterName
        case .body: BodyArgumentContext.name
        }
    }

    /// The argument label.
    var label: String {
        switch self {
        case .parameter(let field): field.label
        case .body: BodyArgumentContext.name
        }
    }

    var swiftType: String {
        switch self {
        case .parameter(let field): field.swiftType
        case .body(let body): body.swiftType
        }
    }

    var defaultLiteral: String? {
        switch self {
        case .parameter(let field): field.defaultLiteral
        case .body(let body): body.defaultLiteral
        }
    }
}

/// An operation's request body as a method argument, `body`.
public final class BodyArgumentContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case checks, fieldLiteral, nested, valueExpression, valueIsOptional, iterableExpression, swiftName, label,
            parameterName, location, swiftType, baseType, isOptional, defaultLiteral, hasDefault, description,
            contentType, contentTypeLiteral, encoding, setStatement
    }

    public static let members = MemberTable<Member>()

    /// The argument's name, label and field: always `body`.
    static let name = "body"

    /// The body's type.
    public let baseType: String
    public let isOptional: Bool
    /// The argument's type: the body's, optional when the body is.
    public var swiftType: String { isOptional ? baseType + "?" : baseType }
    /// An optional body defaults to `nil`; a required one has no default.
    public var defaultLiteral: String? { isOptional ? "nil" : nil }
    /// Whether the body holds models with checks of their own.
    public let nested: ValidationContext.Nested?
    public let description: String
    public let contentType: String
    /// How the body is encoded: `json`, `form`, `multipart`, `text` or `binary`.
    public let encoding: String
    /// The statement that puts `body` into `request` as its content type says.
    public var setStatement: String {
        let type = SwiftLiteral.string(contentType)
        return switch encoding {
        case "form": "request.setFormBody(body)"
        case "multipart": "request.setMultipartBody(body.multipartParts)"
        case "text": "request.setTextBody(body, contentType: \(type))"
        case "binary": "request.setBinaryBody(body, contentType: \(type))"
        default: contentType == "application/json" ? "request.setJSONBody(body)" : "request.setJSONBody(body, contentType: \(type))"
        }
    }

    public init(
        baseType: String,
        isOptional: Bool,
        nested: ValidationContext.Nested? = nil,
        description: String,
        contentType: String,
        encoding: String
    ) {
        self.baseType = baseType
        self.isOptional = isOptional
        self.nested = nested
        self.description = description
        self.contentType = contentType
        self.encoding = encoding
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .checks: []
        case .fieldLiteral: "\"body\""
        case .nested: TemplateValue(nested?.rawValue)
        case .valueExpression: "body"
        case .valueIsOptional: .bool(isOptional)
        case .iterableExpression: .string(isOptional ? (nested == .map ? "(body ?? [:])" : "(body ?? [])") : "body")
        case .swiftName, .label, .parameterName, .location: .string(Self.name)
        case .swiftType: .string(swiftType)
        case .baseType: .string(baseType)
        case .isOptional: .bool(isOptional)
        case .defaultLiteral: TemplateValue(defaultLiteral)
        case .hasDefault: .bool(isOptional)
        case .description: .string(description)
        case .contentType: .string(contentType)
        case .contentTypeLiteral: .string(SwiftLiteral.string(contentType))
        case .encoding: .string(encoding)
        case .setStatement: .string(setStatement)
        }
    }
}
