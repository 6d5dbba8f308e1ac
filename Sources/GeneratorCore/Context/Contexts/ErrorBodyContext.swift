import TemplateEngine

/// A documented error body type: a case of the API error's `Body` enum.
public final class ErrorBodyContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case caseName, swiftType
    }

    public static let members = MemberTable<Member>()

    /// The case as code writes it: `notFoundError`, `text`.
    public let caseName: String
    public let swiftType: String

    public init(caseName: String, swiftType: String) {
        self.caseName = caseName
        self.swiftType = swiftType
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .caseName: .string(caseName)
        case .swiftType: .string(swiftType)
        }
    }
}

/// An operation's documented error response: which statuses it covers and how its body is read.
public final class ErrorCaseContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case statusPattern, caseName, swiftType, encoding
    }

    public static let members = MemberTable<Member>()

    /// The pattern the status code matches: `404`, `400...499`; nil for `default`.
    public let statusPattern: String?
    /// The `Body` case the body becomes.
    public let caseName: String
    public let swiftType: String
    /// `json`, `text` or `binary`.
    public let encoding: String

    public init(statusPattern: String?, caseName: String, swiftType: String, encoding: String) {
        self.statusPattern = statusPattern
        self.caseName = caseName
        self.swiftType = swiftType
        self.encoding = encoding
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .statusPattern: TemplateValue(statusPattern)
        case .caseName: .string(caseName)
        case .swiftType: .string(swiftType)
        case .encoding: .string(encoding)
        }
    }
}
