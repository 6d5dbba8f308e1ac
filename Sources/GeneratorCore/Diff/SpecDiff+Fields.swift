import SpecModel

extension SpecDiff {
    /// What a compared field is in the generated Swift, which decides what its changes break.
    enum FieldRole: String {
        /// A method's parameter (path, query, header or cookie).
        case parameter
        /// A struct's stored property.
        case property

        /// What stops compiling when the field is removed.
        var removalConsequence: String {
            switch self {
            case .parameter: "calls that pass it stop compiling"
            case .property: "code that reads or sets it stops compiling"
            }
        }

        /// What an added field that must be passed asks of existing code.
        var requiredConsequence: String {
            switch self {
            case .parameter: "every call must pass it"
            case .property: "the initializer needs it"
            }
        }

        /// Whether code must pass the added field: required, without a default, and, for a
        /// property, not one only the server sends.
        func mustPass(_ field: FieldSpec) -> Bool {
            field.required && field.defaultValue == nil && !(self == .property && field.isReadOnly)
        }
    }

    /// A method's parameters or a struct's properties, matched by name: a removed one is gone
    /// from the Swift API, an added one that must be passed is a new argument.
    static func compareFields(
        _ old: [FieldSpec], _ new: [FieldSpec], as role: FieldRole, path: String, into changes: inout [APIChange]
    ) {
        let oldFields = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.map(\.name))
        for field in old where !newNames.contains(field.name) {
            changes.append(
                APIChange(
                    .breaking, source: true, path: path + "." + field.name,
                    "removed \(role.rawValue) '\(field.name)': \(role.removalConsequence)", at: field.nameSource))
        }
        for field in new {
            let fieldPath = path + "." + field.name
            guard let before = oldFields[field.name] else {
                changes.append(
                    role.mustPass(field)
                        ? APIChange(
                            .breaking, source: true, wire: true, path: fieldPath,
                            "added required \(role.rawValue) '\(field.name)': \(role.requiredConsequence)",
                            at: field.nameSource)
                        : APIChange(.info, path: fieldPath, "added optional \(role.rawValue) '\(field.name)'", at: field.nameSource))
                continue
            }
            compareField(before, field, as: role, path: fieldPath, into: &changes)
        }
    }

    /// One field in both versions: its type, whether it is required, its enum and its default.
    static func compareField(
        _ before: FieldSpec, _ after: FieldSpec, as role: FieldRole, path: String, into changes: inout [APIChange]
    ) {
        let what = role.rawValue
        if before.type != after.type {
            changes.append(
                APIChange(
                    .breaking, source: true, wire: true, path: path,
                    "\(what) '\(after.name)' changed type from '\(before.type)' to '\(after.type)'", at: after.typeSource))
        }
        if before.required != after.required || before.nullable != after.nullable {
            // Optionality is part of the Swift type: code on either side of the change must adapt.
            changes.append(
                APIChange(
                    .breaking, source: true, wire: !before.required && after.required, path: path,
                    "\(what) '\(after.name)' is now \(after.required ? "required" : "optional")\(after.nullable ? " and nullable" : "")",
                    at: after.nameSource))
        }
        if before.defaultValue?.value != after.defaultValue?.value {
            changes.append(
                APIChange(
                    .warning, path: path,
                    "default of '\(after.name)' changed from '\(before.defaultValue?.value.description ?? "none")' to '\(after.defaultValue?.value.description ?? "none")'",
                    at: after.defaultValue?.source ?? after.nameSource))
        }
        if let oldValues = before.enumValues, let newValues = after.enumValues {
            compareEnumValues(oldValues, newValues, path: path, at: after.nameSource, into: &changes)
        }
        compareConstraints(before.constraints, after.constraints, name: after.name, path: path, at: after.nameSource, into: &changes)
    }
}
