extension SpecValidator {
    /// A `oneOf` or `anyOf` model: members that exist and differ, and a discriminator whose
    /// values select object models among them.
    mutating func checkUnion(_ union: UnionSpec, owner: @autoclosure () -> String) {
        if union.members.isEmpty {
            error("'\(union.kind.rawValue)' of \(owner()) lists no member types", at: union.source)
        }
        var seen: [TypeExpression: SourceRef] = [:]
        for member in union.members {
            checkType(member.value, at: member.source)
            if let first = seen[member.value] {
                error(
                    "'\(member.value)' is listed twice in '\(union.kind.rawValue)' of \(owner()) (first at \(first.location))",
                    at: member.source)
            } else {
                seen[member.value] = member.source
            }
        }
        guard let discriminator = union.discriminator else { return }
        let memberModels = union.members.compactMap { member -> String? in
            if case .model(let name) = member.value { return name }
            return nil
        }
        if memberModels.isEmpty {
            error(
                "the discriminator of \(owner()) selects among member models, but '\(union.kind.rawValue)' lists none",
                at: discriminator.property.source)
        }
        for entry in discriminator.mapping where !memberModels.contains(entry.model.value) {
            let hint = Suggestions.hint(for: entry.model.value, in: memberModels)
            error(
                "discriminator value '\(entry.value.value)' of \(owner()) selects '\(entry.model.value)', which is not one of its members\(hint)",
                at: entry.model.source)
        }
        var values: [String: SourceRef] = [:]
        for entry in discriminator.mapping {
            if let first = values[entry.value.value] {
                error(
                    "discriminator value '\(entry.value.value)' of \(owner()) is mapped twice (first at \(first.location))",
                    at: entry.value.source)
            } else {
                values[entry.value.value] = entry.value.source
            }
        }
        // The discriminator is read from an object: every member model must be one.
        for member in union.members {
            guard case .model(let name) = member.value, let index = modelIndexes[name] else { continue }
            if case .object = models[index].shape { continue }
            error(
                "member '\(name)' of \(owner()) is not an object model, so the discriminator '\(discriminator.property.value)' cannot select it",
                at: member.source)
        }
    }
}
