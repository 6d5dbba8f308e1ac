import Foundation
import SpecModel

/// Translates a validated ``APISpec`` into an OpenAPI 3.1.0 document, so that the specs that
/// make the Swift client also feed docs sites, mock servers and other generators.
///
/// The document's keys come in a fixed order (`openapi`, `info`, `servers`, `security`, `tags`,
/// `paths`, `components`), paths and operations in spec order, and schemas in the spec's
/// model order, so the same specs always give the same text. Where OpenAPI needs something
/// the spec format leaves out, the choice is made here and commented.
public enum OpenAPIExporter {
    /// The OpenAPI version of the documents this exporter writes.
    public static let openAPIVersion = "3.1.0"
    /// The name of the bearer scheme under `components.securitySchemes`.
    public static let bearerSchemeName = "bearerAuth"

    /// The document for `spec`, or the endpoints OpenAPI cannot hold side by side: two
    /// operations with one method and path, or one path spelled with different parameter names.
    public static func export(_ spec: APISpec) -> Result<DocumentValue, DiagnosticsError> {
        var translator = OpenAPITranslator(spec: spec)
        let document = translator.document()
        if translator.diagnostics.hasErrors { return .failure(DiagnosticsError(translator.diagnostics.sorted)) }
        return .success(document)
    }
}

/// The state of one export: the spec and the problems found.
struct OpenAPITranslator {
    let spec: APISpec
    /// Inline request bodies with no properties (`properties: {}`): the client sends `{}` and
    /// takes no argument, so the body is an inline `{type: object}`, not a named schema.
    let emptyInlineBodies: Set<String>
    /// Each model's key under `components.schemas`, where it differs from the model's name.
    let componentNames: [String: String]
    var diagnostics = DiagnosticCollector()

    init(spec: APISpec) {
        self.spec = spec
        let emptyBodies = Set(spec.models.filter { model in
            guard case .requestBody = model.origin, case .object(let properties) = model.shape else { return false }
            return properties.isEmpty
        }.map(\.name))
        emptyInlineBodies = emptyBodies
        componentNames = Self.componentNames(for: spec.models.map(\.name).filter { !emptyBodies.contains($0) })
    }

    /// OpenAPI allows only `[a-zA-Z0-9._-]` in component names, where the spec allows any model
    /// name (`2D point`) and names inline bodies after operation ids (`get [thing]Request`).
    /// Such a name becomes its letters and digits with accents dropped and every other run of
    /// characters an `_` (`2D_point`), numbered on a clash (`_2`); the schema's `title` keeps
    /// the name. Names that are allowed already, as all of Frontegg's are, stay as they are.
    static func componentNames(for names: [String]) -> [String: String] {
        func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
        }
        var taken = Set(names.filter { !$0.isEmpty && $0.unicodeScalars.allSatisfy(isAllowed) })
        var result: [String: String] = [:]
        for name in names where !taken.contains(name) && result[name] == nil {
            var base = ""
            for scalar in name.folding(options: .diacriticInsensitive, locale: nil).unicodeScalars {
                if isAllowed(scalar) {
                    base.unicodeScalars.append(scalar)
                } else if !base.isEmpty, base.last != "_" {
                    base += "_"
                }
            }
            while base.hasSuffix("_") { base.removeLast() }
            if base.isEmpty { base = "Schema" }
            var candidate = base
            var number = 2
            while taken.contains(candidate) {
                candidate = base + "_" + String(number)
                number += 1
            }
            taken.insert(candidate)
            result[name] = candidate
        }
        return result
    }

    func componentName(_ model: String) -> String { componentNames[model] ?? model }

    /// The names of the schemes the API's and the endpoints' requirements use.
    var usedSchemes: Set<String> {
        let requirements = [spec.security] + spec.endpoints.compactMap(\.security)
        return Set(requirements.flatMap { $0.alternatives.flatMap { $0.map(\.value) } })
    }

    /// A scheme's name under `components.securitySchemes`: its own, or `bearerAuth` for the
    /// implicit bearer scheme of a spec that declares none.
    func schemeComponentName(_ name: String) -> String {
        spec.securitySchemes.isEmpty ? OpenAPIExporter.bearerSchemeName : name
    }

    /// A requirement as OpenAPI lists it: one object per alternative, `{}` for none.
    func requirement(_ requirement: SecurityRequirement) -> DocumentValue {
        .array(
            requirement.alternatives.map { alternative in
                .object(DocumentObject(alternative.map { (schemeComponentName($0.value), []) }))
            })
    }

    /// A scheme as OpenAPI describes it.
    func securityScheme(_ scheme: SecuritySchemeSpec) -> DocumentValue {
        var object: DocumentObject
        switch scheme.kind {
        case .bearer:
            object = ["type": "http", "scheme": "bearer"]
            // The implicit scheme is Frontegg's, whose tokens are JWTs.
            if spec.securitySchemes.isEmpty { object["bearerFormat"] = "JWT" }
        case .basic:
            object = ["type": "http", "scheme": "basic"]
        case .apiKey(let location, let name):
            object = ["type": "apiKey", "in": .string(location.rawValue), "name": .string(name.value)]
        }
        object["description"] = scheme.description.map(DocumentValue.string)
        return .object(object)
    }

    mutating func document() -> DocumentValue {
        var document = DocumentObject()
        document["openapi"] = .string(OpenAPIExporter.openAPIVersion)
        document["info"] = info()
        if !spec.servers.isEmpty { document["servers"] = .array(spec.servers.map { server($0) }) }
        if !spec.security.isNone { document["security"] = requirement(spec.security) }
        if !spec.groups.isEmpty {
            document["tags"] = .array(spec.groups.map { group in
                var tag: DocumentObject = ["name": .string(group.name.value)]
                tag["description"] = group.description.map(DocumentValue.string)
                return .object(tag)
            })
        }
        document["paths"] = .object(paths())
        var components = DocumentObject()
        let schemas = spec.models.filter { !emptyInlineBodies.contains($0.name) }
        if !schemas.isEmpty {
            components["schemas"] = .object(DocumentObject(schemas.map { (componentName($0.name), .object(schema(for: $0))) }))
        }
        // Declared schemes all appear; the implicit one only when something uses it.
        let schemes = spec.securitySchemes.isEmpty ? spec.schemes.filter { usedSchemes.contains($0.name.value) } : spec.securitySchemes
        if !schemes.isEmpty {
            components["securitySchemes"] = .object(
                DocumentObject(schemes.map { (schemeComponentName($0.name.value), securityScheme($0)) }))
        }
        if !components.isEmpty { document["components"] = .object(components) }
        return .object(document)
    }

    // MARK: - Info, servers, security

    func info() -> DocumentValue {
        // OpenAPI requires a title and a version; the spec requires neither.
        var info: DocumentObject = [
            "title": .string(spec.info.title ?? spec.info.name.value),
            "version": .string(spec.info.version ?? "0.0.0"),
        ]
        info["description"] = spec.info.description.map(DocumentValue.string)
        return .object(info)
    }

    func server(_ server: ServerSpec) -> DocumentValue {
        var object: DocumentObject = ["url": .string(server.url.value)]
        object["description"] = server.description.map(DocumentValue.string)
        if !server.variables.isEmpty {
            object["variables"] = .object(DocumentObject(server.variables.map { variable in
                var entry = DocumentObject()
                entry["description"] = variable.description.map(DocumentValue.string)
                // OpenAPI requires a default, where the spec makes it optional (the Swift client
                // then asks for the value). The spec's default comes first; else the first enum
                // value, which OpenAPI requires a default to be one of; else the variable's own
                // name, a readable placeholder (`https://domain.frontegg.com`) that tools show
                // and users replace.
                entry["default"] = .string(variable.defaultValue ?? variable.enumValues?.first ?? variable.name.value)
                if let values = variable.enumValues { entry["enum"] = .array(values.map(DocumentValue.string)) }
                return (variable.name.value, .object(entry))
            }))
        }
        return .object(object)
    }


    // MARK: - Paths and operations

    mutating func paths() -> DocumentObject {
        var paths = DocumentObject()
        // OpenAPI holds one operation per method and path, and treats paths that differ only
        // in parameter names as one path (`/pets/{id}` is `/pets/{petId}`).
        var operations: [String: EndpointSpec] = [:]
        var spellings: [String: EndpointSpec] = [:]
        for endpoint in spec.endpoints {
            let path = endpoint.path.value
            let method = endpoint.method.value.lowercased()
            let template = Self.template(of: endpoint)
            if let other = spellings[template], other.path.value != path {
                diagnostics.error(
                    "path '\(path)' of endpoint '\(endpoint.operationId)' is path '\(other.path.value)' of endpoint '\(other.operationId)' (at \(other.path.source)) with other parameter names; OpenAPI needs one spelling",
                    at: endpoint.path.source)
                continue
            }
            spellings[template] = spellings[template] ?? endpoint
            if let other = operations[method + " " + template] {
                diagnostics.error(
                    "endpoint '\(endpoint.operationId)' has the method and path of endpoint '\(other.operationId)' (at \(other.source)); OpenAPI holds one operation per method and path",
                    at: endpoint.source)
                continue
            }
            operations[method + " " + template] = endpoint
            var item = paths[path]?.objectValue ?? DocumentObject()
            item[method] = .object(operation(endpoint))
            paths[path] = .object(item)
        }
        return paths
    }

    /// The path with its parameter names left out: `/pets/{}`.
    static func template(of endpoint: EndpointSpec) -> String {
        var result = ""
        var inPlaceholder = false
        for character in endpoint.path.value {
            if character == "}" { inPlaceholder = false }
            if !inPlaceholder { result.append(character) }
            if character == "{" { inPlaceholder = true }
        }
        return result
    }

    func operation(_ endpoint: EndpointSpec) -> DocumentObject {
        var operation: DocumentObject = ["operationId": .string(endpoint.operationId)]
        if let group = endpoint.group { operation["tags"] = [.string(group.value)] }
        operation["summary"] = endpoint.summary.map(DocumentValue.string)
        operation["description"] = endpoint.description.map(DocumentValue.string)
        if endpoint.deprecated { operation["deprecated"] = true }
        // Only an endpoint that differs from the API's security says so.
        if let security = endpoint.security, !security.sameSchemes(as: spec.security) {
            operation["security"] = security.isNone ? [] : requirement(security)
        }
        if !endpoint.servers.isEmpty {
            let names = endpoint.servers.map(\.value)
            operation["servers"] = .array(names.compactMap { name in spec.servers.first { $0.name.value == name }.map(server) })
        }
        let parameters = pathParameters(endpoint) + endpoint.headers.map { parameter($0, in: "header", required: $0.required) }
            + endpoint.cookies.map { parameter($0, in: "cookie", required: $0.required) }
            + endpoint.query.map { parameter($0, in: "query", required: $0.required) }
        if !parameters.isEmpty { operation["parameters"] = .array(parameters.map(DocumentValue.object)) }
        if let body = endpoint.body { operation["requestBody"] = .object(requestBody(body)) }
        operation["responses"] = .object(DocumentObject(endpoint.responses.map { ($0.status, .object(response($0))) }))
        return operation
    }

    /// One parameter per `{name}` of the path, in path order: the declared field, or a string
    /// for an undeclared name, as the spec format says.
    func pathParameters(_ endpoint: EndpointSpec) -> [DocumentObject] {
        endpoint.pathPlaceholders.map { placeholder in
            if let field = endpoint.pathParameters.first(where: { $0.name == placeholder.value }) {
                return parameter(field, in: "path", required: true)
            }
            return ["name": .string(placeholder.value), "in": "path", "required": true, "schema": ["type": "string"]]
        }
    }

    func parameter(_ field: FieldSpec, in location: String, required: Bool) -> DocumentObject {
        var parameter: DocumentObject = ["name": .string(field.name), "in": .string(location)]
        parameter["description"] = field.description.map(DocumentValue.string)
        if required { parameter["required"] = true }
        if field.deprecated { parameter["deprecated"] = true }
        let isArray: Bool = if case .array = field.type { true } else { false }
        if location == "query", field.style != nil || field.explode != nil || isArray {
            // Written out even when they are OpenAPI's defaults, so no reader has to know them.
            parameter["style"] = .string(field.queryStyle.rawValue)
            parameter["explode"] = .bool(field.explodes)
        }
        // The description, deprecation and example belong to the parameter, not its schema.
        parameter["schema"] = .object(schema(for: field, documented: false))
        parameter["example"] = field.example.map(Self.value)
        return parameter
    }

    func requestBody(_ body: BodySpec) -> DocumentObject {
        var object = DocumentObject()
        object["description"] = body.description.map(DocumentValue.string)
        if body.required { object["required"] = true }
        let schema: DocumentObject
        if case .model(let name) = body.type, emptyInlineBodies.contains(name) {
            schema = ["type": "object"]
        } else {
            schema = typeSchema(body.type, nullable: false)
        }
        object["content"] = [body.contentType: ["schema": .object(schema)]]
        return object
    }

    func response(_ response: ResponseSpec) -> DocumentObject {
        // OpenAPI requires a description; the spec makes it optional.
        let fallback = response.isSuccess ? "Success" : (response.status.hasPrefix("4") || response.status.hasPrefix("5") ? "Error" : "Response")
        var object: DocumentObject = ["description": .string(response.description ?? fallback)]
        if let body = response.body {
            object["content"] = [response.contentType: ["schema": .object(typeSchema(body, nullable: false))]]
        }
        if !response.headers.isEmpty {
            object["headers"] = .object(
                DocumentObject(
                    response.headers.map { header in
                        var value: DocumentObject = ["schema": .object(schema(for: header, documented: false))]
                        value["description"] = header.description.map(DocumentValue.string)
                        if header.required { value["required"] = true }
                        return (header.name, .object(value))
                    }))
        }
        return object
    }
}
