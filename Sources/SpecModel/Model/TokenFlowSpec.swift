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
    public var source: SourceRef
    public var name: Located<String>
    public var authenticate: Located<String>
    public var refresh: Located<String>?
    public var accessToken: Located<String>
    public var refreshToken: Located<String>?
    public var expiresIn: Located<String>
    public var refreshTokenField: Located<String>?

    public init(
        source: SourceRef, name: Located<String>, authenticate: Located<String>, accessToken: Located<String>,
        expiresIn: Located<String>
    ) {
        self.source = source
        self.name = name
        self.authenticate = authenticate
        self.accessToken = accessToken
        self.expiresIn = expiresIn
    }
}
