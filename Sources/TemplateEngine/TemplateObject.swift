/// Something templates read members of by name: `model.swiftName`, `loop.last`.
///
/// A program gives templates its own typed values by conforming them, usually through
/// ``TemplateContext``, which lists the members as an enum so that the compiler checks every
/// member has a value. A dictionary `[String: TemplateValue]` is an object too, for ad-hoc data.
public protocol TemplateObject: Sendable {
    /// The names of the members, for "did you mean" suggestions, equality and JSON.
    var memberNames: [String] { get }

    /// The member called `name`, or `nil` when the object has no member of that name.
    func member(_ name: String) -> TemplateValue?
}

extension TemplateObject {
    /// Whether the object has no members: such an object is falsy in conditions.
    public var isEmpty: Bool { memberNames.isEmpty }

    /// The members by name.
    public var members: [String: TemplateValue] {
        var members: [String: TemplateValue] = [:]
        for name in memberNames {
            members[name] = member(name)
        }
        return members
    }
}

/// An object whose members are the cases of its `Member` enum: the compiler checks that
/// ``value(of:)`` gives every member a value, and the names come from the enum.
///
/// ```swift
/// struct Point: TemplateContext {
///     enum Member: String, CaseIterable { case x, y }
///     let x: Int, y: Int
///     func value(of member: Member) -> TemplateValue {
///         switch member {
///         case .x: .int(x)
///         case .y: .int(y)
///         }
///     }
/// }
/// ```
public protocol TemplateContext: TemplateObject {
    associatedtype Member: RawRepresentable<String>, CaseIterable

    /// The value templates read as `object.member`.
    func value(of member: Member) -> TemplateValue
}

extension TemplateContext {
    public var memberNames: [String] { Member.allCases.map(\.rawValue) }

    public func member(_ name: String) -> TemplateValue? {
        Member(rawValue: name).map(value(of:))
    }

    /// The object as a template value.
    public var templateValue: TemplateValue { .object(self) }
}

extension Dictionary: TemplateObject where Key == String, Value == TemplateValue {
    public var memberNames: [String] { keys.sorted() }

    public func member(_ name: String) -> TemplateValue? { self[name] }
}
