import TemplateEngine

/// The API-token flow's operations and fields, by their Swift names.
public struct TokenFlowContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case caseName, label, credentials, credentialsType, authenticate, authenticateOperationId,
            authenticateSymbol, responseType, accessToken, expiresIn, expiresInIsInteger, refresh
    }

    public var caseName: String
    public var label: String
    /// The authentication body's required properties: what the user passes.
    public var credentials: [CredentialContext]
    public var credentialsType: String
    /// The authenticating method's name.
    public var authenticate: String
    public var authenticateOperationId: String
    public var authenticateSymbol: String
    public var responseType: String
    public var accessToken: String
    public var expiresIn: String
    public var expiresInIsInteger: Bool
    public var refresh: RefreshContext?

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .caseName: .string(caseName)
        case .label: .string(label)
        case .credentials: TemplateValue(credentials)
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
public struct CredentialContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case label, swiftName, swiftType
    }

    public var label: String
    public var swiftName: String
    public var swiftType: String

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .label: .string(label)
        case .swiftName: .string(swiftName)
        case .swiftType: .string(swiftType)
        }
    }
}

/// How the token flow refreshes its token.
public struct RefreshContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case method, symbol, bodyField, refreshToken
    }

    public var method: String
    public var symbol: String
    public var bodyField: String
    public var refreshToken: String

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .method: .string(method)
        case .symbol: .string(symbol)
        case .bodyField: .string(bodyField)
        case .refreshToken: .string(refreshToken)
        }
    }
}
