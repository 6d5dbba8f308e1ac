import SpecModel

extension SpecComparison {
    mutating func compareModels() {
        let previous = Dictionary(old.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.models.map(\.name))
        for model in old.models where !newNames.contains(model.name) && model.origin == .declared {
            add(
                APIChange(
                    .breaking, source: true, path: "models.\(model.name)", "the type `\(before.type(model.name))` is gone",
                    at: model.source))
        }
        for model in new.models {
            let path = Self.modelPath(model)
            guard let earlier = previous[model.name] else {
                if model.origin == .declared {
                    add(APIChange(.info, path: path, "new type `\(after.type(model.name))`", at: model.source))
                }
                continue
            }
            if before.isComplete, after.isComplete, before.type(model.name) != after.type(model.name) {
                add(
                    APIChange(
                        .breaking, source: true, path: path,
                        "the type `\(before.type(model.name))` is now named `\(after.type(model.name))`",
                        at: model.swiftName?.source ?? model.source))
            }
            compareDocumentation(
                [("description", earlier.description, model.description)], of: "`\(after.type(model.name))`", path: path,
                at: model.source)
            let flow = flows[model.name] ?? .unused
            switch (earlier.shape, model.shape) {
            case (.object(let oldProperties), .object(let newProperties)):
                compareFields(oldProperties, newProperties, of: .model(model.name), path: path)
            case (.enumeration(_, let oldValues), .enumeration(_, let newValues)):
                compareEnumValues(
                    oldValues, newValues, of: "`\(after.type(model.name))`", flow: flow, path: path, at: model.source)
            case (.union(let oldUnion), .union(let newUnion)):
                compareUnions(oldUnion, newUnion, of: model.name, flow: flow, path: path)
            default:
                add(
                    APIChange(
                        .breaking, source: true, wire: true, path: path,
                        "`\(after.type(model.name))` changed kind (object, enum or union)", at: model.source))
            }
        }
    }

    /// Where a model is in the specs: `models.User`, or, for an inline body or response, under
    /// its endpoint, `endpoints.inviteUser.body`.
    static func modelPath(_ model: ModelSpec) -> String {
        switch model.origin {
        case .declared: "models.\(model.name)"
        case .requestBody(let operationId): "endpoints.\(operationId).body"
        case .responseBody(let operationId, let status): "endpoints.\(operationId).responses.\(status)"
        }
    }

    /// A field's constraints, on `symbol`: a narrower one may refuse values that passed before.
    mutating func compareConstraints(
        _ earlier: Constraints, _ later: Constraints, of symbol: String, flow: Flow, path: String, at source: SourceRef
    ) {
        // Each bound with whether a larger value allows more.
        let bounds: [(String, Double?, Double?, Bool)] = [
            ("minLength", earlier.minLength.map { Double($0.value) }, later.minLength.map { Double($0.value) }, false),
            ("maxLength", earlier.maxLength.map { Double($0.value) }, later.maxLength.map { Double($0.value) }, true),
            ("minimum", earlier.minimum?.value, later.minimum?.value, false),
            ("maximum", earlier.maximum?.value, later.maximum?.value, true),
            ("minItems", earlier.minItems.map { Double($0.value) }, later.minItems.map { Double($0.value) }, false),
            ("maxItems", earlier.maxItems.map { Double($0.value) }, later.maxItems.map { Double($0.value) }, true),
        ]
        for (rule, oldBound, newBound, largerAllowsMore) in bounds where oldBound != newBound {
            let narrower: Bool =
                switch (oldBound, newBound) {
                case (nil, _?): true
                case (_?, nil): false
                case (let oldBound?, let newBound?): largerAllowsMore ? newBound < oldBound : newBound > oldBound
                default: false
                }
            let text =
                "\(rule) of \(symbol) changed from \(oldBound.map(SwiftLiteral.double) ?? "none") to \(newBound.map(SwiftLiteral.double) ?? "none")"
            add(
                narrower
                    ? APIChange(
                        .warning, wire: flow.inRequests, path: path, text + ": values that passed may now be refused",
                        at: source)
                    : APIChange(.info, path: path, text, at: source))
        }
        if earlier.pattern?.value != later.pattern?.value {
            add(
                APIChange(
                    later.pattern == nil ? .info : .warning, wire: later.pattern != nil && flow.inRequests, path: path,
                    "the pattern of \(symbol) changed from '\(earlier.pattern?.value ?? "none")' to '\(later.pattern?.value ?? "none")'",
                    at: later.pattern?.source ?? source))
        }
    }

    /// The values of an open enum, `symbol`: a removed one is a case gone, which the server refuses
    /// when an old client sends it; an added one is a case exhaustive switches must now handle,
    /// while old clients read it as the enum's unknown case.
    mutating func compareEnumValues(
        _ oldValues: [Located<LiteralValue>], _ newValues: [Located<LiteralValue>], of symbol: String, flow: Flow,
        path: String, at source: SourceRef
    ) {
        let previous = Set(oldValues.map(\.value))
        let current = Set(newValues.map(\.value))
        for value in oldValues where !current.contains(value.value) {
            add(
                APIChange(
                    .breaking, source: true, wire: flow.inRequests, path: path,
                    "\(symbol) lost the value '\(value.value)': its case is gone", at: value.source))
        }
        for value in newValues where !previous.contains(value.value) {
            add(
                APIChange(
                    .warning, source: true, path: path,
                    "\(symbol) gained the value '\(value.value)': exhaustive switches must handle its case", at: value.source))
        }
    }

    /// A union's members, by type: a removed one is a case gone, which the server refuses when an
    /// old client sends it; an added one is a case exhaustive switches must handle, while old
    /// clients keep a value of it as the union's unknown case. A new discriminator property
    /// changes which member a value decodes as.
    mutating func compareUnions(_ earlier: UnionSpec, _ later: UnionSpec, of model: String, flow: Flow, path: String) {
        let union = "`\(after.type(model))`"
        let previous = Set(earlier.members.map(\.value))
        let current = Set(later.members.map(\.value))
        for member in earlier.members where !current.contains(member.value) {
            add(
                APIChange(
                    .breaking, source: true, wire: flow.inRequests, path: path,
                    "\(union) lost the member '\(member.value)': its case is gone", at: member.source))
        }
        for member in later.members where !previous.contains(member.value) {
            add(
                APIChange(
                    .warning, source: true, path: path,
                    "\(union) gained the member '\(member.value)': exhaustive switches must handle its case",
                    at: member.source))
        }
        if earlier.discriminator?.property.value != later.discriminator?.property.value {
            add(
                APIChange(
                    .breaking, wire: true, path: path,
                    "the discriminator of \(union) changed from '\(earlier.discriminator?.property.value ?? "none")' to '\(later.discriminator?.property.value ?? "none")'",
                    at: later.discriminator?.property.source ?? later.source))
        } else if let oldMapping = earlier.discriminator?.mapping, let newMapping = later.discriminator?.mapping,
            !Set(oldMapping.map { [$0.value.value, $0.model.value] }).isSubset(
                of: Set(newMapping.map { [$0.value.value, $0.model.value] }))
        {
            // A value that selected one member now selects another, or none.
            add(
                APIChange(
                    .breaking, wire: true, path: path, "the discriminator mapping of \(union) changed: a value old clients read as one member means another",
                    at: later.discriminator?.property.source ?? later.source))
        }
        if earlier.kind != later.kind {
            add(
                APIChange(
                    .warning, wire: true, path: path, "\(union) changed from \(earlier.kind.rawValue) to \(later.kind.rawValue)",
                    at: later.source))
        }
    }
}
