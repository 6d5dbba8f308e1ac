import TemplateEngine

/// The API-token flow's operations and fields, by their Swift names.
public final class TokenFlowContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case caseName, label, credentials, credentialsType, authenticate, authenticateOperationId,
            authenticateSymbol, authenticateArguments, responseType, accessToken, expiresIn, expiresInIsInteger, refresh
    }

    public static let members = MemberTable<Member>()

    public let caseName: String
    public let label: String
    /// What the user passes: the authentication body's required properties, then the other
    /// arguments of the flow's operations.
    public let credentials: TemplateList<CredentialContext>
    public let credentialsType: String
    /// The authenticating method's name.
    public let authenticate: String
    public let authenticateOperationId: String
    public let authenticateSymbol: String
    /// The authenticating call's arguments, in the method's order: `body: credentials`.
    public let authenticateArguments: [String]
    public let responseType: String
    public let accessToken: String
    public let expiresIn: String
    public let expiresInIsInteger: Bool
    public let refresh: RefreshContext?

    public init(
        caseName: String,
        label: String,
        credentials: [CredentialContext],
        credentialsType: String,
        authenticate: String,
        authenticateOperationId: String,
        authenticateSymbol: String,
        authenticateArguments: [String],
        responseType: String,
        accessToken: String,
        expiresIn: String,
        expiresInIsInteger: Bool,
        refresh: RefreshContext?
    ) {
        self.caseName = caseName
        self.label = label
        self.credentials = TemplateList(credentials)
        self.credentialsType = credentialsType
        self.authenticate = authenticate
        self.authenticateOperationId = authenticateOperationId
        self.authenticateSymbol = authenticateSymbol
        self.authenticateArguments = authenticateArguments
        self.responseType = responseType
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.expiresInIsInteger = expiresInIsInteger
        self.refresh = refresh
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .caseName: .string(caseName)
        case .label: .string(label)
        case .credentials: credentials.templateValue
        case .credentialsType: .string(credentialsType)
        case .authenticate: .string(authenticate)
        case .authenticateOperationId: .string(authenticateOperationId)
        case .authenticateSymbol: .string(authenticateSymbol)
        case .authenticateArguments: .array(authenticateArguments.map(TemplateValue.string))
        case .responseType: .string(responseType)
        case .accessToken: .string(accessToken)
        case .expiresIn: .string(expiresIn)
        case .expiresInIsInteger: .bool(expiresInIsInteger)
        case .refresh: refresh.map { .object($0) } ?? .null
        }
    }
}

/// A credential the token flow authenticates with.
///
/// The required properties of the authenticate operation's body, then the other arguments of
/// the flow's operations (a header the refresh route wants, say), which the store passes to
/// every call that takes them.
public final class CredentialContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case label, swiftName, swiftType, defaultLiteral, isParameter
    }

    public static let members = MemberTable<Member>()

    public let label: String
    public let swiftName: String
    public let swiftType: String
    /// The default of an optional argument: `nil`.
    public let defaultLiteral: String?
    /// Whether it is an argument of the flow's operations rather than a property of the body.
    public let isParameter: Bool

    public init(label: String, swiftName: String, swiftType: String, defaultLiteral: String? = nil, isParameter: Bool = false) {
        self.label = label
        self.swiftName = swiftName
        self.swiftType = swiftType
        self.defaultLiteral = defaultLiteral
        self.isParameter = isParameter
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .label: .string(label)
        case .swiftName: .string(swiftName)
        case .swiftType: .string(swiftType)
        case .defaultLiteral: TemplateValue(defaultLiteral)
        case .isParameter: .bool(isParameter)
        }
    }
}

/// How the token flow refreshes its token.
public final class RefreshContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case method, symbol, bodyField, refreshToken, arguments
    }

    public static let members = MemberTable<Member>()

    public let method: String
    public let symbol: String
    public let bodyField: String
    public let refreshToken: String
    /// The call's arguments, in the method's order: `body: .init(refreshToken: refreshToken)`, `vendorHost: vendorHost`.
    public let arguments: [String]

    public init(method: String, symbol: String, bodyField: String, refreshToken: String, arguments: [String]) {
        self.method = method
        self.symbol = symbol
        self.bodyField = bodyField
        self.refreshToken = refreshToken
        self.arguments = arguments
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .method: .string(method)
        case .symbol: .string(symbol)
        case .bodyField: .string(bodyField)
        case .refreshToken: .string(refreshToken)
        case .arguments: .array(arguments.map(TemplateValue.string))
        }
    }
}
