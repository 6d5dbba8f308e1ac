import SpecModel

extension SpecComparison {
    /// Whose fields are compared, which decides what the fields are in Swift and so what their
    /// changes break.
    enum FieldOwner {
        /// The properties of the model of this name.
        case model(String)
        /// The arguments of the method of this operation id (path, query, header, cookie).
        case method(String)
        /// The headers of the result of this operation id.
        case result(String)

        /// Which way the fields travel, given each model's `flows`.
        func flow(in flows: [String: Flow]) -> Flow {
            switch self {
            case .model(let name): flows[name] ?? .unused
            case .method: .request
            case .result: .response
            }
        }

        /// Whether code must pass the added field: a required argument or property without a
        /// default, unless only the server sends it.
        func mustPass(_ field: FieldSpec) -> Bool {
            switch self {
            case .model: field.required && field.defaultValue == nil && !field.isReadOnly
            case .method: field.required && field.defaultValue == nil
            case .result: false
            }
        }
    }

    /// A field as one version's client declares it, by wire name; nil when that version's
    /// context could not be built.
    func swiftField(_ field: String, of owner: FieldOwner, _ symbols: SwiftSymbols) -> SwiftSymbols.Field? {
        switch owner {
        case .model(let model): symbols.property(field, of: model)
        case .method(let operationId): symbols.parameter(field, of: operationId)
        case .result(let operationId): symbols.resultHeader(field, of: operationId)
        }
    }

    /// A field's Swift name in one version, or the one the naming rules give when its context
    /// could not be built.
    func memberName(_ field: String, of owner: FieldOwner, _ symbols: SwiftSymbols) -> String {
        swiftField(field, of: owner, symbols)?.name ?? SwiftNaming.memberName(field)
    }

    /// The Swift symbol of a field, in one version's names: `RoleResponse.level`, or, for an
    /// argument, `` `tenantId` of `inviteUser(tenantId:body:)` ``.
    func symbol(of field: String, in owner: FieldOwner, _ symbols: SwiftSymbols) -> String {
        let name = memberName(field, of: owner, symbols)
        return switch owner {
        case .model(let model): "`\(symbols.type(model)).\(name)`"
        case .method(let operationId): "argument `\(name)` of `\(symbols.method(operationId))`"
        case .result(let operationId): "`\(symbols.resultType(operationId) ?? "result").\(name)`"
        }
    }

    /// The properties, arguments or headers of `owner` in both versions, matched by wire name.
    mutating func compareFields(_ oldFields: [FieldSpec], _ newFields: [FieldSpec], of owner: FieldOwner, path: String) {
        let flow = owner.flow(in: flows)
        let previous = Dictionary(oldFields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(newFields.map(\.name))
        for field in oldFields where !newNames.contains(field.name) {
            let symbol = symbol(of: field.name, in: owner, before)
            let consequence =
                switch owner {
                case .method: "calls that pass it stop compiling"
                case .model, .result: "code that reads it stops compiling"
                }
            // An old client still expects a field that was always there in responses.
            add(
                APIChange(
                    .breaking, source: true, wire: flow.inResponses && field.isAlwaysPresent, path: path + "." + field.name,
                    "\(symbol) is gone: \(consequence)", at: field.nameSource))
        }
        for field in newFields {
            let fieldPath = path + "." + field.name
            guard let earlier = previous[field.name] else {
                let mustPass = owner.mustPass(field)
                add(
                    APIChange(
                        mustPass ? .breaking : .info, source: mustPass, wire: mustPass && flow.inRequests, path: fieldPath,
                        additionMessage(field.name, of: owner, required: mustPass), at: field.nameSource))
                continue
            }
            compareField(earlier, field, of: owner, flow: flow, path: fieldPath)
        }
    }

    /// What an added field is in the new client: `new property `User.email: String``.
    func additionMessage(_ field: String, of owner: FieldOwner, required: Bool) -> String {
        let declaration = memberName(field, of: owner, after) + (swiftField(field, of: owner, after).map { ": " + $0.type } ?? "")
        switch owner {
        case .model(let model):
            let property = after.type(model) + "." + declaration
            return required ? "new required property `\(property)`: the initializer needs it" : "new property `\(property)`"
        case .method(let operationId):
            let method = after.method(operationId)
            return required
                ? "`\(method)` has a new argument `\(declaration)`: every call must pass it"
                : "`\(method)` has a new optional argument `\(declaration)`"
        case .result(let operationId):
            return "new header `\(after.resultType(operationId) ?? "result").\(declaration)`"
        }
    }

    /// One field in both versions: its type, whether it is required, its enum and its default.
    mutating func compareField(_ earlier: FieldSpec, _ field: FieldSpec, of owner: FieldOwner, flow: Flow, path: String) {
        let oldField = swiftField(earlier.name, of: owner, before)
        let newField = swiftField(field.name, of: owner, after)
        if let oldName = oldField?.name, let newName = newField?.name, oldName != newName {
            // A `name:` in the spec, or a naming rule, renamed it: code using the old name stops compiling.
            add(
                APIChange(
                    .breaking, source: true, path: path,
                    "\(symbol(of: earlier.name, in: owner, before)) is now named `\(newName)`", at: field.swiftNameSource ?? field.nameSource))
        }
        let symbol = symbol(of: field.name, in: owner, after)
        let oldType = oldField?.type
        let newType = newField?.type
        if earlier.type != field.type {
            let types =
                if let oldType, let newType, oldType != newType { "`\(oldType)` to `\(newType)`" } else {
                    "'\(earlier.type)' to '\(field.type)'"
                }
            add(
                APIChange(
                    .breaking, source: true, wire: true, path: path, "\(symbol) changed type from \(types)",
                    at: field.typeSource))
        }
        if earlier.required != field.required || earlier.nullable != field.nullable
            || earlier.isAlwaysPresent != field.isAlwaysPresent
        {
            compareOptionality(earlier, field, of: owner, flow: flow, path: path, types: (oldType, newType))
        }
        if earlier.defaultValue?.value != field.defaultValue?.value {
            add(
                APIChange(
                    .warning, path: path,
                    "the default of \(symbol) changed from \(earlier.defaultValue?.value.description ?? "none") to \(field.defaultValue?.value.description ?? "none")",
                    at: field.defaultValue?.source ?? field.nameSource))
        }
        if let oldValues = earlier.enumValues, let newValues = field.enumValues {
            compareEnumValues(oldValues, newValues, of: symbol, flow: flow, path: path, at: field.nameSource)
        }
        compareConstraints(earlier.constraints, field.constraints, of: symbol, flow: flow, path: path, at: field.nameSource)
    }

    /// A field made required or optional, nullable or not.
    ///
    /// - A property's Swift type follows both, so code on either side of the change must adapt.
    /// - An argument made optional still takes the values it took (Swift promotes them), and one
    ///   made required is a new argument every call must pass.
    /// - On the wire, a field the server may now leave out (or send as null) fails old clients
    ///   that expect it in responses; one the server now insists on is refused from old clients
    ///   that leave it out of requests.
    mutating func compareOptionality(
        _ earlier: FieldSpec, _ field: FieldSpec, of owner: FieldOwner, flow: Flow, path: String,
        types: (old: String?, new: String?)
    ) {
        let relaxed = (earlier.required && !field.required) || (!earlier.nullable && field.nullable)
        let tightened = (!earlier.required && field.required) || (earlier.nullable && !field.nullable)
        let wire = (relaxed && flow.inResponses) || (tightened && flow.inRequests)
        let isArgument = if case .method = owner { true } else { false }
        let source = !isArgument || tightened
        let state = (field.required ? "required" : "optional") + (field.nullable ? " and nullable" : "")
        let typeChange = types.old.flatMap { old in types.new.map { ": `\($0)`, not `\(old)`" } } ?? ""
        add(
            APIChange(
                source || wire ? .breaking : .info, source: source, wire: wire, path: path,
                "\(symbol(of: field.name, in: owner, after)) is now \(state)\(typeChange)", at: field.nameSource))
    }
}
