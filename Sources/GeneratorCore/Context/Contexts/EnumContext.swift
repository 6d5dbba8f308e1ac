import TemplateEngine

/// An open enum type: a model, or a property's or parameter's inline enum.
public final class EnumContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case swiftName, wrapsDeclaration, rawType, description, source, cases, unknownCaseName
    }

    public static let members = MemberTable<Member>()

    public let swiftName: String
    /// Whether the declaration is too long for one line.
    public let wrapsDeclaration: Bool
    public let rawType: String
    public let description: String?
    /// Whose values these are, for the doc comment.
    public let source: EnumSourceContext
    public let cases: TemplateList<EnumCaseContext>
    /// The case that keeps a value the server adds later.
    public let unknownCaseName: String

    public init(
        swiftName: String,
        wrapsDeclaration: Bool,
        rawType: String,
        description: String? = nil,
        source: EnumSourceContext,
        cases: [EnumCaseContext],
        unknownCaseName: String
    ) {
        self.swiftName = swiftName
        self.wrapsDeclaration = wrapsDeclaration
        self.rawType = rawType
        self.description = description
        self.source = source
        self.cases = TemplateList(cases)
        self.unknownCaseName = unknownCaseName
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .swiftName: .string(swiftName)
        case .wrapsDeclaration: .bool(wrapsDeclaration)
        case .rawType: .string(rawType)
        case .description: TemplateValue(description)
        case .source: .object(source)
        case .cases: cases.templateValue
        case .unknownCaseName: .string(unknownCaseName)
        }
    }
}

/// Where an enum's values are declared: `kind` is `model`, `property` or `parameter` (with its
/// `location`), `name` the spec's name.
public final class EnumSourceContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case kind, name, location
    }

    public static let members = MemberTable<Member>()

    public let kind: String
    public let name: String
    public let location: String?

    public init(kind: String, name: String, location: String?) {
        self.kind = kind
        self.name = name
        self.location = location
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .kind: .string(kind)
        case .name: .string(name)
        case .location: TemplateValue(location)
        }
    }
}

/// One case of an enum.
public final class EnumCaseContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case swiftName, label, rawLiteral, rawValue
    }

    public static let members = MemberTable<Member>()

    public let swiftName: String
    public let label: String
    /// The raw value as Swift source.
    public let rawLiteral: String
    /// The raw value as the spec writes it.
    public let rawValue: String

    public init(swiftName: String, label: String, rawLiteral: String, rawValue: String) {
        self.swiftName = swiftName
        self.label = label
        self.rawLiteral = rawLiteral
        self.rawValue = rawValue
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .swiftName: .string(swiftName)
        case .label: .string(label)
        case .rawLiteral: .string(rawLiteral)
        case .rawValue: .string(rawValue)
        }
    }
}
