/// Renders a template's nodes into text.
///
/// The output is gathered as UTF-8 bytes, which text of every kind appends by copying, and
/// becomes a `String` once, at the end. An include renders into output of its own, which joins
/// the including template's once it is complete, because the include's layout may indent it as
/// a whole.
struct Renderer {
    let library: TemplateLibrary
    /// The output so far, in UTF-8.
    var output: [UInt8] = []
    /// The name of the template being rendered, for errors.
    private(set) var file: String
    private(set) var scope: RenderScope
    private var includeDepth = 0

    /// `variable` is bound in the template's own scope, so that it shadows a root member of the
    /// same name.
    init(
        library: TemplateLibrary, file: String, root: any TemplateObject,
        variable: (name: String, value: TemplateValue)? = nil
    ) {
        self.library = library
        self.file = file
        scope = RenderScope(root: root)
        if let variable { scope.assign(variable.name, variable.value) }
    }

    func error(at location: SourceLocation, _ message: String) -> TemplateError {
        TemplateError(file: file, at: location, message)
    }

    mutating func render(_ nodes: [TemplateNode]) throws(TemplateError) {
        for index in nodes.indices {
            try render(nodes[index])
        }
    }

    // A node of its own, switched over as a borrowed parameter: switching over `nodes[index]`
    // in the loop copied the node's object, one retain and release per node rendered.
    private mutating func render(_ node: TemplateNode) throws(TemplateError) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .output(let tag):
            try write(evaluate(tag.expression), of: tag.expression, layout: tag.layout)
        case .conditional(let conditional):
            try renderConditional(conditional)
        case .loop(let loop):
            try renderLoop(loop)
        case .include(let include):
            try renderInclude(include)
        case .assignment(let assignment):
            scope.assign(assignment.name, try evaluate(assignment.value))
        }
    }

    private mutating func renderConditional(_ conditional: Conditional) throws(TemplateError) {
        let branches = conditional.branches
        for index in branches.indices {
            if try isTrue(branches[index].condition) {
                try render(branches[index].body)
                return
            }
        }
        if let otherwise = conditional.otherwise {
            try render(otherwise)
        }
    }

    private mutating func renderLoop(_ loop: Loop) throws(TemplateError) {
        let sequence = loop.sequence
        let value = try evaluate(sequence)
        guard case .array(let elements) = value else {
            throw error(
                at: sequence.location,
                "cannot loop over '\(sequence)', which is \(value.kindDescription), not an array")
        }
        guard !elements.isEmpty else {
            if let empty = loop.empty {
                try render(empty)
            }
            return
        }
        let outer = scope.enterScope()
        for (index, element) in elements.enumerated() {
            scope.startIteration(
                variable: loop.variable, element: element, loop: LoopState(index0: index, length: elements.count))
            try render(loop.body)
        }
        scope.leaveScope(outer)
    }

    private mutating func renderInclude(_ include: Include) throws(TemplateError) {
        guard includeDepth < TemplateLibrary.maximumIncludeDepth else {
            throw error(
                at: include.location,
                "includes are nested too deeply (more than \(TemplateLibrary.maximumIncludeDepth) levels) "
                    + "while including '\(include.name)'")
        }
        guard let template = library.templates[include.name] else {
            // Parsing checks include targets, so this only guards against a library mix-up.
            throw error(at: include.location, "unknown template '\(include.name)'")
        }
        // The bound value is evaluated in the including scope, before the include's scope opens.
        let bound = try include.binding.map { binding throws(TemplateError) in
            (name: binding.name, value: try evaluate(binding.value))
        }
        let outer = scope.enterScope()
        if let bound {
            scope.assign(bound.name, bound.value)
        }
        let includingFile = file
        // The including output is set aside (swapped, not copied, so appending to it later
        // does not copy it) while the include renders into an empty one.
        var included: [UInt8] = []
        swap(&output, &included)
        file = template.name
        includeDepth += 1
        try render(template.nodes)
        includeDepth -= 1
        file = includingFile
        scope.leaveScope(outer)
        swap(&output, &included)
        write(included[...], layout: include.layout)
    }
}
