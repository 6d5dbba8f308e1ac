@_spi(Generated) @testable import APIGenRuntime
import Foundation
import Testing

/// The request builder, which generated operations use: header names are case-insensitive, and
/// what cannot be sent is a problem `build` throws.
@Suite struct RequestBuilderTests {
    @Test func aHeaderSetInAnotherCaseReplacesTheFirst() throws {
        var builder = RequestBuilder(operation: "op", method: "GET", path: "/x")
        builder.setHeader("accept", "text/plain")
        builder.setField("X-Trace", "1")
        builder.setField("x-trace", "2")
        let request = try builder.build(baseURLString: "https://api.example.com", timeout: nil)
        #expect(request.headers == ["accept": "text/plain", "x-trace": "2"])
    }

    @Test func cookiesAddUpWhateverTheCaseOfTheirHeader() throws {
        var builder = RequestBuilder(operation: "op", method: "GET", path: "/x")
        builder.setField("cookie", "a=1")
        builder.addCookie("b", "2")
        let request = try builder.build(baseURLString: "https://api.example.com", timeout: nil)
        #expect(request.headers["Cookie"] == "a=1; b=2")
        #expect(request.headers["cookie"] == nil)
    }

    @Test func theFirstArgumentThatCannotBeEncodedIsThrownByBuild() {
        var builder = RequestBuilder(operation: "op", method: "POST", path: "/x")
        builder.addDeepObjectQuery("filter", 7)
        builder.setJSONBody(["ratio": Double.nan])
        do throws(RequestProblem) {
            _ = try builder.build(baseURLString: "https://api.example.com", timeout: nil)
            Issue.record("a request with an unencodable argument was built")
        } catch {
            // The deep object's failure, the first one, not the body's.
            #expect(error.kind == .encoding && error.operation == "op" && error.field == "filter")
        }
    }

    @Test func emptyPathParametersAndLineBreaksInHeadersAreValidationProblems() {
        let id = ""
        let empty = RequestBuilder(operation: "op", method: "GET", path: "/users/\(id)/lock")
        #expect(throws: RequestProblem(.validation, operation: "op", field: "path", detail: "path parameters must not be empty")) {
            try empty.build(baseURLString: "https://api.example.com", timeout: nil)
        }
        var broken = RequestBuilder(operation: "op", method: "GET", path: "/x")
        broken.setHeader("X-Tenant", "a\r\nX-Injected: 1")
        #expect(throws: RequestProblem(.validation, operation: "op", field: "header X-Tenant", detail: "no CR, LF or NUL in header values")) {
            try broken.build(baseURLString: "https://api.example.com", timeout: nil)
        }
    }
}
