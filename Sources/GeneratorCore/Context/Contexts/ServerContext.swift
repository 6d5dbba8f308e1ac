import TemplateEngine

/// A case of the client's `Server` enum.
public final class ServerContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case name, caseName, symbol, url, description, isDefault, isRelative, variables, hasVariables,
            hasAssociatedValues, urlParts
    }

    public static let members = MemberTable<Member>()

    public let name: String
    /// The case's name as code writes it (escaped when it is a keyword).
    public let caseName: String
    /// The case's DocC symbol path: `eu`, or `custom(domain:)` for a server with variables.
    public let symbol: String
    public let url: String
    public let description: String?
    public let isDefault: Bool
    /// Whether the URL is a path, joined to the `origin` the case takes first.
    public let isRelative: Bool
    /// The URL's variables, which become the case's associated values.
    public let variables: TemplateList<ServerVariableContext>
    /// The URL as literal text and variables.
    public let urlParts: TemplateList<URLPartContext>

    public init(
        name: String,
        caseName: String,
        symbol: String,
        url: String,
        description: String? = nil,
        isDefault: Bool,
        isRelative: Bool = false,
        variables: [ServerVariableContext],
        urlParts: [URLPartContext]
    ) {
        self.name = name
        self.caseName = caseName
        self.symbol = symbol
        self.url = url
        self.description = description
        self.isDefault = isDefault
        self.isRelative = isRelative
        self.variables = TemplateList(variables)
        self.urlParts = TemplateList(urlParts)
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .caseName: .string(caseName)
        case .symbol: .string(symbol)
        case .url: .string(url)
        case .description: TemplateValue(description)
        case .isDefault: .bool(isDefault)
        case .variables: variables.templateValue
        case .hasVariables: .bool(!variables.isEmpty)
        case .isRelative: .bool(isRelative)
        case .hasAssociatedValues: .bool(isRelative || !variables.isEmpty)
        case .urlParts: urlParts.templateValue
        }
    }
}

/// A variable of a server URL.
public final class ServerVariableContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case name, swiftName, label, description, defaultLiteral
    }

    public static let members = MemberTable<Member>()

    public let name: String
    public let swiftName: String
    public let label: String
    public let description: String?
    /// The default as a Swift string literal.
    public let defaultLiteral: String?

    public init(name: String, swiftName: String, label: String, description: String?, defaultLiteral: String?) {
        self.name = name
        self.swiftName = swiftName
        self.label = label
        self.description = description
        self.defaultLiteral = defaultLiteral
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .swiftName: .string(swiftName)
        case .label: .string(label)
        case .description: TemplateValue(description)
        case .defaultLiteral: TemplateValue(defaultLiteral)
        }
    }
}

/// Literal text of a server URL, or a variable in it (by its Swift name).
public final class URLPartContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case isVariable, text
    }

    public static let members = MemberTable<Member>()

    public let isVariable: Bool
    public let text: String

    public init(isVariable: Bool, text: String) {
        self.isVariable = isVariable
        self.text = text
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .isVariable: .bool(isVariable)
        case .text: .string(text)
        }
    }
}
