import Foundation
import SpecModel

extension ContextBuilderState {
    /// The context of a property or parameter: its Swift name, type, default and docs.
    /// `required` and `nullable` are the field's, or what a parameter makes of them;
    /// `enumTypeName` is the type of its inline enum, if it has one, and `enumPrefix` qualifies
    /// that enum's cases in default values when used outside its type; `location` is a
    /// parameter's (`path`, `header`, `query`), nil for a property.
    func fieldContext(
        _ field: FieldSpec, swiftName: String, required: Bool, nullable: Bool, enumTypeName: String?,
        enumPrefix: String?, location: String? = nil, isBoxed: Bool = false, isMultipart: Bool = false
    ) -> FieldContext {
        // In a multipart body, bytes are files, which carry a file name and a media type.
        let partKind: FieldContext.PartKind? =
            if !isMultipart { nil }
            else if field.type == .string(format: .binary) { .file }
            else if field.type == .array(.string(format: .binary)) { .files }
            else { .value }
        let baseType =
            switch partKind {
            case .file: "FileUpload"
            case .files: "[FileUpload]"
            default:
                enumTypeName.map { mapper.swiftType(field.type, replacingPrimitiveWith: $0) } ?? mapper.swiftType(field.type)
            }
        let isThreeState = nullable && !required
        // A property one side sends is absent from what the other sends, so optional.
        let isOptional = !required || nullable || field.access != nil
        let swiftType = isThreeState ? "Nullable<" + baseType + ">?" : isOptional ? baseType + "?" : baseType
        let takesOptional = isOptional && !(field.isWriteOnly && required && !nullable)
        var defaultLiteral: String?
        if let value = field.defaultValue?.value {
            defaultLiteral = literal(
                value, type: field.type, enumTypeName: enumTypeName.map { _ in enumPrefix ?? "" },
                threeState: isThreeState)
        }
        if defaultLiteral == nil, takesOptional { defaultLiteral = "nil" }
        let isArray: Bool = if case .array = field.type { true } else { false }
        let escapedName = SwiftNaming.escapedIdentifier(swiftName)
        // The checks of a deprecated or boxed property read its storage (see `FieldContext.storageName`).
        // A boxed value is read in parentheses, which end the optional chain `?.value` starts.
        let storage =
            FieldContext.hasStorage(deprecated: field.deprecated, isBoxed: isBoxed, location: location)
            ? (isBoxed ? "(_\(swiftName)?.value)" : "_" + swiftName) : nil
        return FieldContext(
            name: field.name, nameLiteral: SwiftLiteral.string(field.name), swiftName: escapedName, label: swiftName,
            parameterName: parameterName(swiftName), swiftType: swiftType, baseType: baseType, isArray: isArray,
            required: required, nullable: nullable, access: field.access?.value.rawValue, isBoxed: isBoxed,
            partKind: partKind, queryStatement: location == "query" ? Self.queryStatement(field, name: escapedName) : nil,
            fileContentType: field.contentType?.value,
            description: field.description, deprecated: field.deprecated, defaultLiteral: defaultLiteral,
            sensitive: isSensitive(field), location: location,
            validation: validationContext(field, escapedName: storage ?? escapedName, isOptional: isOptional, isThreeState: isThreeState))
    }

    /// The name as an initializer or method declares its parameter: an argument label needs no
    /// backticks, except `inout`, `var` and `let`, which Swift would read as something else.
    func parameterName(_ swiftName: String) -> String {
        switch swiftName {
        case "inout", "var", "let": "`\(swiftName)`"
        default: swiftName
        }
    }

    /// Secrets print as `<redacted>`: fields marked `sensitive`, else ones named like a password,
    /// secret or token.
    func isSensitive(_ field: FieldSpec) -> Bool {
        field.sensitive ?? SensitiveNames.isSensitive(field.name)
    }

    /// Swift source for a spec default: `"local"`, `300`, `true`, `.local` for an enum, wrapped in
    /// `.value(…)` for a three-state field.
    func literal(_ value: LiteralValue, type: TypeExpression, enumTypeName: String?, threeState: Bool) -> String {
        var text: String
        switch value {
        case .null: return threeState ? ".null" : "nil"
        case .bool(let bool): text = String(bool)
        case .integer(let int):
            text = if case .number = type { SwiftLiteral.double(Double(int)) } else { String(int) }
        case .number(let double): text = SwiftLiteral.double(double)
        case .string(let string):
            if case .string(let format?) = type, !format.isText {
                text = Self.formattedLiteral(string, format: format) ?? SwiftLiteral.string(string)
            } else {
                text = SwiftLiteral.string(string)
            }
        }
        if let enumTypeName {
            text = enumTypeName + "." + SwiftNaming.escapedIdentifier(enumCaseName(value))
        }
        return threeState ? ".value(\(text))" : text
    }

    /// Swift source for a validated default of a date, date-time or UUID field:
    /// `Date(timeIntervalSince1970: 1714566600)`, `CalendarDate(year: 2024, month: 5, day: 1)`,
    /// `UUID(0x123E4567_E89B12D3, 0xA4564266_14174000)`, each built without parsing or unwrapping
    /// at run time.
    static func formattedLiteral(_ text: String, format: StringFormat) -> String? {
        switch format {
        case .dateTime:
            return FormattedValue.dateTime(text).map { "Date(timeIntervalSince1970: \(SwiftLiteral.double($0)))" }
        case .date:
            return FormattedValue.date(text).map { "CalendarDate(year: \($0.year), month: \($0.month), day: \($0.day))" }
        case .uuid:
            guard let uuid = FormattedValue.uuid(text) else { return nil }
            // The canonical text's 32 hex digits, in two halves of 16 with a `_` in each middle.
            let digits = uuid.uuidString.filter { $0 != "-" }
            let halves = [digits.prefix(16), digits.suffix(16)].map { "0x" + $0.prefix(8) + "_" + $0.suffix(8) }
            return "UUID(" + halves.joined(separator: ", ") + ")"
        default:
            return nil
        }
    }

    /// The statement that adds query parameter `field`, named `name` in code, to `request`: as
    /// its style says, `request.addQuery("tags", tags, separator: "|")`.
    static func queryStatement(_ field: FieldSpec, name: String) -> String {
        let key = SwiftLiteral.string(field.name)
        let isArray: Bool = if case .array = field.type { true } else { false }
        switch field.queryStyle {
        case .deepObject: return "request.addDeepObjectQuery(\(key), \(name))"
        case .spaceDelimited where isArray: return "request.addQuery(\(key), \(name), separator: \"%20\")"
        case .pipeDelimited where isArray: return "request.addQuery(\(key), \(name), separator: \"%7C\")"
        case .form where isArray && !field.explodes: return "request.addQuery(\(key), \(name), separator: \",\")"
        default: return "request.addQuery(\(key), \(name))"
        }
    }

    /// `base`, or the first of `baseValue`, `baseKind`, `baseOption`, `base2`, `base3`… not in `scope`.
    func freeName(_ base: String, in scope: NameScope) -> String {
        if !scope.contains(base) { return base }
        for suffix in ["Value", "Kind", "Option"] where !scope.contains(base + suffix) { return base + suffix }
        var number = 2
        while scope.contains(base + String(number)) { number += 1 }
        return base + String(number)
    }
}

