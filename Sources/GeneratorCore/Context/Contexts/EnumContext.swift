import TemplateEngine

/// An open enum type: a model, or a property's or parameter's inline enum.
public struct EnumContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case swiftName, wrapsDeclaration, rawType, description, source, cases, unknownCaseName
    }

    public var swiftName: String
    /// Whether the declaration is too long for one line.
    public var wrapsDeclaration: Bool
    public var rawType: String
    public var description: String?
    /// Whose values these are, for the doc comment.
    public var source: EnumSourceContext
    public var cases: [EnumCaseContext]
    /// The case that keeps a value the server adds later.
    public var unknownCaseName: String

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .swiftName: .string(swiftName)
        case .wrapsDeclaration: .bool(wrapsDeclaration)
        case .rawType: .string(rawType)
        case .description: TemplateValue(description)
        case .source: .object(source)
        case .cases: TemplateValue(cases)
        case .unknownCaseName: .string(unknownCaseName)
        }
    }
}

/// Where an enum's values are declared: `kind` is `model`, `property` or `parameter` (with its
/// `location`), `name` the spec's name.
public struct EnumSourceContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case kind, name, location
    }

    public var kind: String
    public var name: String
    public var location: String?

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .kind: .string(kind)
        case .name: .string(name)
        case .location: TemplateValue(location)
        }
    }
}

/// One case of an enum.
public struct EnumCaseContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case swiftName, label, rawLiteral, rawValue
    }

    public var swiftName: String
    public var label: String
    /// The raw value as Swift source.
    public var rawLiteral: String
    /// The raw value as the spec writes it.
    public var rawValue: String

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .swiftName: .string(swiftName)
        case .label: .string(label)
        case .rawLiteral: .string(rawLiteral)
        case .rawValue: .string(rawValue)
        }
    }
}
