import Foundation
import SpecModel

/// What `Fixtures/diff-rules/new_api_server.py` serves: every route of a version of the specs,
/// with what it requires of a request and the answers it gives, as JSON.
///
/// Each route has two answers: `min`, the least the specs allow (optional properties left out,
/// nullable ones null, the first enum value and union member), and `max`, the most (every
/// property, the last enum value and union member). An old client works against the new API
/// only if it takes both.
struct NewAPIDescription {
    let spec: APISpec
    let models: [String: ModelSpec]

    init(_ spec: APISpec) {
        self.spec = spec
        models = Dictionary(spec.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func json() throws -> Data {
        try JSONSerialization.data(withJSONObject: ["routes": spec.endpoints.map(route)], options: [.sortedKeys])
    }

    func route(_ endpoint: EndpointSpec) -> [String: Any] {
        let schemes = Dictionary(spec.schemes.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        let security = (endpoint.security ?? spec.security).alternatives.map { alternative in
            alternative.compactMap { schemes[$0.value].map(scheme) }
        }
        return [
            "method": endpoint.method.value, "path": endpoint.path.value,
            // No alternative at all would refuse everything; `none` is one empty alternative.
            "security": security.contains(where: \.isEmpty) ? [] : security,
            "query": endpoint.query.map(field), "headers": endpoint.headers.map { field($0, lowercased: true) },
            "body": endpoint.body.map(body) ?? NSNull(), "answer": answer(endpoint),
        ]
    }

    func scheme(_ scheme: SecuritySchemeSpec) -> [String: Any] {
        switch scheme.kind {
        case .bearer: ["type": "bearer"]
        case .basic: ["type": "basic"]
        case .apiKey(let location, let name): ["type": "apiKey", "in": location.rawValue, "name": name.value]
        }
    }

    func field(_ field: FieldSpec) -> [String: Any] { self.field(field, lowercased: false) }

    func field(_ field: FieldSpec, lowercased: Bool) -> [String: Any] {
        var item: [String: Any] = [
            "name": lowercased ? field.name.lowercased() : field.name, "required": field.required,
            "nullable": field.nullable, "kind": kind(field.type),
        ]
        if let values = field.enumValues ?? enumValues(field.type) { item["enum"] = values.map(\.value.description) }
        return item
    }

    func body(_ body: BodySpec) -> [String: Any] {
        var item: [String: Any] = ["required": body.required, "contentType": body.contentType, "kind": kind(body.type)]
        if case .model(let name) = body.type, let model = models[name], case .object(let properties) = model.shape {
            item["properties"] = properties.filter { !$0.isReadOnly }.map(field)
        }
        return item
    }

    func answer(_ endpoint: EndpointSpec) -> [String: Any] {
        guard let response = endpoint.successResponses.first else { return ["status": 200] }
        var item: [String: Any] = ["status": Int(response.status) ?? 200, "contentType": response.contentType]
        var headers: [String: String] = [:]
        for header in response.headers { headers[header.name] = text(example(header.type, full: true)) }
        item["headers"] = headers
        if let body = response.body {
            for (mode, full) in [("min", false), ("max", true)] {
                let value = example(body, full: full)
                item[mode] = response.mediaKind == .json ? json(value) : text(value)
            }
        }
        return item
    }

    /// The JSON kind the server checks a value against.
    func kind(_ type: TypeExpression) -> String {
        switch type {
        case .string: "string"
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .array: "array"
        case .object, .map: "object"
        case .any: "any"
        case .model(let name):
            switch models[name]?.shape {
            case .enumeration(let type, _)?: kind(type)
            case .object?: "object"
            default: "any"
            }
        }
    }

    func enumValues(_ type: TypeExpression) -> [Located<LiteralValue>]? {
        guard case .model(let name) = type, case .enumeration(_, let values)? = models[name]?.shape else { return nil }
        return values
    }

    /// A value of `type` the new API may send: the least or the most it allows.
    func example(_ type: TypeExpression, full: Bool, depth: Int = 0) -> Any {
        switch type {
        case .string(let format):
            switch format {
            case .dateTime?: return "2024-05-01T12:30:00Z"
            case .date?: return "2024-05-01"
            case .uuid?: return "123e4567-e89b-12d3-a456-426614174000"
            case .email?: return "someone@example.com"
            default: return "text"
            }
        case .integer: return 7
        case .number: return 2.5
        case .boolean: return true
        case .array(let element): return [example(element, full: full, depth: depth + 1)]
        case .map(let value): return ["key": example(value, full: full, depth: depth + 1)]
        case .object, .any: return ["any": 1]
        case .model(let name):
            guard let model = models[name] else { return NSNull() }
            return example(model, full: full && depth < 3, depth: depth + 1)
        }
    }

    func example(_ model: ModelSpec, full: Bool, depth: Int) -> Any {
        switch model.shape {
        case .enumeration(_, let values):
            return (full ? values.last : values.first).map { literal($0.value) } ?? NSNull()
        case .union(let union):
            guard let member = full ? union.members.last : union.members.first else { return NSNull() }
            var value = example(member.value, full: full, depth: depth)
            if let discriminator = union.discriminator, case .model(let name) = member.value, var object = value as? [String: Any] {
                object[discriminator.property.value] = discriminator.values(selecting: name).first ?? name
                value = object
            }
            return value
        case .object(let properties):
            var object: [String: Any] = [:]
            for property in properties where full || property.required {
                if !full, property.nullable {
                    object[property.name] = NSNull()
                } else if let values = property.enumValues, let chosen = full ? values.last : values.first {
                    object[property.name] = literal(chosen.value)
                } else {
                    object[property.name] = example(property.type, full: full, depth: depth)
                }
            }
            return object
        }
    }

    func literal(_ value: LiteralValue) -> Any {
        switch value {
        case .null: NSNull()
        case .bool(let flag): flag
        case .integer(let number): number
        case .number(let number): number
        case .string(let text): text
        }
    }

    func json(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    func text(_ value: Any) -> String {
        if let text = value as? String { return text }
        return json(value)
    }
}
