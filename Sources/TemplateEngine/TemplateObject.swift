/// Something templates read members of by name: `model.swiftName`, `loop.last`.
///
/// A program gives templates its own typed values by conforming them, usually through
/// ``TemplateContext``, which lists the members as an enum so that the compiler checks every
/// member has a value. ``TemplateDictionary`` holds ad-hoc members, as a dictionary literal makes.
///
/// Objects are immutable classes: templates read the same objects many times, and a value in a
/// context is then one reference.
public protocol TemplateObject: AnyObject, Sendable {
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
/// final class Point: TemplateContext {
///     enum Member: String, CaseIterable { case x, y }
///     let x = 1, y = 2
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

/// An object with members given as a dictionary.
public final class TemplateDictionary: TemplateObject {
    public let values: [String: TemplateValue]

    public init(_ values: [String: TemplateValue]) {
        self.values = values
    }

    public var memberNames: [String] { values.keys.sorted() }

    public var isEmpty: Bool { values.isEmpty }

    public func member(_ name: String) -> TemplateValue? { values[name] }
}
