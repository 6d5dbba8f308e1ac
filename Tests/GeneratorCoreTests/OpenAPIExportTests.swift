import Foundation
import GeneratorCore
import SpecModel
import Testing
import YAMLLite

/// `apigen openapi`: the OpenAPI 3.1.0 document exported from the specs, in JSON and YAML.
/// `Tests/OpenAPI/validate.py` checks the same exports with openapi-spec-validator on CI.
@Suite struct OpenAPIExportTests {
    static let fixtureSpecs = ["kitchen-sink", "minimal"].map { RepositoryPaths.fixtures + "/" + $0 + "/Specs" }
    /// The Frontegg specs and every fixture's, those added later included.
    static let allSpecs = [RepositoryPaths.specs] + GoldenFixtureTests.fixtures.map { RepositoryPaths.fixtures + "/" + $0 + "/Specs" }

    static func export(_ folder: String) throws -> DocumentValue {
        let files = try InputReader.specFiles(in: folder)
        return try GeneratorPipeline.loadSpec(files).flatMap(OpenAPIExporter.export).get()
    }

    static func export(text: String) -> Result<DocumentValue, DiagnosticsError> {
        GeneratorPipeline.loadSpec([SpecFile(path: "test.yaml", text: text)]).flatMap(OpenAPIExporter.export)
    }

    /// Every operation of the document, by operation id, with its path and method.
    static func operations(_ document: DocumentValue) -> [String: (path: String, method: String, operation: DocumentValue)] {
        var result: [String: (path: String, method: String, operation: DocumentValue)] = [:]
        for path in document["paths"]?.objectValue?.members ?? [] {
            for method in path.value.objectValue?.members ?? [] {
                if let id = method.value["operationId"]?.stringValue { result[id] = (path.key, method.key, method.value) }
            }
        }
        return result
    }

    static func strings(_ value: DocumentValue?) -> [String] {
        value?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// JSON text parsed by Foundation and printed again with sorted keys: equal texts mean equal
    /// values, whatever the key order or number spelling of the original.
    static func canonicalJSON(_ text: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - The Frontegg export

    @Test func documentKeysComeInAFixedOrder() throws {
        let document = try Self.export(RepositoryPaths.specs)
        #expect(document.objectValue?.keys == ["openapi", "info", "servers", "security", "tags", "paths", "components"])
        #expect(document["openapi"] == "3.1.0")
        #expect(document["info"]?["title"] == "Identity Management")
        #expect(document["info"]?["version"] == "1.0")
        #expect(document["info"]?["description"]?.stringValue?.hasPrefix("Frontegg offers") == true)
    }

    @Test func serversKeepTheirURLsAndTheDomainVariable() throws {
        let servers = try #require(try Self.export(RepositoryPaths.specs)["servers"]?.arrayValue)
        #expect(servers.compactMap { $0["url"]?.stringValue } == [
            "https://api.frontegg.com/identity/", "https://api.us.frontegg.com/identity/",
            "https://api.ca.frontegg.com/identity/", "https://api.au.frontegg.com/identity/",
            "https://{domain}.frontegg.com/identity/",
        ])
        #expect(servers.first?["description"] == "EU Region")
        let domain = try #require(servers.last?["variables"]?["domain"])
        // No default and no enum in the spec: the variable's name stands in, as OpenAPI needs one.
        #expect(domain["default"] == "domain")
        #expect(domain["description"] == "Your Frontegg sub-domain, for example `app-xxx`.")
        #expect(domain["enum"] == nil)
    }

    /// The Frontegg specs, as the exports read them.
    static func fronteggSpec() throws -> APISpec {
        try GeneratorPipeline.loadSpec(try InputReader.specFiles(in: RepositoryPaths.specs)).get()
    }

    @Test func everyEndpointIsOneOperationTaggedWithItsGroup() throws {
        let document = try Self.export(RepositoryPaths.specs)
        let operations = Self.operations(document)
        let endpoints = try Self.fronteggSpec().endpoints
        #expect(Set(operations.keys) == Set(endpoints.map(\.operationId)))
        let count = document["paths"]?.objectValue?.members.reduce(0) { $0 + ($1.value.objectValue?.count ?? 0) }
        #expect(count == endpoints.count)
        #expect(operations["inviteUser"]?.path == "/resources/users/v2")
        #expect(operations["inviteUser"]?.method == "post")
        #expect(Self.strings(operations["inviteUser"]?.operation["tags"]) == ["Users"])
        #expect(Self.strings(operations["getUserProfile"]?.operation["tags"]) == ["User management"])
        // Two endpoints on one path share its path item, in spec order.
        #expect(document["paths"]?["/resources/users/v2/me"]?.objectValue?.keys == ["put", "get"])
        for (id, entry) in operations {
            #expect(entry.operation["tags"]?.arrayValue?.count == 1, "\(id) has one tag")
            #expect(entry.operation["summary"]?.stringValue != nil, "\(id) has a summary")
        }
        // Paths come in spec order: the files by name, then each file's order.
        #expect(document["paths"]?.objectValue?.keys.first == "/resources/auth/v2/api-token")
    }

    @Test func tagsAreTheGroupsInDocsOrder() throws {
        let document = try Self.export(RepositoryPaths.specs)
        let spec = try GeneratorPipeline.loadSpec(InputReader.specFiles(in: RepositoryPaths.specs)).get()
        let tags = try #require(document["tags"]?.arrayValue)
        #expect(tags.compactMap { $0["name"]?.stringValue } == spec.groups.map(\.name.value))
        #expect(tags.first?["name"] == "API token")
        #expect(tags.last?["name"] == "Users-applications management")
        #expect(tags.first { $0["name"] == "Users" }?["description"]
            == "Management: create, lock, unlock and manage users. Requires an environment token.")
    }

    @Test func bearerSecurityIsGlobal() throws {
        let document = try Self.export(RepositoryPaths.specs)
        #expect(document["security"] == [["bearerAuth": []]])
        #expect(document["components"]?["securitySchemes"] == ["bearerAuth": ["type": "http", "scheme": "bearer", "bearerFormat": "JWT"]])
        // No Frontegg endpoint overrides it.
        for (id, entry) in Self.operations(document) { #expect(entry.operation["security"] == nil, "\(id)") }
    }

    @Test func fieldsKeepTypesNullabilityAndConstraints() throws {
        let schemas = try #require(try Self.export(RepositoryPaths.specs)["components"]?["schemas"])
        let update = try #require(schemas["UpdateUserProfileRequest"]?["properties"])
        #expect(update["profilePictureUrl"] == ["type": ["string", "null"], "maxLength": 4095])
        #expect(update["phoneNumber"]?["pattern"] == #"^\+[1-9]{1}(\-?)(([0-9])(\-?)){5,13}(([0-9]$))"#)
        #expect(schemas["UpdateUserProfileRequest"]?["required"] == nil)

        let invite = try #require(schemas["InviteUserRequest"])
        #expect(Self.strings(invite["required"]) == ["email"])
        let provider = try #require(invite["properties"]?["provider"])
        #expect(provider["type"] == "string")
        #expect(Self.strings(provider["enum"]) == ["local", "saml", "google", "github", "facebook", "microsoft", "scim2", "slack", "apple"])
        #expect(provider["default"] == "local")
        #expect(invite["properties"]?["expirationInSeconds"] == [
            "type": "number", "description": "Temporary user expiration in seconds", "minimum": 300,
        ])
        #expect(invite["properties"]?["email"] == ["type": "string", "format": "email", "examples": ["user@example.com"]])
        #expect(invite["properties"]?["metadata"]?["examples"] == ["{}"])
        #expect(invite["properties"]?["roleIds"] == ["type": "array", "items": ["type": "string"]])
        #expect(invite["properties"]?["emailMetadata"] == ["type": "object"])
        #expect(schemas["AddPhoneNumberRequest"]?["properties"]?["verify"]?["default"] == true)

        let profile = try #require(schemas["UserProfile"])
        #expect(profile["description"] == "A logged-in user's profile.")
        #expect(profile["properties"]?["roles"] == ["type": "array", "items": ["$ref": "#/components/schemas/RoleResponse"]])
        #expect(profile["properties"]?["createdAt"] == ["type": "string", "format": "date-time"])
        #expect(Self.strings(profile["properties"]?["managedBy"]?["enum"]) == ["frontegg", "scim2", "external"])
    }

    @Test func parametersAndBodies() throws {
        let document = try Self.export(RepositoryPaths.specs)
        let operations = Self.operations(document)
        var pathParameters = 0
        for (id, entry) in operations {
            for parameter in entry.operation["parameters"]?.arrayValue ?? [] where parameter["in"] == "path" {
                pathParameters += 1
                #expect(parameter["required"] == true, "path parameter of \(id)")
                #expect(entry.path.contains("{" + (parameter["name"]?.stringValue ?? "?") + "}"))
            }
        }
        #expect(pathParameters == (try Self.fronteggSpec().endpoints.reduce(0) { $0 + $1.pathPlaceholders.count }))

        let invite = try #require(operations["inviteUser"]?.operation)
        #expect(invite["parameters"] == [[
            "name": "frontegg-tenant-id", "in": "header", "description": "The tenant ID identifier", "required": true,
            "schema": ["type": "string"],
        ]])
        #expect(invite["requestBody"] == [
            "required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/InviteUserRequest"]]],
        ])
        #expect(invite["responses"]?["200"]?["description"] == "Success")
        #expect(invite["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["$ref"] == "#/components/schemas/InviteUserResponse")
        #expect(operations["lockUser"]?.operation["responses"] == ["200": ["description": "Success"]])

        // `properties: {}` is sent as `{}`: an inline object, not a named schema.
        let preDisable = try #require(operations["preDisableSmsMfa"]?.operation)
        #expect(preDisable["requestBody"]?["content"]?["application/json"]?["schema"] == ["type": "object"])
        #expect(document["components"]?["schemas"]?["PreDisableSmsMfaRequest"] == nil)
        #expect(preDisable["parameters"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
            == ["deviceId", "frontegg-tenant-id", "frontegg-user-id"])

        // Endpoints served by some servers only carry copies of those servers.
        let servers = try #require(operations["getUserProfile"]?.operation["servers"]?.arrayValue)
        #expect(servers.count == 1)
        #expect(servers.first == document["servers"]?[4])
    }

    @Test func everyModelIsASchemaInSpecOrder() throws {
        let files = try InputReader.specFiles(in: RepositoryPaths.specs)
        let spec = try GeneratorPipeline.loadSpec(files).get()
        let document = try Self.export(RepositoryPaths.specs)
        let names = try #require(document["components"]?["schemas"]?.objectValue?.keys)
        #expect(names == spec.models.map(\.name).filter { $0 != "PreDisableSmsMfaRequest" })
        for name in ["InviteUserRequest", "InviteUserResponse", "GeneratePasswordResetTokenResponse", "APITokenResponse"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    // MARK: - Fixtures

    @Test func kitchenSinkExport() throws {
        let document = try Self.export(Self.fixtureSpecs[0])
        let operations = Self.operations(document)
        let schemas = try #require(document["components"]?["schemas"])

        let regional = try #require(document["servers"]?[1])
        #expect(regional["variables"] == [
            "region": ["description": "The region code", "default": "eu-west"],
            "version": ["default": "v2", "enum": ["v1", "v2"]],
        ])
        #expect(document["tags"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["Pets", "Store admin", "Empty group"])
        #expect(document["tags"]?[2] == ["name": "Empty group"])

        // `security: none` opts out of the global bearer requirement; `servers:` copies the server.
        let delete = try #require(operations["deletePet"])
        #expect(delete.path == "/pets/{petId}" && delete.method == "delete")
        #expect(delete.operation["security"] == [])
        #expect(delete.operation["servers"] == [regional])
        #expect(delete.operation["responses"] == ["204": ["description": "Success"]])
        #expect(document["paths"]?["/pets/{petId}"]?.objectValue?.keys == ["get", "delete"])

        let list = try #require(operations["listPets"]?.operation)
        let parameters = try #require(list["parameters"]?.arrayValue)
        #expect(parameters.compactMap { $0["name"]?.stringValue } == ["X-Request-ID", "X-Flags", "limit", "kind", "tags", "sort-order"])
        #expect(parameters[2]["schema"] == ["type": "integer", "default": 20, "minimum": 1, "maximum": 100])
        #expect(parameters[2]["description"] == "How many pets to return.")
        #expect(parameters[3]["schema"] == ["$ref": "#/components/schemas/PetKind"])
        #expect(parameters[4]["style"] == "form" && parameters[4]["explode"] == true)
        #expect(parameters[1]["style"] == nil, "headers keep OpenAPI's simple style")
        #expect(parameters[5]["schema"] == ["type": "string", "enum": ["asc", "desc"]])
        #expect(list["responses"]?["200"]?["description"] == "A page of pets.")
        #expect(list["responses"]?["200"]?["content"]?["application/json"]?["schema"]
            == ["type": "array", "items": ["$ref": "#/components/schemas/Pet"]])
        #expect(list["responses"]?["400"] == ["description": "Error"])

        // An undeclared `{ownerId}` is a required string parameter; the operation is deprecated.
        let update = try #require(operations["updatePet"]?.operation)
        #expect(update["deprecated"] == true)
        #expect(update["parameters"]?[1] == ["name": "ownerId", "in": "path", "required": true, "schema": ["type": "string"]])
        #expect(update["requestBody"]?["required"] == nil)
        #expect(update["requestBody"]?["description"] == "The fields to change.")
        #expect(operations["replaceInventory"]?.operation["requestBody"]?["content"]?["application/json"]?["schema"]
            == ["type": "array", "items": ["$ref": "#/components/schemas/InventoryEntry"]])

        let pet = try #require(schemas["Pet"]?["properties"])
        #expect(Self.strings(schemas["Pet"]?["required"]) == ["id", "name", "kind", "tag_line"])
        #expect(pet["tag_line"] == ["type": ["string", "null"], "description": "A tag line; null when the pet has none."])
        #expect(pet["name"] == ["type": "string", "minLength": 1, "maxLength": 64])
        #expect(pet["weight"] == ["type": "number", "minimum": 0])
        #expect(pet["tags"] == [
            "type": "array", "items": ["type": "string", "enum": ["friendly", "shy", "loud"]], "description": "Temperament tags.",
        ])
        #expect(pet["status"] == ["type": "string", "enum": ["available", "pending", "sold", "on hold", "2nd-hand"], "default": "available"])
        #expect(pet["priority"] == ["type": "integer", "enum": [1, 2, 3]])
        #expect(pet["scores"] == ["type": "array", "items": ["type": "array", "items": ["type": "number"]]])
        #expect(pet["attributes"] == ["type": "object"])
        #expect(pet["owner"] == ["$ref": "#/components/schemas/Owner"])
        #expect(schemas["PetKind"] == [
            "type": "string", "description": "The kind of pet; a named enum.", "enum": ["dog", "cat", "unknown", "bird"],
        ])
        #expect(schemas["UpdatePetRequest"]?["properties"]?["tag_line"] == ["type": ["string", "null"], "default": .null])
    }

    @Test func minimalExportOmitsWhatTheSpecDoesNotSay() throws {
        let document = try Self.export(Self.fixtureSpecs[1])
        #expect(document.objectValue?.keys == ["openapi", "info", "paths", "components"])
        #expect(document["info"] == ["title": "Minimal", "version": "0.0.0"])
        #expect(document["paths"]?["/ping"]?["get"]?["operationId"] == "ping")
        #expect(document["paths"]?["/ping"]?["get"]?["tags"] == nil)
        #expect(document["components"]?.objectValue?.keys == ["schemas"])
        #expect(document["components"]?["schemas"]?["PingResponse"] == [
            "type": "object", "properties": ["ok": ["type": "boolean"]], "required": ["ok"],
        ])
    }

    @Test func nullableReferencesAndEnumsUseTheThreeOneForms() throws {
        let result = Self.export(text: """
            api: { name: Nulls }
            models:
              Color: { type: string, enum: [red, green] }
              Paint:
                properties:
                  color: { type: Color, nullable: true, description: The paint's color. }
                  finish: { type: string, enum: [matte, gloss], nullable: true }
                  layers: { type: array(integer(int64)), nullable: true, maxItems: 3 }
                  ratio: { type: number(float), minimum: 0.5, maximum: 1e20, example: 0.75 }
            endpoints:
              paint:
                method: POST
                path: /paint
                security: bearer
                body: Paint
                responses:
                  201: {}
                  default: { description: Something went wrong., body: object }
              look:
                method: GET
                path: /paint
                security: none
                responses: { 200: Paint }
            """)
        let document = try result.get()
        let paint = try #require(document["components"]?["schemas"]?["Paint"]?["properties"])
        #expect(paint["color"] == [
            "anyOf": [["$ref": "#/components/schemas/Color"], ["type": "null"]], "description": "The paint's color.",
        ])
        #expect(paint["finish"] == ["type": ["string", "null"], "enum": ["matte", "gloss", .null]])
        #expect(paint["layers"] == ["type": ["array", "null"], "items": ["type": "integer", "format": "int64"], "maxItems": 3])
        #expect(paint["ratio"] == ["type": "number", "format": "float", "minimum": 0.5, "maximum": .number(1e20), "examples": [0.75]])
        let operation = try #require(document["paths"]?["/paint"]?["post"])
        // The API sends no credentials, but this endpoint does: the scheme is declared for it alone.
        #expect(document["security"] == nil)
        #expect(operation["security"] == [["bearerAuth": []]])
        #expect(document["components"]?["securitySchemes"]?["bearerAuth"]?["scheme"] == "bearer")
        #expect(document["paths"]?["/paint"]?["get"]?["security"] == nil, "no override of the same security")
        #expect(operation["responses"]?["201"] == ["description": "Success"])
        #expect(operation["responses"]?["default"]?["description"] == "Something went wrong.")
        #expect(operation["requestBody"]?["required"] == true)
    }

    @Test func modelNamesOpenAPIDoesNotAllowBecomeComponentNames() throws {
        let document = try Self.export(text: """
            api: { name: Names }
            models:
              2D point: { properties: { x: number } }
              2D_point: { properties: { y: number } }
              Crème brûlée: { type: string, enum: [hot, cold] }
            endpoints:
              "get [thing]":
                method: PUT
                path: /things
                body: { properties: { a: 2D point, b: array(Crème brûlée), c: 2D_point } }
                responses: { 200: {} }
            """).get()
        let schemas = try #require(document["components"]?["schemas"])
        #expect(schemas.objectValue?.keys == ["2D_point_2", "2D_point", "Creme_brulee", "Get_thing_Request"])
        #expect(schemas["2D_point_2"]?["title"] == "2D point")
        #expect(schemas["2D_point"]?["title"] == nil, "an allowed name is kept, and keeps its key")
        #expect(schemas["Creme_brulee"] == ["title": "Crème brûlée", "type": "string", "enum": ["hot", "cold"]])
        #expect(schemas["Get_thing_Request"]?["title"] == "Get [thing]Request")
        #expect(schemas["Get_thing_Request"]?["properties"] == [
            "a": ["$ref": "#/components/schemas/2D_point_2"],
            "b": ["type": "array", "items": ["$ref": "#/components/schemas/Creme_brulee"]],
            "c": ["$ref": "#/components/schemas/2D_point"],
        ])
        #expect(document["paths"]?["/things"]?["put"]?["requestBody"]?["content"]?["application/json"]?["schema"]
            == ["$ref": "#/components/schemas/Get_thing_Request"])
    }

    @Test func operationsOpenAPICannotHoldSideBySideAreErrors() {
        let result = Self.export(text: """
            api: { name: Clash }
            endpoints:
              first:
                method: GET
                path: /items/{id}
                responses: { 200: {} }
              second:
                method: GET
                path: /items/{id}
                responses: { 200: {} }
              third:
                method: DELETE
                path: /items/{itemId}
                responses: { 204: {} }
            """)
        guard case .failure(let error) = result else {
            Issue.record("expected errors")
            return
        }
        let messages = error.diagnostics.map(\.description)
        #expect(messages.count == 2)
        #expect(messages.first?.hasPrefix("test.yaml:7:3: error: endpoint 'second' has the method and path of endpoint 'first'") == true)
        #expect(messages.last?.hasPrefix("test.yaml:13:11: error: path '/items/{itemId}' of endpoint 'third' is path '/items/{id}'") == true)
    }

    // MARK: - JSON and YAML

    /// The YAML is YAML-lite, and reads back as the very JSON the JSON emitter writes: same
    /// values, same key order, same text (but for how a number's exponent is spelled).
    @Test(arguments: allSpecs)
    func yamlReadsBackAsTheJSON(folder: String) throws {
        let document = try Self.export(folder)
        let json = JSONEmitter.emit(document)
        let yaml = YAMLEmitter.emit(document)
        let parsed = YAMLLite.parse(yaml)
        #expect(parsed.errors.isEmpty, "\(parsed.errors.map(\.description))")
        let root = try #require(parsed.root)
        #expect(try Self.canonicalJSON(root.jsonString(pretty: true)) == Self.canonicalJSON(json))
        // Same text too, but for one spelling: the emitters write `1.0e+300` for YAML 1.1
        // readers, and YAML-lite's JSON writes the float back as Python does, `1e+300`.
        #expect(root.jsonString(pretty: true) + "\n" == json.replacingOccurrences(of: ".0e", with: "e"))
    }

    @Test(arguments: allSpecs)
    func exportIsDeterministic(folder: String) throws {
        let first = try Self.export(folder)
        let second = try Self.export(folder)
        #expect(first == second)
        #expect(JSONEmitter.emit(first) == JSONEmitter.emit(second))
        #expect(YAMLEmitter.emit(first) == YAMLEmitter.emit(second))
        // The spec files merge the same way in any order, and so export the same way.
        let files = try InputReader.specFiles(in: folder)
        let reversed = try GeneratorPipeline.loadSpec(files.reversed()).flatMap(OpenAPIExporter.export).get()
        #expect(JSONEmitter.emit(reversed) == JSONEmitter.emit(first))
    }

    @Test func jsonIsPrettyWithTwoSpaces() throws {
        let json = JSONEmitter.emit(try Self.export(Self.fixtureSpecs[1]))
        #expect(json.hasPrefix("{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\n    \"title\": \"Minimal\",\n"))
        #expect(json.hasSuffix("\n}\n"))
        #expect(JSONEmitter.emit(["a": [], "b": [:], "c": [1.5, .number(1e16), .number(.infinity)]])
            == "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1.5,\n    1.0e+16,\n    null\n  ]\n}\n")
        #expect(JSONEmitter.emit("quote \" slash \\ line\n tab\t bell\u{7} é ➜") == "\"quote \\\" slash \\\\ line\\n tab\\t bell\\u0007 é ➜\"\n")
    }

    /// Strings that a careless emitter would let YAML read as something else, or not read at all.
    static let trickyStrings: [String] = [
        "", " ", "plain text", "yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "~", "NULL",
        "300", "-7", "3.1.0", "1e3", "0x1F", "0o17", ".inf", "-.inf", ".nan", "1_000", "2001-12-14", "12:30",
        "a: b", "a:b", "ends with colon:", "a #b", "a#b", "#comment", "- item", "-item", "? key", "[x]", "{x}",
        "x, y", "x]", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick", "|", ">", "'single'", "\"double\"",
        "it's", " leading", "trailing ", "tab\there", "line\nbreak", "two\nlines\n", "trailing blank lines\n\n",
        "\nleading break", " indented\nblock\n", "blank\n  \nline\n", "cr\r\nlf", "nel\u{85}x", "ls\u{2028}x",
        "bom\u{FEFF}x", "bell\u{7}x", "del\u{7F}x", "c1\u{9B}x", "é ➜ 日本", "/pets/{petId}", "$ref",
        "#/components/schemas/Pet", "<<", "=", "- ", "key: value # comment", "text # not a comment?",
        "    four spaces\n  two\n", "a\n\n\nb\n", "---", "...", "--- x", "a\tb\n",
    ]

    @Test func trickyStringsReadBackUnchanged() throws {
        var object = DocumentObject()
        for (index, text) in Self.trickyStrings.enumerated() {
            object[text] = .string(text)
            object["list \(index)"] = [.string(text), .string(text)]
            object["item \(index)"] = [["k": .string(text)], .string(text)]
        }
        object["values"] = [.null, true, false, 0, -12, 0.5, -2.25, 123456789012.5, [], [:], [[]], [1, [2]]]
        let document = DocumentValue.object(object)
        let yaml = YAMLEmitter.emit(document)
        let parsed = YAMLLite.parse(yaml)
        #expect(parsed.errors.isEmpty, "\(parsed.errors.map(\.description))\n\(yaml)")
        let root = try #require(parsed.root)
        #expect(root.jsonString(pretty: true) + "\n" == JSONEmitter.emit(document))
        // Exponents get a dot, which YAML 1.1 readers need to see a float; the value is unchanged.
        let exponents: DocumentValue = ["v": [.number(1e-7), .number(1e16), .number(-2.5e-300)]]
        #expect(YAMLEmitter.emit(exponents) == "v: [1.0e-07, 1.0e+16, -2.5e-300]\n")
        let readBack = try #require(YAMLLite.parse(YAMLEmitter.emit(exponents)).root)
        #expect(try Self.canonicalJSON(readBack.jsonString()) == Self.canonicalJSON(JSONEmitter.emit(exponents)))
        // Multi-line text reads best as a literal block, when one reads back exactly.
        #expect(YAMLEmitter.emit(["d": "two\nlines\n"]) == "d: |\n  two\n  lines\n")
        #expect(YAMLEmitter.emit(["d": "no final break\nhere"]) == "d: |-\n  no final break\n  here\n")
        #expect(YAMLEmitter.emit(["d": "para\n\nnext\n"]) == "d: |\n  para\n\n  next\n")
        #expect(YAMLEmitter.emit(["d": " indented\nblock\n"]) == "d: \" indented\\nblock\\n\"\n")
        #expect(YAMLEmitter.emit(["200": "yes", "on": "it's"]) == "'200': 'yes'\n'on': it's\n")
    }

    @Test func yamlLayout() {
        let value: DocumentValue = [
            "list": ["a", "b"],
            "objects": [["name": "x", "in": "path"], [:]],
            "nested": [["a", "b"], []],
            "long": .array((0..<30).map { .string("item\($0)") }),
            "empty": [:],
        ]
        let long = (0..<30).map { "  - item\($0)\n" }.joined()
        #expect(YAMLEmitter.emit(value) == """
            list: [a, b]
            objects:
              - name: x
                in: path
              - {}
            nested:
              - [a, b]
              - []
            long:
            \(long)empty: {}

            """)
        #expect(YAMLEmitter.emit("scalar") == "scalar\n")
        #expect(YAMLEmitter.emit([]) == "[]\n")
    }

    // MARK: - The command

    @Test func commandPrintsOrWritesTheDocument() throws {
        let json = CommandLineInterface.run(["openapi", "--specs", RepositoryPaths.specs])
        #expect(json.exitCode == 0)
        #expect(json.standardOutput == JSONEmitter.emit(try Self.export(RepositoryPaths.specs)))
        let yaml = CommandLineInterface.run(["openapi", "--format", "yaml", "--specs", RepositoryPaths.specs])
        #expect(yaml.exitCode == 0)
        #expect(yaml.standardOutput.hasPrefix("openapi: '3.1.0'\ninfo:\n  title: Identity Management\n"))

        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/openapi.yaml"
        let written = CommandLineInterface.run(["openapi", "--specs", RepositoryPaths.specs, "--format", "yaml", "--output", file])
        #expect(written.exitCode == 0)
        #expect(written.standardOutput == "Wrote the OpenAPI 3.1.0 document to \(file).\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == yaml.standardOutput)
        let again = CommandLineInterface.run(["openapi", "--specs", RepositoryPaths.specs, "--format", "yaml", "--output", file])
        #expect(again.standardOutput == "\(file) is up to date.\n")
    }

    @Test(arguments: [["openapi", "--format", "xml"], ["openapi", "--format"], ["openapi", "--templates", "T"], ["openapi", "extra"]])
    func commandUsageErrorsExitWithTwo(arguments: [String]) {
        let outcome = CommandLineInterface.run(arguments)
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError.hasPrefix("error: "))
    }

    @Test func commandReportsSpecErrors() throws {
        let folder = try RepositoryPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("api: { name: Broken }\nendpoints:\n  x: { method: GET, path: /x }\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/api.yaml"))
        let outcome = CommandLineInterface.run(["openapi", "--specs", folder])
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardError.contains("api.yaml:3:3: error: endpoint 'x' has no responses"))
        #expect(CommandLineInterface.run(["openapi", "--specs", folder + "/missing"]).exitCode == 1)
        #expect(CommandLineInterface.run(["--help"]).standardOutput.contains("apigen openapi [--specs DIR] [--format json|yaml] [--output FILE]"))
    }
}
