/// The variables visible while rendering: the context, then a stack of bindings made by loops,
/// includes and `set`, innermost last.
///
/// A scope (the template, an include, a loop iteration) is the run of bindings from where it
/// started to the top of the stack. Looking a name up walks the stack down, then falls back to the
/// context. Scopes hold a handful of names, so comparing a few keys is cheaper than hashing the
/// name once per dictionary of a chain of scopes, and entering a scope or starting a loop iteration
/// copies no dictionary. Names are compared by their keys' numbers, found when the template was
/// parsed: most bindings a lookup passes have another name, and telling two strings apart costs
/// a call, two integers a comparison.
struct RenderBindings {
    /// The state of a `for` loop. `loop.index` and friends are computed from it only when read,
    /// so iterating does not build an object per element.
    struct LoopState {
        static let keys = ["first", "index", "index0", "last", "length"]
        /// `keys`, as templates look them up.
        private static let templateKeys = keys.map(TemplateKey.init)

        var index0: Int
        let length: Int

        func value(of key: TemplateKey) -> TemplateValue? {
            // By key number: `loop.last` is read once per element of nearly every loop.
            switch Self.templateKeys.firstIndex(of: key) {
            case 0: return .bool(index0 == 0)  // first
            case 1: return .int(index0 + 1)  // index
            case 2: return .int(index0)  // index0
            case 3: return .bool(index0 == length - 1)  // last
            case 4: return .int(length)  // length
            default: return nil
            }
        }

        var object: TemplateValue {
            .object(
                TemplateObject(
                    Dictionary(
                        uniqueKeysWithValues: Self.templateKeys.compactMap { key in value(of: key).map { (key.name, $0) } })))
        }
    }

    /// What a name refers to: a plain value, or a loop's `loop` variable.
    enum Value {
        case value(TemplateValue)
        case loop(LoopState)
    }

    /// What a binding holds: a value, a loop's state, or the element a loop is at, by its
    /// address in the array the loop runs over. The loop keeps that array alive and unchanged
    /// for as long as the binding lasts, so the element is read in place instead of copied into
    /// the binding and released at the next one, a retain and a release per element.
    private enum Slot {
        case value(TemplateValue)
        case loop(LoopState)
        case element(UnsafePointer<TemplateValue>)

        var value: Value {
            switch self {
            case .value(let value): .value(value)
            case .loop(let loop): .loop(loop)
            case .element(let element): .value(element.pointee)
            }
        }

        func memberAddress(_ key: TemplateKey) -> UnsafePointer<TemplateValue>? {
            switch self {
            case .value(let value): value.memberAddress(key)
            case .loop: nil
            case .element(let element): element.pointee.memberAddress(key)
            }
        }
    }

    private struct Binding {
        var key: TemplateKey
        var slot: Slot
    }

    /// The root variables, outside every scope: `set` never changes them, it shadows them. A
    /// context built with a ``TemplateShape`` finds them by key number, with nothing to set up
    /// per render, which matters when one context renders thousands of files.
    private let context: TemplateObject
    private var stack: [Binding] = []
    /// Where the innermost scope starts in `stack`.
    private var scopeStart = 0

    init(context: TemplateObject) {
        self.context = context
        // Room for the nesting of a typical file (a loop in an include in a loop, a few `set`s):
        // grown from empty, the stack was reallocated about five times in every file.
        stack.reserveCapacity(16)
    }

    /// What `key` refers to in the innermost scope that has it, or `nil` if none does.
    func lookup(_ key: TemplateKey) -> Value? {
        var index = stack.count - 1
        while index >= 0 {
            if stack[index].key == key { return stack[index].slot.value }
            index -= 1
        }
        return context[key].map(Value.value)
    }

    /// Where the member `key` of the variable `root` is stored, found as ``lookup(_:)`` finds
    /// `root` but without copying its value: a copy of an object is a retain and a release, and
    /// templates read `property.swiftName` and the like hundreds of thousands of times. `nil`
    /// when `root` is unbound, is `loop`, or has no such member at a lasting address; ``lookup(_:)``
    /// then gives the answer, or the error. Valid until the next binding changes.
    func memberAddress(of root: TemplateKey, _ key: TemplateKey) -> UnsafePointer<TemplateValue>? {
        var index = stack.count - 1
        while index >= 0 {
            if stack[index].key == root { return stack[index].slot.memberAddress(key) }
            index -= 1
        }
        return context.address(of: root)?.pointee.memberAddress(key)
    }

    /// Binds `key` in the innermost scope, replacing its binding there if it has one.
    mutating func assign(_ key: TemplateKey, _ value: TemplateValue) {
        var index = stack.count - 1
        while index >= scopeStart {
            if stack[index].key == key {
                stack[index].slot = .value(value)
                return
            }
            index -= 1
        }
        stack.append(Binding(key: key, slot: .value(value)))
    }

    /// Every name a template could mean at this point, for suggestions.
    var visibleNames: Set<String> {
        var names = Set(context.keys)
        for binding in stack { names.insert(binding.key.name) }
        return names
    }

    private static let loopKey = TemplateKey("loop")

    // MARK: - Scopes

    /// Opens a scope for an included template; returns what ``leaveScope(_:)`` needs.
    mutating func enterScope() -> Int {
        let outer = scopeStart
        scopeStart = stack.count
        return outer
    }

    /// Closes the innermost scope, dropping its bindings.
    mutating func leaveScope(_ outer: Int) {
        dropScopeBindings()
        scopeStart = outer
    }

    /// Drops the bindings of the innermost scope. `removeLast`, not `removeSubrange`: the
    /// generic range replacement took longer than the rest of closing a scope, and loops
    /// close one per element.
    private mutating func dropScopeBindings() {
        stack.removeLast(stack.count - scopeStart)
    }

    /// Starts iteration `index0` of a loop of `length` elements with `variable` bound to the
    /// element at `item`, in a scope that ``enterScope()`` opened: whatever the previous iteration
    /// bound is dropped, so a `set` in the body does not leak into the next element. The element
    /// must stay where it is, unchanged, until the scope closes: it is read there, not copied.
    ///
    /// The loop variable comes after `loop`, so that it wins when a loop variable is itself
    /// named `loop`; `set` bindings come after both, so that they shadow both.
    mutating func startIteration(variable: TemplateKey, item: UnsafePointer<TemplateValue>, index0: Int, length: Int) {
        let loop = Binding(key: Self.loopKey, slot: .loop(LoopState(index0: index0, length: length)))
        let element = Binding(key: variable, slot: .element(item))
        if stack.count == scopeStart + 2 {
            stack[scopeStart] = loop
            stack[scopeStart + 1] = element
        } else {
            dropScopeBindings()
            stack.append(loop)
            stack.append(element)
        }
    }
}
