import TemplateEngine

/// One way the API authenticates requests: a property of the client's `Authentication`, which
/// holds the credentials for it, and a case of its `Scheme`.
public final class SecuritySchemeContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case name, swiftName, label, kind, location, keyName, keyNameLiteral, description, swiftType
    }

    public static let members = MemberTable<Member>()

    /// The scheme's name in the spec.
    public let name: String
    /// The property and case name as code writes it.
    public let swiftName: String
    /// The property name unescaped, for documentation.
    public let label: String
    /// `bearer`, `basic` or `apiKey`.
    public let kind: String
    /// Where an API key goes: `header`, `query` or `cookie`; nil for other kinds.
    public let location: String?
    /// The header, query item or cookie an API key goes in.
    public let keyName: String?
    public let description: String?

    public init(
        name: String, swiftName: String, label: String, kind: String, location: String?, keyName: String?,
        description: String?
    ) {
        self.name = name
        self.swiftName = swiftName
        self.label = label
        self.kind = kind
        self.location = location
        self.keyName = keyName
        self.description = description
    }

    /// The type of the credentials the scheme takes.
    public var swiftType: String {
        switch kind {
        case "bearer": "BearerToken"
        case "basic": "BasicCredentials"
        default: "String"
        }
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .swiftName: .string(swiftName)
        case .label: .string(label)
        case .kind: .string(kind)
        case .location: TemplateValue(location)
        case .keyName: TemplateValue(keyName)
        case .keyNameLiteral: TemplateValue(keyName.map(SwiftLiteral.string))
        case .description: TemplateValue(description)
        case .swiftType: .string(swiftType)
        }
    }
}
