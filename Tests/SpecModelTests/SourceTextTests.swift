import SpecModel
import Testing

/// Type expressions and path texts scanned as UTF-8 bytes, on text where bytes and Unicode
/// scalars differ: results and columns must be those of a scan by scalars.
@Suite struct SourceTextTests {
    @Test func typeExpressionsWithNonASCIINamesAndPaddedFormats() throws {
        let spec = try load(
            """
            api: { name: T }
            models:
              Größe: {}
              M:
                properties:
                  a: Größe
                  b: array(Größe)
                  c: string( date-time )
                  d: string(\u{3000}email\u{3000})
                  e: "integer(\\tint64 )"
                  f: 'Größe '

            """)
        let properties = try #require(spec.models.last?.properties)
        #expect(
            properties.map(\.type) == [
                .model("Größe"), .array(.model("Größe")), .string(format: .dateTime), .string(format: .email),
                .integer(format: .int64), .model("Größe"),
            ])
    }

    @Test func typeExpressionErrorsAfterNonASCIICountScalars() {
        let body = "models:\n  M:\n    properties:\n      a: array(Größe\n      b: string(email) é\n      e: array(é )x\n"
        #expect(
            diagnostics(body) == [
                "s.yaml:5:21: error: expected ')'",
                "s.yaml:6:24: error: unexpected 'é' in type 'string(email) é'",
                "s.yaml:7:19: error: unexpected 'x' in type 'array(é )x'",
            ])
    }

    @Test func quotedPathPlaceholdersCountScalars() {
        let endpoint = "endpoints:\n  op:\n    method: GET\n    path: \"/é/{id}/{id}\"\n    responses: { 200: {} }\n"
        #expect(diagnostics(endpoint) == ["s.yaml:5:20: error: path parameter '{id}' occurs twice in the path"])
    }

    @Test func quotedPathPlaceholdersOnCRLFLines() {
        let text =
            "api: { name: T }\r\nendpoints:\r\n  op:\r\n    method: GET\r\n    path: '/ü/{a}/{a}'\r\n"
            + "    responses: { 200: {} }\r\n"
        #expect(
            diagnostics([("s.yaml", text)]) == ["s.yaml:5:19: error: path parameter '{a}' occurs twice in the path"])
    }

    @Test func quotedPathAfterALoneCarriageReturnIsLocatedAtThePath() {
        // YAML breaks lines at a lone CR, the source line lookup does not: the texts do not
        // match, so the placeholders are located at the path itself.
        let body = "# c\r# d\nendpoints:\n  op:\n    method: GET\n    path: \"/{c}/{c}\"\n    responses: { 200: {} }\n"
        #expect(diagnostics(body) == ["s.yaml:7:11: error: path parameter '{c}' occurs twice in the path"])
    }

    @Test func quotedPathAfterAByteOrderMark() {
        let text =
            "\u{FEFF}api: { name: T }\nendpoints:\n  op:\n    method: GET\n    path: \"/{c}/{c}\"\n"
            + "    responses: { 200: {} }\n"
        #expect(
            diagnostics([("s.yaml", text)]) == ["s.yaml:5:17: error: path parameter '{c}' occurs twice in the path"])
    }
}

/// Path checks scan bytes when the path is ASCII; other paths keep the character-based
/// checks, in which a combining mark makes `?` or `{` another character.
@Suite struct NonASCIIPathTests {
    private func pathDiagnostics(_ path: String) -> [String] {
        diagnostics("endpoints:\n  op:\n    method: GET\n    path: \(path)\n    responses: { 200: {} }\n")
    }

    @Test func queriesAndBracesInNonASCIIPaths() {
        #expect(
            pathDiagnostics("\"/é/{id}?x\"") == [
                "s.yaml:5:11: error: path '/é/{id}?x' of endpoint 'op' must not hold a query or fragment; declare 'query:' parameters instead"
            ])
        #expect(pathDiagnostics("\"/ü/{a}/{b}\"").isEmpty)
    }

    @Test func combiningMarksMakeOtherCharacters() {
        #expect(
            pathDiagnostics("\"/a/{\\u0301b}\"") == [
                "s.yaml:5:11: error: path '/a/{\u{301}b}' of endpoint 'op' has unbalanced braces"
            ])
        #expect(pathDiagnostics("\"/a/?\\u0301\"").isEmpty)
        #expect(pathDiagnostics("\"/x#\\u0301\"").isEmpty)
    }
}

/// Keys are recognized only when they are exactly a known key: near misses, other cases and
/// look-alike characters are unknown keys, reported with the closest known one.
@Suite struct KeyRecognitionTests {
    @Test func nearMissesOfFieldKeysAreUnknown() {
        let body = """
            models:
              M:
                properties:
                  a: { Type: string }
                  b: { type: string, typ: x, types: y, "t\u{FF}pe": z, "\u{FF54}ype": w, descriptio: d, maximum: 3 }

            """
        #expect(
            diagnostics(body) == [
                "s.yaml:5:10: error: property 'a' of model 'M' has no 'type'",
                "s.yaml:5:12: error: unknown key 'Type' in property 'a' of model 'M' (did you mean 'type'?)",
                "s.yaml:6:26: error: unknown key 'typ' in property 'b' of model 'M' (did you mean 'type'?)",
                "s.yaml:6:34: error: unknown key 'types' in property 'b' of model 'M' (did you mean 'type'?)",
                "s.yaml:6:44: error: unknown key 't\u{FF}pe' in property 'b' of model 'M' (did you mean 'type'?)",
                "s.yaml:6:55: error: unknown key '\u{FF54}ype' in property 'b' of model 'M' (did you mean 'type'?)",
                "s.yaml:6:66: error: unknown key 'descriptio' in property 'b' of model 'M' (did you mean 'description'?)",
            ])
    }

    @Test func nearMissesOfEndpointKeysAreUnknown() {
        let body =
            "endpoints:\n  op:\n    method: GET\n    path: /x\n    Method: POST\n    bodyy: {}\n"
            + "    responses: { 200: {} }\n"
        #expect(
            diagnostics(body) == [
                "s.yaml:6:5: error: unknown key 'Method' in endpoint 'op' (did you mean 'method'?)",
                "s.yaml:7:5: error: unknown key 'bodyy' in endpoint 'op' (did you mean 'body'?)",
            ])
    }
}
