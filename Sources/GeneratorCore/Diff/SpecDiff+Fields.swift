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
            case .model(let name): flows[name] ?? Flow(inRequests: false, inResponses: false)
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

    /// The Swift symbol of a field, in one version's names: `RoleResponse.level`, or, for an
    /// argument, `` `tenantId` of `inviteUser(tenantId:body:)` ``.
    func symbol(of field: String, in owner: FieldOwner, _ symbols: SwiftSymbols) -> String {
        switch owner {
        case .model(let model):
            "`\(symbols.property(field, of: model))`"
        case .method(let operationId):
            "argument `\(symbols.parameter(field, of: operationId)?.name ?? SwiftNaming.memberName(field))` of `\(symbols.method(operationId))`"
        case .result(let operationId):
            "`\(symbols.resultType(operationId) ?? "result").\(symbols.resultHeader(field, of: operationId)?.name ?? SwiftNaming.memberName(field))`"
        }
    }

    /// The Swift name of a field, in one version's names, when the spec's context could be built.
    func swiftName(of field: String, in owner: FieldOwner, _ symbols: SwiftSymbols) -> String? {
        switch owner {
        case .model(let model): symbols.propertyName(field, of: model)
        case .method(let operationId): symbols.parameter(field, of: operationId)?.name
        case .result(let operationId): symbols.resultHeader(field, of: operationId)?.name
        }
    }

    /// The Swift type of a field, in one version's names.
    func swiftType(of field: String, in owner: FieldOwner, _ symbols: SwiftSymbols) -> String? {
        switch owner {
        case .model(let model): symbols.propertyType(field, of: model)
        case .method(let operationId): symbols.parameter(field, of: operationId)?.type
        case .result(let operationId): symbols.resultHeader(field, of: operationId)?.type
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
        let type = swiftType(of: field, in: owner, after).map { ": " + $0 } ?? ""
        switch owner {
        case .model(let model):
            let property = after.property(field, of: model) + type
            return required ? "new required property `\(property)`: the initializer needs it" : "new property `\(property)`"
        case .method(let operationId):
            let argument = (after.parameter(field, of: operationId)?.name ?? SwiftNaming.memberName(field)) + type
            let method = after.method(operationId)
            return required
                ? "`\(method)` has a new argument `\(argument)`: every call must pass it"
                : "`\(method)` has a new optional argument `\(argument)`"
        case .result(let operationId):
            let name = after.resultHeader(field, of: operationId)?.name ?? SwiftNaming.memberName(field)
            return "new header `\(after.resultType(operationId) ?? "result").\(name)\(type)`"
        }
    }

    /// One field in both versions: its type, whether it is required, its enum and its default.
    mutating func compareField(_ earlier: FieldSpec, _ field: FieldSpec, of owner: FieldOwner, flow: Flow, path: String) {
        if let oldName = swiftName(of: earlier.name, in: owner, before),
            let newName = swiftName(of: field.name, in: owner, after), oldName != newName
        {
            // A `name:` in the spec, or a naming rule, renamed it: code using the old name stops compiling.
            add(
                APIChange(
                    .breaking, source: true, path: path,
                    "\(symbol(of: earlier.name, in: owner, before)) is now named `\(newName)`", at: field.swiftNameSource ?? field.nameSource))
        }
        let symbol = symbol(of: field.name, in: owner, after)
        let oldType = swiftType(of: earlier.name, in: owner, before)
        let newType = swiftType(of: field.name, in: owner, after)
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
