/// How a client trades long-lived credentials for short-lived bearer tokens, by calling two of
/// the API's own operations. Declared under `security: { scheme: bearer, tokenFlow: ... }`:
///
/// ```yaml
/// security:
///   scheme: bearer
///   tokenFlow:
///     name: apiToken                     # the credentials case: .apiToken(clientId:secret:)
///     authenticate: authenticateApiToken # its body's required fields are the credentials
///     refresh: refreshApiToken           # optional
///     accessToken: access_token          # fields of the operations' response
///     refreshToken: refresh_token        # optional
///     expiresIn: expires_in              # seconds
///     refreshTokenField: refreshToken    # the refresh operation's body field
/// ```
public struct TokenFlowSpec: Sendable, Hashable {
    public let source: SourceRef
    public let name: Located<String>
    public let authenticate: Located<String>
    public let refresh: Located<String>?
    public let accessToken: Located<String>
    public let refreshToken: Located<String>?
    public let expiresIn: Located<String>
    public let refreshTokenField: Located<String>?

    public init(
        source: SourceRef, name: Located<String>, authenticate: Located<String>, refresh: Located<String>? = nil,
        accessToken: Located<String>, refreshToken: Located<String>? = nil, expiresIn: Located<String>,
        refreshTokenField: Located<String>? = nil
    ) {
        self.source = source
        self.name = name
        self.authenticate = authenticate
        self.refresh = refresh
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.expiresIn = expiresIn
        self.refreshTokenField = refreshTokenField
    }
}
