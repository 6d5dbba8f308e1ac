import TemplateEngine

/// One client method: its name, its arguments (required first, then optional ones with
/// defaults), how its path is built, and what it returns.
public struct OperationContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case operationId, swiftName, summary, description, method, path, pathParts, deprecated, usesBearer, servers,
            serverCases, serverSymbols, symbol, arguments, wrapsArguments, wrapsRequest, pathParameters, headers,
            queryParameters, body, sendsEmptyObject, returnType, returnsValue, successStatus, responseDescription,
            parameterEnums
    }

    public var operationId: String
    /// The method's name as code writes it.
    public var swiftName: String
    public var summary: String?
    public var description: String?
    /// The HTTP method.
    public var method: String
    public var path: String
    public var pathParts: [PathPartContext]
    public var deprecated: Bool
    public var usesBearer: Bool
    /// The servers the operation is limited to, by spec name, and as `Server` cases and symbols.
    public var servers: [String]
    public var serverCases: [String]
    public var serverSymbols: [String]
    /// The method's DocC symbol path: `inviteUser(tenantId:body:)`.
    public var symbol: String
    public var arguments: [ArgumentContext]
    /// Whether the declaration takes one argument per line.
    public var wrapsArguments: Bool
    /// Whether the request's path is built over several lines.
    public var wrapsRequest: Bool
    public var pathParameters: [FieldContext]
    public var headers: [FieldContext]
    public var queryParameters: [FieldContext]
    public var body: BodyArgumentContext?
    /// Whether the operation sends `{}`: a body without properties needs no argument.
    public var sendsEmptyObject: Bool
    /// The success body's Swift type, or nil when it has none.
    public var returnType: String?
    public var successStatus: String
    public var responseDescription: String?
    /// The enum types the parameters declare.
    public var parameterEnums: [EnumContext]

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .operationId: .string(operationId)
        case .swiftName: .string(swiftName)
        case .summary: TemplateValue(summary)
        case .description: TemplateValue(description)
        case .method: .string(method)
        case .path: .string(path)
        case .pathParts: TemplateValue(pathParts)
        case .deprecated: .bool(deprecated)
        case .usesBearer: .bool(usesBearer)
        case .servers: .array(servers.map(TemplateValue.string))
        case .serverCases: .array(serverCases.map(TemplateValue.string))
        case .serverSymbols: .array(serverSymbols.map(TemplateValue.string))
        case .symbol: .string(symbol)
        case .arguments: TemplateValue(arguments)
        case .wrapsArguments: .bool(wrapsArguments)
        case .wrapsRequest: .bool(wrapsRequest)
        case .pathParameters: TemplateValue(pathParameters)
        case .headers: TemplateValue(headers)
        case .queryParameters: TemplateValue(queryParameters)
        case .body: body.map { .object($0) } ?? .null
        case .sendsEmptyObject: .bool(sendsEmptyObject)
        case .returnType: .string(returnType ?? "Void")
        case .returnsValue: .bool(returnType != nil)
        case .successStatus: .string(successStatus)
        case .responseDescription: TemplateValue(responseDescription)
        case .parameterEnums: TemplateValue(parameterEnums)
        }
    }
}

/// A literal piece of an operation's path, or a parameter in it (by its Swift name).
public struct PathPartContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case isParameter, text
    }

    public var isParameter: Bool
    public var text: String

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .isParameter: .bool(isParameter)
        case .text: .string(text)
        }
    }
}

/// An argument of a client method: a parameter, or the request body.
public enum ArgumentContext: TemplateObject {
    case parameter(FieldContext)
    case body(BodyArgumentContext)

    public var memberNames: [String] {
        switch self {
        case .parameter(let field): field.memberNames
        case .body(let body): body.memberNames
        }
    }

    public func member(_ name: String) -> TemplateValue? {
        switch self {
        case .parameter(let field): field.member(name)
        case .body(let body): body.member(name)
        }
    }

    /// The name as the method declares its parameter.
    var parameterName: String {
        switch self {
        case .parameter(let field): field.parameterName
        case .body: "body"
        }
    }

    /// The argument label.
    var label: String {
        switch self {
        case .parameter(let field): field.label
        case .body: "body"
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
        case .body(let body): body.isOptional ? "nil" : nil
        }
    }
}

/// An operation's request body as a method argument, `body`.
public struct BodyArgumentContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case checks, fieldLiteral, nested, valueExpression, valueIsOptional, iterableExpression, swiftName, label,
            parameterName, location, swiftType, baseType, isOptional, defaultLiteral, hasDefault, description,
            contentType
    }

    /// The body's type, optional when the body is.
    public var swiftType: String
    public var baseType: String
    public var isOptional: Bool
    /// Whether the body holds models with checks of their own.
    public var nested: ValidationContext.Nested?
    public var description: String
    public var contentType: String

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .checks: []
        case .fieldLiteral: "\"body\""
        case .nested: TemplateValue(nested?.rawValue)
        case .valueExpression: "body"
        case .valueIsOptional: .bool(isOptional)
        case .iterableExpression: .string(isOptional ? "(body ?? [])" : "body")
        case .swiftName, .label, .parameterName, .location: "body"
        case .swiftType: .string(swiftType)
        case .baseType: .string(baseType)
        case .isOptional: .bool(isOptional)
        case .defaultLiteral: isOptional ? "nil" : .null
        case .hasDefault: .bool(isOptional)
        case .description: .string(description)
        case .contentType: .string(contentType)
        }
    }
}
