/// The variables visible while rendering: the root object, then the bindings made by loops,
/// includes and `set`, innermost last.
///
/// A scope (the template, an include, a loop iteration) is the run of bindings from where it
/// started to the end of the list. Looking a name up searches the bindings from the innermost
/// out, then the root object.
struct RenderScope {
    private let root: any TemplateObject
    private var bindings: [Binding] = []
    /// Where the innermost scope starts in `bindings`.
    private var scopeStart = 0

    init(root: any TemplateObject) {
        self.root = root
    }

    private struct Binding {
        let name: String
        var value: TemplateValue
    }

    /// The value `name` refers to in the innermost scope that has it, or `nil` if none does.
    func lookup(_ name: String) -> TemplateValue? {
        for index in bindings.indices.reversed() where bindings[index].name == name {
            return bindings[index].value
        }
        return root.member(name)
    }

    /// Binds `name` in the innermost scope, replacing its binding there if it has one.
    mutating func assign(_ name: String, _ value: TemplateValue) {
        if let index = bindings[scopeStart...].lastIndex(where: { $0.name == name }) {
            bindings[index].value = value
        } else {
            bindings.append(Binding(name: name, value: value))
        }
    }

    /// Every name a template could mean at this point, for suggestions.
    var visibleNames: Set<String> {
        Set(root.memberNames).union(bindings.map(\.name))
    }

    /// Opens a scope; returns what ``leaveScope(_:)`` needs to close it.
    mutating func enterScope() -> Int {
        let outer = scopeStart
        scopeStart = bindings.count
        return outer
    }

    /// Closes the innermost scope, dropping its bindings.
    mutating func leaveScope(_ outer: Int) {
        dropInnermostBindings()
        scopeStart = outer
    }

    /// Drops the bindings of the innermost scope, one by one from the end: removing a range at
    /// once goes through the general range replacement, for a scope of two or three bindings.
    private mutating func dropInnermostBindings() {
        while bindings.count > scopeStart { bindings.removeLast() }
    }

    /// Starts a loop iteration in a scope that ``enterScope()`` opened: drops what the previous
    /// iteration bound, so a `set` in the body does not leak into the next element, then binds
    /// `loop` and the loop variable. The loop variable comes after `loop`, so that it wins when a
    /// loop variable is itself named `loop`.
    mutating func startIteration(variable: String, element: TemplateValue, loop: LoopState) {
        dropInnermostBindings()
        bindings.append(Binding(name: "loop", value: .object(loop)))
        bindings.append(Binding(name: variable, value: element))
    }
}

/// What `loop` holds in a `for` body: `loop.index` (from 1), `loop.index0` (from 0),
/// `loop.first`, `loop.last` and `loop.length`.
final class LoopState: TemplateContext {
    enum Member: String, CaseIterable {
        case first, index, index0, last, length
    }

    static let members = MemberTable<Member>()

    let index0: Int
    let length: Int

    init(index0: Int, length: Int) {
        self.index0 = index0
        self.length = length
    }

    func value(of member: Member) -> TemplateValue {
        switch member {
        case .first: .bool(index0 == 0)
        case .index: .int(index0 + 1)
        case .index0: .int(index0)
        case .last: .bool(index0 == length - 1)
        case .length: .int(length)
        }
    }
}
