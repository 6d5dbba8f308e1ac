/// Renders parsed templates into one output buffer.
///
/// All output goes into a single UTF-8 buffer that only grows by appending, so rendering is linear
/// in the output size, and text is copied as bytes, with no `String` bookkeeping per piece. Only
/// includes render into a separate buffer, because their output has to be indented as a whole
/// before it joins the rest; those buffers are reused, so an include allocates nothing once warm.
struct Renderer {
    let library: TemplateLibrary
    /// The output so far, in UTF-8. Everything appended is whole scalars, so it stays valid.
    var output: OutputBuffer
    /// The name of the template being rendered, for errors.
    private(set) var file: String
    private(set) var bindings: RenderBindings
    private var includeDepth = 0
    /// Emptied include buffers, kept for their capacity.
    private var spareBuffers: [OutputBuffer] = []

    /// `variable` is bound above `variables`, in the template's own scope, so that it shadows a
    /// root variable of the same name.
    /// `capacity` is room for the output made at once, rather than grown to by doubling.
    init(
        library: TemplateLibrary, file: String, variables: TemplateObject,
        variable: (name: String, value: TemplateValue)? = nil, capacity: Int = 256
    ) {
        self.output = OutputBuffer(capacity: capacity)
        self.library = library
        self.file = file
        self.bindings = RenderBindings(context: variables)
        if let variable { bindings.assign(TemplateKey(variable.name), variable.value) }
    }

    /// The output as text.
    var text: String { output.text }

    func error(at location: SourceLocation, _ message: String) -> TemplateError {
        TemplateError(file: file, at: location, message)
    }

    // MARK: - Nodes

    mutating func render(_ nodes: [RenderNode]) throws(TemplateError) {
        // Each node's object is borrowed for its step, neither retained nor released: the
        // template that owns it outlives the render (see `RenderNode`). Each case spells the
        // borrow out: a shared helper taking the step as a closure measured a fifth slower.
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let text):
                // Through a buffer pointer: an array passed on is taken as its own, a retain
                // and a release for every piece of text.
                text._withUnsafeGuaranteedRef { text in text.bytes.withUnsafeBufferPointer { output.append($0) } }
            case .output(let tag):
                try tag._withUnsafeGuaranteedRef { tag in
                    Result { () throws(TemplateError) in try writeOutput(of: tag) }
                }.get()
            case .conditional(let conditional):
                try conditional._withUnsafeGuaranteedRef { conditional in
                    Result { () throws(TemplateError) in try renderConditional(conditional) }
                }.get()
            case .loop(let loop):
                try loop._withUnsafeGuaranteedRef { loop in
                    Result { () throws(TemplateError) in try renderLoop(loop) }
                }.get()
            case .include(let include):
                try include._withUnsafeGuaranteedRef { include in
                    Result { () throws(TemplateError) in try renderInclude(include) }
                }.get()
            case .assignment(let assignment):
                try assignment._withUnsafeGuaranteedRef { assignment in
                    Result { () throws(TemplateError) in bindings.assign(assignment.name, try evaluate(assignment.value)) }
                }.get()
            }
        }
    }

    private mutating func renderConditional(_ conditional: Conditional) throws(TemplateError) {
        let branches = conditional.branches
        for index in branches.indices {
            // A path is tested where its value is stored; any other condition, or a path that
            // cannot be read in place, is evaluated.
            let inPlace = conditional.pathConditions[index].flatMap { condition in
                condition._withUnsafeGuaranteedRef { condition in
                    address(ofPath: condition.root, condition.keys).map { $0.pointee.isTruthy != condition.negated }
                }
            }
            let holds: Bool
            if let inPlace { holds = inPlace } else { holds = try isTrue(branches[index].condition) }
            if holds {
                try render(conditional.renderBodies[index])
                return
            }
        }
        if let otherwise = conditional.renderOtherwise {
            try render(otherwise)
        }
    }

    private mutating func renderLoop(_ loop: Loop) throws(TemplateError) {
        let sequence = try evaluate(loop.sequence)
        guard case .array(let items) = sequence else {
            throw error(
                at: loop.sequence.location,
                "cannot loop over '\(loop.sequence)', which is \(sequence.kindDescription), not an array")
        }
        guard !items.isEmpty else {
            if let empty = loop.renderEmpty {
                try render(empty)
            }
            return
        }
        let outer = bindings.enterScope()
        // Closed however the body ends: its bindings point into `items`.
        defer { bindings.leaveScope(outer) }
        // Each element is bound where `items` holds it, which outlives the loop's scope.
        try items.withUnsafeBufferPointer { elements in
            Result { () throws(TemplateError) in
                guard let first = elements.baseAddress else { return }
                for index in elements.indices {
                    bindings.startIteration(variable: loop.variable, item: first + index, index0: index, length: elements.count)
                    try render(loop.renderBody)
                }
            }
        }.get()
    }

    private mutating func renderInclude(_ include: Include) throws(TemplateError) {
        guard includeDepth < TemplateLibrary.maximumIncludeDepth else {
            throw error(
                at: include.location,
                "includes are nested too deeply (more than \(TemplateLibrary.maximumIncludeDepth) levels) "
                    + "while including '\(include.name)'")
        }
        // By position, found when parsing: hashing the name of every include rendered cost
        // more than the rest of starting one.
        guard library.templatesByPosition.indices.contains(include.position),
            case let template = library.templatesByPosition[include.position], template.name == include.name
        else {
            // Parsing checks include targets, so this only guards against a library mix-up.
            throw error(at: include.location, "unknown template '\(include.name)'")
        }
        // The bound value is evaluated in the including scope, before the include's scope opens.
        let bound = try include.binding.map { binding throws(TemplateError) in
            (binding.name, try evaluate(binding.value))
        }
        let outer = bindings.enterScope()
        if let (name, value) = bound {
            bindings.assign(name, value)
        }
        let includingFile = file
        var partial = spareBuffers.popLast() ?? OutputBuffer()
        swap(&output, &partial)
        includeDepth += 1
        file = template.name
        try render(template.renderNodes)
        file = includingFile
        includeDepth -= 1
        bindings.leaveScope(outer)
        swap(&output, &partial)
        write(partial, layout: include.layout)
        partial.removeAll()
        spareBuffers.append(partial)
    }
}
