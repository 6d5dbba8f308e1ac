import Foundation
import Testing

@testable import FronteggIdentity

/// The request builder, which generated operations use: header names are case-insensitive.
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
}
