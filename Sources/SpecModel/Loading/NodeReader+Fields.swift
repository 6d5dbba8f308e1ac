import YAMLLite

/// The keys of a field's long form, as the contract lists them, plus `name`.
let fieldKeys = FieldKey.allCases.map(\.rawValue)

/// A key of a field's long form.
enum FieldKey: String, CaseIterable {
    case type, required, nullable, description, `default`, `enum`, maxLength, minLength
    case pattern, minimum, maximum, minItems, maxItems, example, deprecated, name, sensitive, readOnly, writeOnly, contentType, style, explode

    /// The key `text` is, if any: `init(rawValue:)`, with the commonest keys tried first.
    init?(_ text: String) {
        switch text {
        case "type": self = .type
        case "required": self = .required
        case "description": self = .description
        case "nullable": self = .nullable
        case "enum": self = .enum
        case "default": self = .default
        case "example": self = .example
        case "name": self = .name
        case "deprecated": self = .deprecated
        case "sensitive": self = .sensitive
        case "pattern": self = .pattern
        case "maxLength": self = .maxLength
        case "minLength": self = .minLength
        case "minimum": self = .minimum
        case "maximum": self = .maximum
        case "minItems": self = .minItems
        case "maxItems": self = .maxItems
        case "readOnly": self = .readOnly
        case "writeOnly": self = .writeOnly
        case "contentType": self = .contentType
        case "style": self = .style
        case "explode": self = .explode
        default: return nil
        }
    }
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
        let typeIndex = entries.firstIndex(ofKey: "type")
        let typed = typeIndex.flatMap { typeExpression(entries[$0].value, "the type of \(what())") }
        guard let (type, typeSource) = typed else {
            // Without a type nothing else is read, but unknown keys are still reported.
            for index in entries.indices where FieldKey(entries[index].key.text) == nil {
                unknownFieldKey(entries[index], in: what())
            }
            if typeIndex == nil { error("\(what()) has no 'type'", at: node.location) }
            return nil
        }

        var required = false
        var nullable = false
        var deprecated = false
        var sensitive: Bool?
        var description: String?
        var swiftName: String?
        var swiftNameSource: SourceRef?
        var defaultValue: Located<LiteralValue>?
        var example: LiteralValue?
        var enumValues: [Located<LiteralValue>]?
        var constraints = Constraints()
        var access: Located<FieldSpec.Access>?
        var contentType: Located<String>?
        var style: Located<FieldSpec.QueryStyle>?
        var explode: Located<Bool>?
        // `readOnly: true` and `writeOnly: true` set the access; both at once is an error.
        func setAccess(_ value: FieldSpec.Access, from node: YAMLNode) {
            guard bool(node, "'\(value.rawValue)' of \(what())") == true else { return }
            if let earlier = access, earlier.value != value {
                error("\(what()) cannot be both 'readOnly' and 'writeOnly'", at: node.location)
            }
            access = Located(value, at: ref(node))
        }
        // Entries are read in place, each key told apart once.
        for index in entries.indices {
            let value = entries[index].value
            switch FieldKey(entries[index].key.text) {
            case nil: unknownFieldKey(entries[index], in: what())
            case .type: break
            case .required: required = bool(value, "'required' of \(what())") ?? false
            case .nullable: nullable = bool(value, "'nullable' of \(what())") ?? false
            case .deprecated: deprecated = bool(value, "'deprecated' of \(what())") ?? false
            case .sensitive: sensitive = bool(value, "'sensitive' of \(what())")
            case .description: description = string(value, "'description' of \(what())")
            case .name:
                swiftName = string(value, "'name' of \(what())")
                swiftNameSource = ref(value)
            case .default: defaultValue = literal(value, "'default' of \(what())")
            case .example: example = literal(value, "'example' of \(what())")?.value
            case .enum:
                enumValues = sequence(value, "'enum' of \(what())")?.compactMap {
                    literal($0, "a value of 'enum' of \(what())")
                }
            case .maxLength: constraints.maxLength = int(value, "'maxLength' of \(what())")
            case .minLength: constraints.minLength = int(value, "'minLength' of \(what())")
            case .minItems: constraints.minItems = int(value, "'minItems' of \(what())")
            case .maxItems: constraints.maxItems = int(value, "'maxItems' of \(what())")
            case .minimum: constraints.minimum = number(value, "'minimum' of \(what())")
            case .maximum: constraints.maximum = number(value, "'maximum' of \(what())")
            case .pattern: constraints.pattern = locatedString(value, "'pattern' of \(what())")
            case .readOnly: setAccess(.readOnly, from: value)
            case .writeOnly: setAccess(.writeOnly, from: value)
            case .contentType: contentType = locatedString(value, "'contentType' of \(what())")
            case .style:
                if let text = locatedString(value, "'style' of \(what())") {
                    if let known = FieldSpec.QueryStyle(rawValue: text.value) {
                        style = Located(known, at: text.source)
                    } else {
                        let styles = FieldSpec.QueryStyle.allCases.map(\.rawValue)
                        error(
                            "unknown style '\(text.value)' of \(what()); expected \(styles.joined(separator: ", "))"
                                + Suggestions.hint(for: text.value, in: styles),
                            at: value.location)
                    }
                }
            case .explode: explode = bool(value, "'explode' of \(what())").map { Located($0, at: ref(value)) }
            }
        }
        return FieldSpec(
            name: name, nameSource: ref(nameLocation), type: type, typeSource: typeSource, swiftName: swiftName,
            swiftNameSource: swiftNameSource, required: required, nullable: nullable, description: description,
            deprecated: deprecated, defaultValue: defaultValue, enumValues: enumValues, example: example,
            constraints: constraints, sensitive: sensitive, access: access, contentType: contentType, style: style,
            explode: explode)
    }

    /// Reports a key that is not a field's, with the closest one as a hint.
    private mutating func unknownFieldKey(_ entry: YAMLMappingEntry, in what: @autoclosure () -> String) {
        let text = entry.key.text
        error("unknown key '\(text)' in \(what())" + Suggestions.hint(for: text, in: fieldKeys), at: entry.keyLocation)
    }

    /// The fields of a `properties:`, `headers:`, `query:` or `pathParameters:` mapping.
    mutating func fields(_ node: YAMLNode, kind: String, owner: @autoclosure () -> String) -> [FieldSpec] {
        // `properties:` with nothing after it reads as null: treat it as no properties.
        if let scalar = node.scalar, scalar.isNull { return [] }
        guard let entries = mapping(node, "the \(kind)s of \(owner())") else { return [] }
        // Each entry makes at most one field.
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
