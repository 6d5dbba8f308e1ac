import Foundation
import RealWorld
import Testing

/// Path, header, cookie and query parameters travel as their styles say.
@Suite struct ParameterStyleTests {
    @Test func everyStyleOnTheWire() async throws {
        try await EchoServer.withClient { client, server in
            try await client.search(
                ids: [3, 4, 5], theme: "dark mode; x", xFlags: ["a", "b c"], recent: ["p/1", "p,2"],
                tags: ["x", "y z"], colors: ["red", "green,blue"], words: ["hello", "world"], levels: [1, 2],
                filter: SearchFilter(status: "open", since: CalendarDate(year: 2024, month: 5, day: 1), owner: StartedSession(id: "u 1")),
                attributes: ["k": "v&w"])
            let request = try await server.lastRequest()
            #expect(request.path == "/api/ping/search/3,4,5")
            #expect(request.headers["x-flags"] == "a,b c")
            #expect(request.headers["cookie"] == "theme=dark%20mode%3B%20x; recent=p/1,p%2C2")
            #expect(
                request.query
                    == "tags=x&tags=y%20z&colors=red,green%2Cblue&words=hello%20world&levels=1%7C2"
                    + "&filter%5Bowner%5D%5Bid%5D=u%201&filter%5Bsince%5D=2024-05-01&filter%5Bstatus%5D=open"
                    + "&attributes%5Bk%5D=v%26w")
        }
    }
}
