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

    /// Whether the object has no members: such an object is falsy in conditions.
    var isEmpty: Bool { get }
}

extension TemplateObject {
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
    public var memberNames: [String] { Member.allCases.map { $0.rawValue } }

    public var isEmpty: Bool { Member.allCases.isEmpty }

    // Inlinable, so that each conforming type gets this compiled for its own `Member`: through
    // the generic code, every lookup asked the runtime for the type's metadata.
    @inlinable
    public func member(_ name: String) -> TemplateValue? {
        guard let member = Member(rawValue: name) else { return nil }
        return value(of: member)
    }

    /// The object as a template value.
    public var templateValue: TemplateValue { .object(self) }
}

extension Dictionary: TemplateObject where Key == String, Value == TemplateValue {
    public var memberNames: [String] { keys.sorted() }

    // `isEmpty` is the dictionary's own.

    public func member(_ name: String) -> TemplateValue? { self[name] }
}
