import TemplateEngine

/// The keys of the context's numerous objects, in the order the builders add them: one place to
/// read what a template can use on a property, a parameter, an operation or a model.
///
/// These objects are built with `TemplateShape.Builder`, which hashes no key; at ten thousand
/// endpoints the context holds millions of members, and hashing every key of a dictionary per
/// object was the largest single cost of building it. A builder adding a key out of this order
/// stops with a message naming both keys, so the lists cannot drift from the code unnoticed.
enum ContextShapes {
    /// What the generated code checks before sending a field; first in a field's context.
    static let validationKeys = [
        "checks", "valueExpression", "valueIsOptional", "iterableExpression", "nested", "fieldLiteral",
        "memberLiteral", "validates",
    ]

    static let fieldKeys =
        validationKeys + [
            "name", "nameLiteral", "swiftName", "label", "parameterName", "swiftType", "baseType", "isOptional",
            "isArray", "required", "nullable", "isThreeState", "alwaysEncoded", "description", "deprecated",
            "defaultLiteral", "hasDefault", "isRenamed", "sensitive",
        ]

    /// A group of the docs: its operations, and the models its file holds.
    static let group = TemplateShape(["name", "swiftName", "description", "operations", "models"])

    /// A model's property.
    static let property = TemplateShape(fieldKeys)

    /// An operation's path, header or query parameter: a field, and where it goes.
    static let parameter = TemplateShape(fieldKeys + ["location"])

    /// An operation's request body as a method argument.
    static let bodyArgument = TemplateShape([
        "checks", "fieldLiteral", "nested", "valueExpression", "valueIsOptional", "iterableExpression", "swiftName",
        "label", "parameterName", "location", "swiftType", "baseType", "isOptional", "defaultLiteral", "hasDefault",
        "description", "contentType",
    ])

    /// One constraint check of a field.
    static let check = TemplateShape(["function", "bound", "rule", "ruleLiteral"])

    static let operation = TemplateShape([
        "operationId", "swiftName", "summary", "description", "method", "path", "pathParts", "deprecated",
        "usesBearer", "servers", "serverCases", "serverSymbols", "symbol", "arguments", "wrapsArguments",
        "wrapsRequest", "pathParameters", "headers", "queryParameters", "body", "sendsEmptyObject", "returnType",
        "returnsValue", "successStatus", "responseDescription", "parameterEnums",
    ])

    /// A literal piece of an operation's path, or a parameter in it.
    static let pathPart = TemplateShape(["isParameter", "text"])

    static let modelKeys = ["name", "swiftName", "description", "deprecated", "source", "origin", "isEnum"]

    /// A model that is a struct.
    static let structModel = TemplateShape(
        modelKeys + [
            "properties", "nestedEnums", "hasCodingKeys", "wrapsInit", "hasCustomEncode", "validates", "hasSensitive",
        ])

    /// A model that is an enum.
    static let enumModel = TemplateShape(modelKeys + ["enum", "properties"])

    /// An enum type: a model, or a property's or parameter's inline enum.
    static let enumeration = TemplateShape([
        "swiftName", "wrapsDeclaration", "rawType", "description", "source", "cases", "unknownCaseName",
    ])

    /// One case of an enum.
    static let enumCase = TemplateShape(["swiftName", "label", "rawLiteral", "rawValue"])

    /// The root of the context: the variables every template starts with.
    static let root = TemplateShape([
        "api", "servers", "hasServers", "defaultServer", "security", "tokenFlow", "tokenFlows", "groups",
        "operationGroups", "modelGroups",
    ])

    /// The API itself, which nearly every file reads.
    static let api = TemplateShape(["name", "title", "version", "description", "clientName", "errorName"])

    /// Where a model comes from, one shape per kind: its doc comment reads this for every property.
    static let declaredOrigin = TemplateShape(["kind"])
    static let requestBodyOrigin = TemplateShape(["kind", "operationSymbol"])
    static let responseBodyOrigin = TemplateShape(["kind", "operationSymbol", "status"])

    /// Where an enum is declared: a model or a property (`kind`, `name`), or a parameter (and its `location`).
    static let enumSource = TemplateShape(["kind", "name"])
    static let parameterEnumSource = TemplateShape(["kind", "name", "location"])
}
