/// Renders parsed templates into one output buffer.
///
/// All output goes into a single `String` that only grows by appending, so rendering is linear in
/// the output size. Only includes render into a separate buffer, because their output has to be
/// indented as a whole before it joins the rest.
struct Renderer {
    /// Variables visible at one level: the context, a template, an include or a loop iteration.
    struct Scope {
        var variables: [String: TemplateValue] = [:]
        var loop: LoopState?
    }

    /// The state of a `for` loop. `loop.index` and friends are computed from it only when read,
    /// so iterating does not build an object per element.
    struct LoopState {
        static let keys = ["first", "index", "index0", "last", "length"]

        let variable: String
        var item: TemplateValue
        var index0: Int
        let length: Int

        func value(of key: String) -> TemplateValue? {
            switch key {
            case "index": .int(index0 + 1)
            case "index0": .int(index0)
            case "first": .bool(index0 == 0)
            case "last": .bool(index0 == length - 1)
            case "length": .int(length)
            default: nil
            }
        }

        var object: TemplateValue {
            .object(Dictionary(uniqueKeysWithValues: Self.keys.compactMap { key in value(of: key).map { (key, $0) } }))
        }
    }

    /// What a name refers to: a plain value, or a loop's `loop` variable.
    enum Binding {
        case value(TemplateValue)
        case loop(LoopState)
    }

    let library: TemplateLibrary
    private(set) var output = ""
    /// The name of the template being rendered, for errors.
    private(set) var file: String
    /// Innermost last.
    private(set) var scopes: [Scope]
    private var includeDepth = 0

    init(library: TemplateLibrary, file: String, variables: [String: TemplateValue]) {
        self.library = library
        self.file = file
        // The context stays in its own scope, so `set` at the top of a template never copies it.
        self.scopes = [Scope(variables: variables), Scope()]
    }

    func error(at location: SourceLocation, _ message: String) -> TemplateError {
        TemplateError(file: file, at: location, message)
    }

    // MARK: - Nodes

    mutating func render(_ nodes: [TemplateNode]) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .output(let expression, let layout):
                let value = try evaluate(expression)
                write(try text(of: value, for: expression), layout: layout)
            case .conditional(let branches, let otherwise):
                try renderConditional(branches, otherwise: otherwise)
            case .loop(let loop):
                try renderLoop(loop)
            case .include(let include):
                try renderInclude(include)
            case .assignment(let name, let value):
                let value = try evaluate(value)
                scopes[scopes.count - 1].variables[name] = value
            }
        }
    }

    private mutating func renderConditional(
        _ branches: [ConditionalBranch], otherwise: [TemplateNode]?
    ) throws(TemplateError) {
        for branch in branches {
            if try evaluate(branch.condition).isTruthy {
                try render(branch.body)
                return
            }
        }
        if let otherwise {
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
            if let empty = loop.empty {
                try render(empty)
            }
            return
        }
        scopes.append(Scope(loop: LoopState(variable: loop.variable, item: .null, index0: 0, length: items.count)))
        let top = scopes.count - 1
        for (offset, item) in items.enumerated() {
            scopes[top].loop?.item = item
            scopes[top].loop?.index0 = offset
            // Each iteration starts fresh: a `set` in the body does not leak into the next element.
            if !scopes[top].variables.isEmpty {
                scopes[top].variables.removeAll(keepingCapacity: true)
            }
            try render(loop.body)
        }
        scopes.removeLast()
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
        var scope = Scope()
        if let binding = include.binding {
            scope.variables[binding.name] = try evaluate(binding.value)
        }
        let includingFile = file
        var partial = ""
        swap(&output, &partial)
        scopes.append(scope)
        includeDepth += 1
        file = template.name
        try render(template.nodes)
        file = includingFile
        includeDepth -= 1
        scopes.removeLast()
        swap(&output, &partial)
        write(partial, layout: include.layout)
    }

    // MARK: - Output

    /// The text for `{{ }}`: strings as is, integers in decimal, Booleans as `true` / `false`.
    private func text(of value: TemplateValue, for expression: Expression) throws(TemplateError) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: throw error(at: expression.location, "cannot output null value '\(expression)'")
        case .array: throw error(at: expression.location, "cannot output array value '\(expression)'")
        case .object: throw error(at: expression.location, "cannot output object value '\(expression)'")
        }
    }

    /// Appends the output of a `{{ }}` or include tag, applying the indentation rules.
    private mutating func write(_ text: String, layout: OutputLayout) {
        switch layout {
        case .inline:
            let indentation = text.utf8.contains(UInt8(ascii: "\n")) ? currentLineIndentation() : ""
            if indentation.isEmpty {
                output += text
            } else {
                append(text, indentation: indentation, indentsFirstLine: false)
            }
        case .standalone(let indentation, let endsLine):
            // Empty output takes its line with it, so optional parts leave no blank lines.
            guard !text.isEmpty else { return }
            append(text, indentation: indentation, indentsFirstLine: true)
            if endsLine && text.utf8.last != UInt8(ascii: "\n") {
                output += "\n"
            }
        }
    }

    /// The spaces and tabs written since the last newline, or `""` if anything else was written.
    ///
    /// It is returned as a `String`, not a `Substring`: a slice would keep the buffer shared, and the
    /// next append would copy the whole output.
    private func currentLineIndentation() -> String {
        let utf8 = output.utf8
        var start = utf8.endIndex
        while start > utf8.startIndex {
            let previous = utf8.index(before: start)
            switch utf8[previous] {
            case UInt8(ascii: "\n"): return String(output[start...])
            case UInt8(ascii: " "), UInt8(ascii: "\t"): start = previous
            default: return ""
            }
        }
        return String(output[start...])
    }

    /// Appends `text`, prefixing its non-empty lines with `indentation` (the first one only if asked).
    private mutating func append(_ text: String, indentation: String, indentsFirstLine: Bool) {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var isFirstLine = true
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if lineStart < lineEnd && (indentsFirstLine || !isFirstLine) {
                output += indentation
            }
            output += text[lineStart..<lineEnd]
            guard lineEnd < utf8.endIndex else { return }
            output += "\n"
            lineStart = utf8.index(after: lineEnd)
            isFirstLine = false
        }
    }
}
