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
///     static let members = MemberTable<Member>()
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
    associatedtype Member: RawRepresentable<String>, CaseIterable, Sendable

    /// The members by name, made once for the type (`static let members = MemberTable<Member>()`).
    static var members: MemberTable<Member> { get }

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
        guard let member = Self.members[name] else { return nil }
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

/// The members of a ``TemplateContext`` type by name, for the lookup every `object.member` in a
/// template makes.
///
/// The names are kept by their length: a name is compared only with the few of the same length,
/// which finds it faster than hashing it would.
public struct MemberTable<Member: RawRepresentable<String> & CaseIterable & Sendable>: Sendable {
    /// `byLength[n]` holds the members whose names are `n` bytes long.
    @usableFromInline let byLength: [[(name: String, member: Member)]]

    public init() {
        var byLength: [[(name: String, member: Member)]] = []
        for member in Member.allCases {
            let length = member.rawValue.utf8.count
            while byLength.count <= length { byLength.append([]) }
            byLength[length].append((member.rawValue, member))
        }
        self.byLength = byLength
    }

    /// The member called `name`, or nil.
    ///
    /// Inlinable, as ``TemplateContext/member(_:)`` is, so that it is compiled for each `Member`.
    @inlinable
    public subscript(name: String) -> Member? {
        let length = name.utf8.count
        guard length < byLength.count else { return nil }
        for candidate in byLength[length] where candidate.name == name {
            return candidate.member
        }
        return nil
    }
}
