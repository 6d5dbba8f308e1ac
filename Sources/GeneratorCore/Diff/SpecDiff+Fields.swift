import SpecModel

extension SpecDiff {
    /// What a compared field is in the generated Swift, which decides what its changes break.
    enum FieldRole: String {
        /// A method's parameter (path, query, header or cookie).
        case parameter
        /// A struct's stored property.
        case property
        /// A header of a success response, a property of the operation's result.
        case responseHeader = "response header"

        /// What stops compiling when the field is removed.
        var removalConsequence: String {
            switch self {
            case .parameter: "calls that pass it stop compiling"
            case .property, .responseHeader: "code that reads or sets it stops compiling"
            }
        }

        /// What an added field that must be passed asks of existing code.
        var requiredConsequence: String {
            switch self {
            case .parameter: "every call must pass it"
            case .property, .responseHeader: "the initializer needs it"
            }
        }

        /// Whether code must pass the added field: required, without a default, and, for a
        /// property, not one only the server sends.
        func mustPass(_ field: FieldSpec) -> Bool {
            self != .responseHeader && field.required && field.defaultValue == nil && !(self == .property && field.isReadOnly)
        }
    }

    /// A method's parameters or a struct's properties, matched by name: a removed one is gone
    /// from the Swift API, an added one that must be passed is a new argument. `flow` says which
    /// way the fields travel.
    static func compareFields(
        _ old: [FieldSpec], _ new: [FieldSpec], as role: FieldRole, flow: Flow, path: String,
        into changes: inout [APIChange]
    ) {
        let oldFields = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.map(\.name))
        for field in old where !newNames.contains(field.name) {
            // An old client still expects a required field in responses.
            changes.append(
                APIChange(
                    .breaking, source: true, wire: flow.inResponses && field.isAlwaysPresent, path: path + "." + field.name,
                    "removed \(role.rawValue) '\(field.name)': \(role.removalConsequence)", at: field.nameSource))
        }
        for field in new {
            let fieldPath = path + "." + field.name
            guard let before = oldFields[field.name] else {
                changes.append(
                    role.mustPass(field)
                        ? APIChange(
                            .breaking, source: true, wire: flow.inRequests, path: fieldPath,
                            "added required \(role.rawValue) '\(field.name)': \(role.requiredConsequence)",
                            at: field.nameSource)
                        : APIChange(.info, path: fieldPath, "added optional \(role.rawValue) '\(field.name)'", at: field.nameSource))
                continue
            }
            compareField(before, field, as: role, flow: flow, path: fieldPath, into: &changes)
        }
    }

    /// One field in both versions: its type, whether it is required, its enum and its default.
    static func compareField(
        _ before: FieldSpec, _ after: FieldSpec, as role: FieldRole, flow: Flow, path: String,
        into changes: inout [APIChange]
    ) {
        let what = role.rawValue
        if before.type != after.type {
            changes.append(
                APIChange(
                    .breaking, source: true, wire: true, path: path,
                    "\(what) '\(after.name)' changed type from '\(before.type)' to '\(after.type)'", at: after.typeSource))
        }
        if before.isAlwaysPresent != after.isAlwaysPresent || before.nullable != after.nullable
            || before.required != after.required
        {
            compareOptionality(before, after, as: role, flow: flow, path: path, into: &changes)
        }
        if before.defaultValue?.value != after.defaultValue?.value {
            changes.append(
                APIChange(
                    .warning, path: path,
                    "default of '\(after.name)' changed from '\(before.defaultValue?.value.description ?? "none")' to '\(after.defaultValue?.value.description ?? "none")'",
                    at: after.defaultValue?.source ?? after.nameSource))
        }
        if let oldValues = before.enumValues, let newValues = after.enumValues {
            compareEnumValues(oldValues, newValues, flow: flow, path: path, at: after.nameSource, into: &changes)
        }
        compareConstraints(
            before.constraints, after.constraints, name: after.name, flow: flow, path: path, at: after.nameSource,
            into: &changes)
    }

    /// A field made required or optional, nullable or not.
    ///
    /// - A property's Swift type follows both, so code on either side of the change must adapt.
    /// - A parameter made optional still takes the values it took (Swift promotes them), and one
    ///   made required is a new argument every call must pass.
    /// - On the wire, a field the server may now leave out (or send as null) fails old clients
    ///   that expect it in responses; one the server now insists on is refused from old clients
    ///   that leave it out of requests.
    static func compareOptionality(
        _ before: FieldSpec, _ after: FieldSpec, as role: FieldRole, flow: Flow, path: String,
        into changes: inout [APIChange]
    ) {
        let relaxed = (before.required && !after.required) || (!before.nullable && after.nullable)
        let tightened = (!before.required && after.required) || (before.nullable && !after.nullable)
        let wire = (relaxed && flow.inResponses) || (tightened && flow.inRequests)
        let source = role != .parameter || tightened
        let state = (after.required ? "required" : "optional") + (after.nullable ? " and nullable" : "")
        changes.append(
            APIChange(
                source || wire ? .breaking : .info, source: source, wire: wire, path: path,
                "\(role.rawValue) '\(after.name)' is now \(state)", at: after.nameSource))
    }
}
