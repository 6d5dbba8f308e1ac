import TemplateEngine

/// What an operation returns when a plain body will not do: its documented response headers
/// beside the body (`kind` `struct`), or one case per success status whose bodies or headers
/// differ (`kind` `enum`).
public final class ResultContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case swiftName, kind, cases, operationSymbol
    }

    public static let members = MemberTable<Member>()

    /// The type's name: `<OperationId>Result`.
    public let swiftName: String
    /// `struct` or `enum`.
    public let kind: String
    /// The statuses: one for a struct.
    public let cases: TemplateList<ResultCaseContext>
    /// The operation's DocC symbol path, for the type's doc comment.
    public let operationSymbol: String

    public init(swiftName: String, kind: String, cases: [ResultCaseContext], operationSymbol: String) {
        self.swiftName = swiftName
        self.kind = kind
        self.cases = TemplateList(cases)
        self.operationSymbol = operationSymbol
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .swiftName: .string(swiftName)
        case .kind: .string(kind)
        case .cases: cases.templateValue
        case .operationSymbol: .string(operationSymbol)
        }
    }
}

/// One success status of a result: its body and documented headers.
public final class ResultCaseContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case status, statusPattern, caseName, description, bodyType, bodyEncoding, headers, hasValues
    }

    public static let members = MemberTable<Member>()

    public let status: String
    /// The pattern the status code matches: `201`, `200...299`; nil for `default`.
    public let statusPattern: String?
    /// The enum case: `ok`, `created`, `noContent`, or `status207`.
    public let caseName: String
    public let description: String?
    /// The body's Swift type; nil without a body.
    public let bodyType: String?
    /// How the body is read: `json`, `text` or `binary`.
    public let bodyEncoding: String?
    /// The documented headers, read typed.
    public let headers: TemplateList<FieldContext>

    public init(
        status: String, statusPattern: String?, caseName: String, description: String?, bodyType: String?, bodyEncoding: String?,
        headers: [FieldContext]
    ) {
        self.status = status
        self.statusPattern = statusPattern
        self.caseName = caseName
        self.description = description
        self.bodyType = bodyType
        self.bodyEncoding = bodyEncoding
        self.headers = TemplateList(headers)
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .status: .string(status)
        case .statusPattern: TemplateValue(statusPattern)
        case .caseName: .string(caseName)
        case .description: TemplateValue(description)
        case .bodyType: TemplateValue(bodyType)
        case .bodyEncoding: TemplateValue(bodyEncoding)
        case .headers: headers.templateValue
        case .hasValues: .bool(bodyType != nil || !headers.isEmpty)
        }
    }
}
