import TemplateEngine

/// The API-token flow's operations and fields, by their Swift names.
public final class TokenFlowContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case caseName, label, credentials, credentialsType, authenticate, authenticateOperationId,
            authenticateSymbol, responseType, accessToken, expiresIn, expiresInIsInteger, refresh
    }

    public static let members = MemberTable<Member>()

    public let caseName: String
    public let label: String
    /// The authentication body's required properties: what the user passes.
    public let credentials: TemplateList<CredentialContext>
    public let credentialsType: String
    /// The authenticating method's name.
    public let authenticate: String
    public let authenticateOperationId: String
    public let authenticateSymbol: String
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
        case .responseType: .string(responseType)
        case .accessToken: .string(accessToken)
        case .expiresIn: .string(expiresIn)
        case .expiresInIsInteger: .bool(expiresInIsInteger)
        case .refresh: refresh.map { .object($0) } ?? .null
        }
    }
}

/// A credential the token flow authenticates with.
public final class CredentialContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case label, swiftName, swiftType
    }

    public static let members = MemberTable<Member>()

    public let label: String
    public let swiftName: String
    public let swiftType: String

    public init(label: String, swiftName: String, swiftType: String) {
        self.label = label
        self.swiftName = swiftName
        self.swiftType = swiftType
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .label: .string(label)
        case .swiftName: .string(swiftName)
        case .swiftType: .string(swiftType)
        }
    }
}

/// How the token flow refreshes its token.
public final class RefreshContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case method, symbol, bodyField, refreshToken
    }

    public static let members = MemberTable<Member>()

    public let method: String
    public let symbol: String
    public let bodyField: String
    public let refreshToken: String

    public init(method: String, symbol: String, bodyField: String, refreshToken: String) {
        self.method = method
        self.symbol = symbol
        self.bodyField = bodyField
        self.refreshToken = refreshToken
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .method: .string(method)
        case .symbol: .string(symbol)
        case .bodyField: .string(bodyField)
        case .refreshToken: .string(refreshToken)
        }
    }
}
