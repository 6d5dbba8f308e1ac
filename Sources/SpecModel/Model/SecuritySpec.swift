/// One way the API authenticates requests, under `securitySchemes:`.
public struct SecuritySchemeSpec: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `Authorization: Bearer <token>`.
        case bearer
        /// `Authorization: Basic <base64 of user:password>`.
        case basic
        /// A key sent as it is, in a header (`Authorization` included), a query item or a cookie.
        case apiKey(location: KeyLocation, name: Located<String>)
    }

    public enum KeyLocation: String, Sendable, Hashable, CaseIterable {
        case header, query, cookie
    }

    /// The key under `securitySchemes`, which `security:` lists refer to.
    public let name: Located<String>
    public let kind: Kind
    /// `description:`: what the credential is and where to get it.
    public let description: String?

    public init(name: Located<String>, kind: Kind, description: String? = nil) {
        self.name = name
        self.kind = kind
        self.description = description
    }

    /// The scheme a spec without `securitySchemes` has: `security: bearer` names it.
    public static let implicitBearer = SecuritySchemeSpec(
        name: Located("bearer", at: SourceRef(file: "", location: .init(line: 1, column: 1))), kind: .bearer)
}

/// `security:`: which credentials an operation sends. The alternatives are tried in order: the
/// first whose schemes all have credentials is sent. An empty alternative (`none`) sends none.
public struct SecurityRequirement: Sendable, Hashable {
    /// Each alternative's schemes, by name, as written.
    public let alternatives: [[Located<String>]]
    /// Where the requirement is written.
    public let source: SourceRef?

    public init(alternatives: [[Located<String>]], source: SourceRef?) {
        self.alternatives = alternatives
        self.source = source
    }

    /// No credentials.
    public static let none = SecurityRequirement(alternatives: [[]], source: nil)

    /// Whether the operation sends no credentials at all.
    public var isNone: Bool { alternatives.allSatisfy(\.isEmpty) }

    /// Whether the requirement is the same list of schemes, wherever each is written.
    public func sameSchemes(as other: SecurityRequirement) -> Bool {
        alternatives.map { $0.map(\.value) } == other.alternatives.map { $0.map(\.value) }
    }
}
