import TemplateEngine

/// A `oneOf` or `anyOf` model: an enum with a case per member type, and one that keeps a value
/// no member decodes.
public final class UnionContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case swiftName, kind, cases, unknownCaseName, discriminatorLiteral, discriminator, scoresKeys, validates,
            isIndirect
    }

    public static let members = MemberTable<Member>()

    public let swiftName: String
    /// `oneOf` or `anyOf`, as the spec writes it.
    public let kind: String
    public let cases: TemplateList<UnionCaseContext>
    /// The case that keeps a value no member decodes, as raw JSON.
    public let unknownCaseName: String
    /// The discriminator property's name, as written in the spec; nil without a discriminator.
    public let discriminator: String?
    /// Whether decoding compares the value's keys with the members' (some member is an object model).
    public var scoresKeys: Bool { cases.elements.contains { !$0.keys.isEmpty } }
    /// Whether a member has constraints to check before sending.
    public var validates: Bool { cases.elements.contains(where: \.validates) }
    /// Whether the enum is `indirect`: it is part of a cycle of values held in place, which
    /// Swift can lay out only with the cases boxed.
    public let isIndirect: Bool

    public init(
        swiftName: String, kind: String, cases: [UnionCaseContext], unknownCaseName: String, discriminator: String?,
        isIndirect: Bool
    ) {
        self.swiftName = swiftName
        self.kind = kind
        self.cases = TemplateList(cases)
        self.unknownCaseName = unknownCaseName
        self.discriminator = discriminator
        self.isIndirect = isIndirect
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .swiftName: .string(swiftName)
        case .kind: .string(kind)
        case .cases: cases.templateValue
        case .unknownCaseName: .string(unknownCaseName)
        case .discriminator: TemplateValue(discriminator)
        case .discriminatorLiteral: TemplateValue(discriminator.map(SwiftLiteral.string))
        case .scoresKeys: .bool(scoresKeys)
        case .validates: .bool(validates)
        case .isIndirect: .bool(isIndirect)
        }
    }
}

/// One member of a union: its case and how decoding and encoding tell it apart.
public final class UnionCaseContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case caseName, label, swiftType, member, keys, keysLiteral, selectingLiterals, tagLiteral, validates
    }

    public static let members = MemberTable<Member>()

    /// The case name as code writes it.
    public let caseName: String
    /// The case name unescaped, for documentation.
    public let label: String
    /// The member's Swift type.
    public let swiftType: String
    /// The member as the spec writes it: `SmsFactor`, `array(string)`.
    public let member: String
    /// The JSON keys an object member declares, which decoding counts to pick the best match;
    /// none for a member that is not an object model.
    public let keys: [String]
    /// The values of the discriminator that select this member, as Swift string literals.
    public let selectingLiterals: [String]
    /// The discriminator value encoding writes for this member, as a Swift string literal; nil
    /// when there is no discriminator or the member declares the property itself.
    public let tagLiteral: String?
    /// Whether the member has constraints to check before sending.
    public let validates: Bool

    public init(
        caseName: String, label: String, swiftType: String, member: String, keys: [String],
        selectingLiterals: [String], tagLiteral: String?, validates: Bool
    ) {
        self.caseName = caseName
        self.label = label
        self.swiftType = swiftType
        self.member = member
        self.keys = keys
        self.selectingLiterals = selectingLiterals
        self.tagLiteral = tagLiteral
        self.validates = validates
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .caseName: .string(caseName)
        case .label: .string(label)
        case .swiftType: .string(swiftType)
        case .member: .string(self.member)
        case .keys: .array(keys.map(TemplateValue.string))
        case .keysLiteral: .string("[" + keys.map(SwiftLiteral.string).joined(separator: ", ") + "]")
        case .selectingLiterals: .array(selectingLiterals.map(TemplateValue.string))
        case .tagLiteral: TemplateValue(tagLiteral)
        case .validates: .bool(validates)
        }
    }
}
