import SpecModel
import Testing

@Suite struct SpecLoaderTests {
    @Test func readsEveryPartOfAnEndpoint() throws {
        let spec = try load("""
            api: { name: Demo, title: Demo API, version: "1.0" }
            servers:
              - name: eu
                url: https://eu.example.com/api
            security: bearer
            groups:
              - name: Users
                description: People.
            endpoints:
              inviteUser:
                group: Users
                summary: Invite
                method: POST
                path: /users/{userId}
                pathParameters:
                  userId: { type: string, description: The ID. }
                headers:
                  x-tenant: { type: string, required: true, name: tenantId }
                query:
                  page: integer
                body:
                  required: true
                  properties:
                    email: { type: string(email), required: true, maxLength: 10 }
                    provider: { type: string, enum: [local, saml], default: local }
                responses:
                  200:
                    description: The user.
                    body:
                      properties:
                        id: string
                  404: {}
            """)
        let endpoint = try #require(spec.endpoints.first)
        #expect(endpoint.operationId == "inviteUser")
        #expect(endpoint.method.value == "POST")
        #expect(endpoint.headers.first?.swiftName == "tenantId")
        #expect(endpoint.headers.first?.required == true)
        #expect(endpoint.query.first?.type == .integer(format: nil))
        #expect(endpoint.body?.type == .model("InviteUserRequest"))
        #expect(endpoint.responses.map(\.status) == ["200", "404"])
        #expect(endpoint.responses.first?.body == .model("InviteUserResponse"))
        #expect(spec.models.map(\.name) == ["InviteUserRequest", "InviteUserResponse"])
        let email = try #require(spec.models.first?.properties.first)
        #expect(email.type == .string(format: .email))
        #expect(email.constraints.maxLength?.value == 10)
        let provider = try #require(spec.models.first?.properties.last)
        #expect(provider.enumValues?.map(\.value) == [.string("local"), .string("saml")])
        #expect(provider.defaultValue?.value == .string("local"))
        #expect(spec.info.version == "1.0")
        #expect(spec.security.alternatives.map { $0.map(\.value) } == [["bearer"]])
    }

    @Test(arguments: [
        ("string", TypeExpression.string(format: nil)),
        ("string(date-time)", .string(format: .dateTime)),
        ("string(date)", .string(format: .date)),
        ("string(uuid)", .string(format: .uuid)),
        ("string(binary)", .string(format: .binary)),
        ("integer(int32)", .integer(format: .int32)),
        ("number(double)", .number(format: .double)),
        ("any", .any),
        ("map(string)", .map(.string(format: nil))),
        ("map( array(map(Role)) )", .map(.array(.map(.model("Role"))))),
        ("array(any)", .array(.any)),
        ("array(array(Role))", .array(.array(.model("Role")))),
        ("array( integer )", .array(.integer(format: nil))),
        ("object", .object),
        ("number(float)", .number(format: .float)),
        // Bare names, either side of the keywords' longest length (seven bytes).
        ("integer", .integer(format: nil)),
        ("boolean", .boolean),
        ("number", .number(format: nil)),
        ("Role", .model("Role")),
        ("Integers", .model("Integers")),
    ])
    func typeExpressions(text: String, expected: TypeExpression) throws {
        let spec = try load(
            "api: { name: T }\nmodels:\n  Role: {}\n  Integers: {}\n  M:\n    properties:\n      p: \(text)\n")
        #expect(spec.models.last?.properties.first?.type == expected)
    }

    @Test func typeExpressionErrorsPointIntoTheExpression() {
        #expect(diagnostics("models:\n  M:\n    properties:\n      a: array(string\n      b: boolean(x)\n      c: array\n") == [
            "s.yaml:5:22: error: expected ')'",
            "s.yaml:6:17: error: 'boolean' takes no argument",
            "s.yaml:7:10: error: 'array' needs an element type, as in 'array(string)'",
        ])
    }

    @Test func formatsAreAClosedListWithSuggestions() {
        let result = diagnostics(
            "models:\n  M:\n    properties:\n      a: string(datetime)\n      b: integer(int46)\n"
                + "      c: number(decimal)\n      d: map\n      e: any(string)\n      f: { type: 'string(uuid )' }\n")
        #expect(result == [
            "s.yaml:5:17: error: unknown string format 'datetime' (did you mean 'date-time'?); the formats are "
                + "date-time, date, time, duration, email, uri, uri-reference, url, hostname, ipv4, ipv6, uuid, "
                + "binary, byte, password, regex",
            "s.yaml:6:18: error: unknown integer format 'int46' (did you mean 'int64'?); the formats are int32, int64",
            "s.yaml:7:17: error: unknown number format 'decimal'; the formats are float, double",
            "s.yaml:8:10: error: 'map' needs an element type, as in 'map(string)'",
            "s.yaml:9:13: error: 'any' takes no argument",
        ])
    }

    @Test func unknownKeysSuggestTheClosest() {
        #expect(diagnostics("endpoints:\n  a:\n    methd: GET\n    path: /a\n    responses: { 200: {} }\n") == [
            "s.yaml:3:3: error: endpoint 'a' has no 'method'",
            "s.yaml:4:5: error: unknown key 'methd' in endpoint 'a' (did you mean 'method'?)",
        ])
    }

    @Test func definitionsTwiceAcrossFilesCiteBoth() {
        let result = diagnostics([
            ("a.yaml", "api: { name: T }\nmodels:\n  User: {}\nendpoints:\n  ping: { method: GET, path: /p, responses: { 200: {} } }\n"),
            ("b.yaml", "api: { name: U }\nmodels:\n  User: {}\nendpoints:\n  ping: { method: GET, path: /q, responses: { 200: {} } }\n"),
        ])
        #expect(result == [
            "b.yaml:1:1: error: 'api' is defined twice (first at a.yaml:1:1)",
            "b.yaml:3:3: error: model 'User' is defined twice (first at a.yaml:3:3)",
            "b.yaml:5:3: error: endpoint 'ping' is defined twice (first at a.yaml:5:3)",
        ])
    }

    @Test func yamlErrorsCarryTheFile() {
        #expect(diagnostics([("x.yaml", "a: 1\na: 2\n")]) == ["x.yaml:2:1: error: duplicate key 'a' (first at 1:1)"])
    }

    @Test func noApiSectionIsAnError() {
        #expect(diagnostics([("x.yaml", "models: {}\n")]) == ["x.yaml:1:1: error: no spec file has an 'api' section naming the API"])
    }

    @Test func wrongShapesAreReported() {
        #expect(diagnostics("servers: eu\ngroups: { a: 1 }\nsecurity: { a: 1 }\nsecuritySchemes: [a]\n") == [
            "s.yaml:2:10: error: expected a list for 'servers', found 'eu'",
            "s.yaml:3:9: error: expected a list for 'groups', found a mapping",
            "s.yaml:4:11: error: 'security' needs a 'scheme'",
            "s.yaml:4:13: error: unknown key 'a' in 'security'",
            "s.yaml:5:18: error: expected a mapping for 'securitySchemes', found a list",
        ])
    }
}
