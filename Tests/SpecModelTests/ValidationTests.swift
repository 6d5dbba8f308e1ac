import SpecModel
import Testing

@Suite struct ValidationTests {
    func endpoint(_ fields: String) -> [String] {
        diagnostics("endpoints:\n  op:\n" + fields.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n")
    }

    @Test func pathParametersMatchThePath() {
        #expect(endpoint("""
            method: GET
            path: /users/{userId}/{userId}
            pathParameters:
              id: string
            responses: { 200: {} }
            """) == [
            "s.yaml:5:27: error: path parameter '{userId}' occurs twice in the path",
            "s.yaml:7:7: error: path parameter 'id' does not occur in path '/users/{userId}/{userId}'",
        ])
    }

    @Test func methodMustBeKnown() {
        #expect(endpoint("method: get\npath: /a\nresponses: { 200: {} }") == [
            "s.yaml:4:13: error: unknown method 'get'; expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS (write it in upper case)",
        ])
    }

    @Test func unknownModelsAreSuggested() {
        #expect(diagnostics("models:\n  Role: {}\nendpoints:\n  op: { method: GET, path: /a, responses: { 200: array(Rol) } }\n") == [
            "s.yaml:5:50: error: unknown type 'Rol' (did you mean 'Role'?)",
        ])
    }

    @Test func enumValuesAndDefaultsMatchTheirType() {
        #expect(diagnostics("""
            models:
              M:
                properties:
                  a: { type: string, enum: [x, 1, x] }
                  b: { type: integer, default: "5" }
                  c: { type: string, enum: [x, y], default: z }
                  d: { type: boolean, enum: [true] }
                  e: { type: string, default: null }
            """) == [
            "s.yaml:5:36: error: enum value '1' of 'a' of model 'M' is not a string",
            "s.yaml:5:39: error: enum value 'x' of 'a' of model 'M' is listed twice (first at 5:33)",
            "s.yaml:6:36: error: default '5' of 'b' of model 'M' is not an integer",
            "s.yaml:7:49: error: default 'z' of 'c' of model 'M' is not one of its enum values (x, y)",
            "s.yaml:8:18: error: 'enum' of 'd' of model 'M' needs a string, integer or number type, not 'boolean'",
            "s.yaml:9:35: error: default of 'e' of model 'M' is null, but it is not nullable",
        ])
    }

    @Test func constraintsApplyToTheirTypes() {
        #expect(diagnostics("""
            models:
              M:
                properties:
                  a: { type: integer, maxLength: 3 }
                  b: { type: string, minimum: 1 }
                  c: { type: string, pattern: "([a-z" }
                  d: { type: string, minLength: 5, maxLength: 2 }
                  e: { type: array(string), minItems: -1 }
            """) == [
            "s.yaml:5:38: error: 'maxLength' of 'a' of model 'M' applies to string types only, not 'integer'",
            "s.yaml:6:35: error: 'minimum' of 'b' of model 'M' applies to integer and number types only, not 'string'",
            "s.yaml:7:35: error: 'pattern' of 'c' of model 'M' is not a valid regular expression",
            "s.yaml:8:51: error: 'minLength' of 'd' of model 'M' is greater than its 'maxLength'",
            "s.yaml:9:43: error: 'minItems' of 'e' of model 'M' must not be negative",
        ])
    }

    @Test func groupsAndServersMustExist() {
        #expect(diagnostics("""
            servers:
              - { name: eu, url: "https://{region}.example.com" }
            groups: [Users]
            endpoints:
              op: { group: Usres, servers: [us], method: GET, path: /a, responses: { 200: {} } }
            """) == [
            "s.yaml:3:22: error: server 'eu' uses '{region}' but declares no variable 'region'",
            "s.yaml:6:16: error: unknown group 'Usres' (did you mean 'Users'?)",
            "s.yaml:6:33: error: unknown server 'us'",
        ])
    }

    @Test func successesMayDifferButOneIsNeeded() {
        // Differing successes make a result type with a case per status.
        #expect(endpoint("method: GET\npath: /a\nresponses:\n  200: string\n  201: integer\n  204: {}") == [])
        #expect(endpoint("method: GET\npath: /a\nresponses:\n  404: {}") == [
            "s.yaml:3:3: error: endpoint 'op' has no success (2xx) response",
        ])
    }

    @Test func parametersMustBeSimple() {
        #expect(endpoint("method: GET\npath: /a\nquery:\n  filter: object\nresponses: { 200: {} }") == [
            "s.yaml:7:15: error: query parameter 'filter' must be a string, integer, number, boolean or enum (or a list of them), not 'object'; an object travels with 'style: deepObject'",
        ])
    }

    @Test func recursionThroughOptionalPropertiesArraysAndMapsIsAllowed() {
        #expect(
            diagnostics(
                "models:\n  Node:\n    properties:\n      parent: Node\n      children: array(Node)\n"
                    + "      byName: map(Node)\n      root: { type: Node, required: true, nullable: true }\n") == [])
    }

    @Test func recursionThroughRequiredPropertiesOnlyIsReported() {
        #expect(
            diagnostics(
                "models:\n  A:\n    properties:\n      b: { type: B, required: true }\n      self: A\n"
                    + "  B:\n    properties:\n      a: { type: A, required: true }\n") == [
                "s.yaml:9:7: error: model 'A' contains itself through required properties (A → B → A), so no value of "
                    + "it could ever end; make one of them optional"
            ])
    }

    /// Items checked in any order (as on several threads) and finished in item order report
    /// what one sequential validation does, in the same order.
    @Test func itemsCheckedOneByOneReportAsOneValidation() throws {
        let spec = try load("""
            api: { name: Test }
            groups: [A]
            models:
              M:
                group: B
                properties:
                  a: { type: integer, maxLength: 3, pattern: "[" }
                  b: Missing
              Node: { properties: { parent: { type: Node, required: true } } }
            endpoints:
              op: { method: get, path: "/a/{id}", responses: { 200: {} } }
              other: { group: A, method: GET, path: "/b?c", query: { q: { type: string, pattern: "(" } }, responses: {} }
            """)
        let (expected, expectedPatterns) = validateSpecDeferringPatterns(spec)
        let validation = SpecValidation(spec)
        let reversed = (0..<validation.itemCount).reversed().map(validation.check(item:))
        let (found, patterns) = validation.finish(reversed.reversed())
        #expect(found.diagnostics.map(\.description) == expected.diagnostics.map(\.description))
        #expect(found.diagnostics.count == 9)
        #expect(found.diagnostics.contains { $0.message.hasPrefix("unknown group 'B'") })
        #expect(found.diagnostics.contains { $0.message.hasPrefix("unknown method 'get'") })
        #expect(patterns.failures().map(\.description) == expectedPatterns.failures().map(\.description))
        #expect(patterns.failures().count == 2)
    }

    @Test func theFronteggSpecsAreValid() throws {
        let root = URLPaths.root
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/Specs").filter { $0.hasSuffix(".yaml") }.sorted()
        let files = try names.map { SpecFile(path: "Specs/" + $0, text: try String(contentsOfFile: root + "/Specs/" + $0, encoding: .utf8)) }
        let spec = try SpecLoader.load(files).get()
        #expect(validateSpec(spec).isEmpty)
        let pin = FronteggTranscription.self
        #expect(spec.endpoints.map(\.operationId).sorted() == pin.operationIds, pin.advice("operationIds", "the operations"))
        #expect(spec.servers.map(\.name.value) == pin.servers, pin.advice("servers", "the servers"))
        #expect(spec.groups.count == pin.groupCount, pin.advice("groupCount", "the number of groups"))
        let invite = try #require(spec.models.first { $0.name == "InviteUserRequest" })
        let provider = try #require(invite.properties.first { $0.name == "provider" })
        #expect(provider.enumValues?.count == pin.inviteProviderCount, pin.advice("inviteProviderCount", "the invite's providers"))
    }
}

import Foundation

enum URLPaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
}
