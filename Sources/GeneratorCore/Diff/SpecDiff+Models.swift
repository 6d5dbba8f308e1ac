import SpecModel

extension SpecDiff {
    static func compareModels(_ old: APISpec, _ new: APISpec, flows: [String: Flow], into changes: inout [APIChange]) {
        let oldModels = Dictionary(old.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.models.map(\.name))
        for model in old.models where !newNames.contains(model.name) && model.origin == .declared {
            changes.append(
                APIChange(
                    .breaking, source: true, path: "models.\(model.name)",
                    "removed model: the type '\(SwiftNaming.upperCamelCase(model.name))' is gone", at: model.source))
        }
        for model in new.models {
            let path = modelPath(model)
            let flow = flows[model.name] ?? Flow(inRequests: false, inResponses: false)
            guard let before = oldModels[model.name] else {
                if model.origin == .declared {
                    changes.append(APIChange(.info, path: path, "added model '\(model.name)'", at: model.source))
                }
                continue
            }
            switch (before.shape, model.shape) {
            case (.object(let oldProperties), .object(let newProperties)):
                compareFields(oldProperties, newProperties, as: .property, flow: flow, path: path, into: &changes)
            case (.enumeration(_, let oldValues), .enumeration(_, let newValues)):
                compareEnumValues(oldValues, newValues, flow: flow, path: path, at: model.source, into: &changes)
            case (.union(let oldUnion), .union(let newUnion)):
                compareUnions(oldUnion, newUnion, flow: flow, path: path, into: &changes)
            default:
                changes.append(
                    APIChange(
                        .breaking, source: true, wire: true, path: path, "changed kind (object, enum or union)",
                        at: model.source))
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

    /// A field's constraints: a narrower one may reject values that passed before.
    static func compareConstraints(
        _ before: Constraints, _ after: Constraints, name: String, flow: Flow, path: String, at source: SourceRef,
        into changes: inout [APIChange]
    ) {
        // Each bound with whether a larger value allows more.
        let bounds: [(String, Double?, Double?, Bool)] = [
            ("minLength", before.minLength.map { Double($0.value) }, after.minLength.map { Double($0.value) }, false),
            ("maxLength", before.maxLength.map { Double($0.value) }, after.maxLength.map { Double($0.value) }, true),
            ("minimum", before.minimum?.value, after.minimum?.value, false),
            ("maximum", before.maximum?.value, after.maximum?.value, true),
            ("minItems", before.minItems.map { Double($0.value) }, after.minItems.map { Double($0.value) }, false),
            ("maxItems", before.maxItems.map { Double($0.value) }, after.maxItems.map { Double($0.value) }, true),
        ]
        for (rule, old, new, largerAllowsMore) in bounds where old != new {
            let narrower: Bool =
                switch (old, new) {
                case (nil, _?): true
                case (_?, nil): false
                case (let old?, let new?): largerAllowsMore ? new < old : new > old
                default: false
                }
            let text = "\(rule) of '\(name)' changed from \(old.map(SwiftLiteral.double) ?? "none") to \(new.map(SwiftLiteral.double) ?? "none")"
            changes.append(
                narrower
                    ? APIChange(
                        .warning, wire: flow.inRequests, path: path, text + ": values that passed may now be refused",
                        at: source)
                    : APIChange(.info, path: path, text, at: source))
        }
        if before.pattern?.value != after.pattern?.value {
            changes.append(
                APIChange(
                    after.pattern == nil ? .info : .warning, wire: after.pattern != nil && flow.inRequests, path: path,
                    "pattern of '\(name)' changed from '\(before.pattern?.value ?? "none")' to '\(after.pattern?.value ?? "none")'",
                    at: after.pattern?.source ?? source))
        }
    }

    /// An open enum's values: a removed one is a case gone, which the server refuses when an old
    /// client sends it; an added one is a case exhaustive switches must now handle, while old
    /// clients read it as the enum's unknown case.
    static func compareEnumValues(
        _ old: [Located<LiteralValue>], _ new: [Located<LiteralValue>], flow: Flow, path: String, at source: SourceRef,
        into changes: inout [APIChange]
    ) {
        let oldValues = Set(old.map(\.value))
        let newValues = Set(new.map(\.value))
        for value in old where !newValues.contains(value.value) {
            changes.append(
                APIChange(
                    .breaking, source: true, wire: flow.inRequests, path: path, "removed enum value '\(value.value)'",
                    at: value.source))
        }
        for value in new where !oldValues.contains(value.value) {
            changes.append(
                APIChange(
                    .warning, source: true, path: path,
                    "added enum value '\(value.value)': exhaustive switches must handle its case", at: value.source))
        }
    }

    /// A union's members, by type: a removed one is a case gone, which the server refuses when an
    /// old client sends it; an added one is a case exhaustive switches must handle, while old
    /// clients keep a value of it as the union's unknown case. A new discriminator property
    /// changes which member a value decodes as.
    static func compareUnions(_ old: UnionSpec, _ new: UnionSpec, flow: Flow, path: String, into changes: inout [APIChange]) {
        let oldMembers = Set(old.members.map(\.value))
        let newMembers = Set(new.members.map(\.value))
        for member in old.members where !newMembers.contains(member.value) {
            changes.append(
                APIChange(
                    .breaking, source: true, wire: flow.inRequests, path: path,
                    "removed union member '\(member.value)': its case is gone", at: member.source))
        }
        for member in new.members where !oldMembers.contains(member.value) {
            changes.append(
                APIChange(
                    .warning, source: true, path: path,
                    "added union member '\(member.value)': exhaustive switches must handle its case", at: member.source))
        }
        if old.discriminator?.property.value != new.discriminator?.property.value {
            changes.append(
                APIChange(
                    .breaking, wire: true, path: path,
                    "discriminator changed from '\(old.discriminator?.property.value ?? "none")' to '\(new.discriminator?.property.value ?? "none")'",
                    at: new.discriminator?.property.source ?? new.source))
        }
        if old.kind != new.kind {
            changes.append(
                APIChange(
                    .warning, wire: true, path: path, "changed from \(old.kind.rawValue) to \(new.kind.rawValue)", at: new.source))
        }
    }
}
