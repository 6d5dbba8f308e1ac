import YAMLLite

/// The keys of a field's long form, as the contract lists them, plus `name`.
let fieldKeys = FieldKey.allCases.map(\.rawValue)

/// A key of a field's long form, so that each key is compared with the known ones once.
enum FieldKey: String, CaseIterable {
    case type, required, nullable, description, `default`, `enum`, maxLength, minLength
    case pattern, minimum, maximum, minItems, maxItems, example, deprecated, name, sensitive

    static let lookup = KeyLookup<FieldKey>()
}

extension NodeReader {
    /// A type expression written as a scalar, located at the scalar.
    mutating func typeExpression(_ node: YAMLNode, _ what: @autoclosure () -> String) -> (TypeExpression, SourceRef)? {
        guard let text = string(node, what()) else { return nil }
        switch TypeExpressionParser.parse(text) {
        case .success(let type):
            return (type, ref(node))
        case .failure(let failure):
            // Point into the expression when it is written plain, so the caret lands on the problem.
            var location = node.location
            if node.scalar?.style == .plain { location.column += failure.offset }
            error(failure.message, at: location)
            return nil
        }
    }

    /// A field: either a type expression (shorthand) or the long-form mapping.
    ///
    /// `what` names the field in messages; like every such description, it is built only when
    /// a message needs it.
    mutating func field(
        name: String, nameLocation: SourceLocation, node: YAMLNode, in what: @autoclosure () -> String
    ) -> FieldSpec? {
        if node.scalar != nil {
            guard let (type, typeSource) = typeExpression(node, "the type of \(what())") else { return nil }
            return FieldSpec(name: name, nameSource: ref(nameLocation), type: type, typeSource: typeSource)
        }
        guard let entries = mapping(node, what()) else { return nil }
        // A first pass reports unknown keys (as `checkKeys` does) and finds `type`; entries are
        // read in place, never copied whole.
        var typeIndex: Int?
        for index in entries.indices {
            let key = FieldKey.lookup.key(entries[index].key.text)
            if key == nil {
                let text = entries[index].key.text
                error(
                    "unknown key '\(text)' in \(what())" + Suggestions.hint(for: text, in: fieldKeys),
                    at: entries[index].keyLocation)
            } else if key == .type, typeIndex == nil {
                typeIndex = index
            }
        }
        guard let typeIndex else {
            error("\(what()) has no 'type'", at: node.location)
            return nil
        }
        guard let (type, typeSource) = typeExpression(entries[typeIndex].value, "the type of \(what())") else {
            return nil
        }
        var field = FieldSpec(name: name, nameSource: ref(nameLocation), type: type, typeSource: typeSource)
        for index in entries.indices {
            guard let key = FieldKey.lookup.key(entries[index].key.text) else { continue }
            let value = entries[index].value
            switch key {
            case .type: break
            case .required: field.required = bool(value, "'required' of \(what())") ?? false
            case .nullable: field.nullable = bool(value, "'nullable' of \(what())") ?? false
            case .deprecated: field.deprecated = bool(value, "'deprecated' of \(what())") ?? false
            case .sensitive: field.sensitive = bool(value, "'sensitive' of \(what())")
            case .description: field.description = string(value, "'description' of \(what())")
            case .name:
                field.swiftName = string(value, "'name' of \(what())")
                field.swiftNameSource = ref(value)
            case .default: field.defaultValue = literal(value, "'default' of \(what())")
            case .example: field.example = literal(value, "'example' of \(what())")?.value
            case .enum:
                field.enumValues = sequence(value, "'enum' of \(what())")?.compactMap {
                    literal($0, "a value of 'enum' of \(what())")
                }
            case .maxLength: field.constraints.maxLength = int(value, "'maxLength' of \(what())")
            case .minLength: field.constraints.minLength = int(value, "'minLength' of \(what())")
            case .minItems: field.constraints.minItems = int(value, "'minItems' of \(what())")
            case .maxItems: field.constraints.maxItems = int(value, "'maxItems' of \(what())")
            case .minimum: field.constraints.minimum = number(value, "'minimum' of \(what())")
            case .maximum: field.constraints.maximum = number(value, "'maximum' of \(what())")
            case .pattern: field.constraints.pattern = locatedString(value, "'pattern' of \(what())")
            }
        }
        return field
    }

    /// The fields of a `properties:`, `headers:`, `query:` or `pathParameters:` mapping.
    mutating func fields(_ node: YAMLNode, kind: String, owner: @autoclosure () -> String) -> [FieldSpec] {
        // `properties:` with nothing after it reads as null: treat it as no properties.
        if let scalar = node.scalar, scalar.isNull { return [] }
        guard let entries = mapping(node, "the \(kind)s of \(owner())") else { return [] }
        var fields: [FieldSpec] = []
        fields.reserveCapacity(entries.count)
        for index in entries.indices {
            let name = entries[index].key.text
            let field = field(
                name: name, nameLocation: entries[index].keyLocation, node: entries[index].value,
                in: "\(kind) '\(name)' of \(owner())")
            if let field { fields.append(field) }
        }
        return fields
    }
}
