import TemplateEngine

/// A case of the client's `Server` enum.
public struct ServerContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case name, caseName, symbol, url, description, isDefault, variables, hasVariables, urlParts
    }

    public var name: String
    /// The case's name as code writes it (escaped when it is a keyword).
    public var caseName: String
    /// The case's DocC symbol path: `eu`, or `custom(domain:)` for a server with variables.
    public var symbol: String
    public var url: String
    public var description: String?
    public var isDefault: Bool
    /// The URL's variables, which become the case's associated values.
    public var variables: [ServerVariableContext]
    /// The URL as literal text and variables.
    public var urlParts: [URLPartContext]

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .caseName: .string(caseName)
        case .symbol: .string(symbol)
        case .url: .string(url)
        case .description: TemplateValue(description)
        case .isDefault: .bool(isDefault)
        case .variables: TemplateValue(variables)
        case .hasVariables: .bool(!variables.isEmpty)
        case .urlParts: TemplateValue(urlParts)
        }
    }
}

/// A variable of a server URL.
public struct ServerVariableContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case name, swiftName, label, description, defaultLiteral
    }

    public var name: String
    public var swiftName: String
    public var label: String
    public var description: String?
    /// The default as a Swift string literal.
    public var defaultLiteral: String?

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
public struct URLPartContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case isVariable, text
    }

    public var isVariable: Bool
    public var text: String

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .isVariable: .bool(isVariable)
        case .text: .string(text)
        }
    }
}
