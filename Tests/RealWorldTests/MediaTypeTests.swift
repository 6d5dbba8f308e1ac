import Foundation
import RealWorld
import Testing

/// Bodies travel as their content type says, byte for byte, and responses are read the same way.
@Suite struct MediaTypeTests {
    func withServer(_ body: (RealWorldClient, EchoServer) async throws -> Void) async throws {
        try await EchoServer.withClient(body)
    }

    @Test func aFormIsPercentEncodedAsBrowsersDo() async throws {
        try await withServer { client, server in
            let body = RequestTokenRequest(
                grantType: "password", username: "ana+bob@example.com", password: "p&ss=wörd ok",
                scope: ["read", "write"], options: ["a b": "c+d"], expiresIn: 3600, remember: true)
            _ = try await client.requestToken(body: body)
            let request = try await server.lastRequest()
            #expect(request.contentType == "application/x-www-form-urlencoded")
            #expect(
                request.body
                    == "expiresIn=3600&grant_type=password&options%5Ba+b%5D=c%2Bd&password=p%26ss%3Dw%C3%B6rd+ok"
                    + "&remember=true&scope=read&scope=write&username=ana%2Bbob%40example.com")
        }
    }

    @Test func multipartPartsHaveTheirNamesFileNamesAndTypes() async throws {
        try await withServer { client, server in
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF])
            let body = UploadAvatarRequest(
                name: "Ana \"A\" Lima", avatar: FileUpload(png, fileName: "ana.png"),
                attachments: [
                    FileUpload(Data("a,b\n".utf8), fileName: "notes.csv", contentType: "text/csv"),
                    FileUpload(Data([1, 2, 3]), fileName: "raw.bin"),
                ],
                tags: ["x", "y"], details: ["k": "v"], count: 2, note: .null)
            _ = try await client.uploadAvatar(body: body)
            let request = try await server.lastRequest()
            let contentType = try #require(request.contentType)
            #expect(contentType.hasPrefix("multipart/form-data; boundary=apigen-"))
            let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
            func part(_ headers: String, _ content: Data) -> Data {
                Data("--\(boundary)\r\n\(headers)\r\n\r\n".utf8) + content + Data("\r\n".utf8)
            }
            let expected =
                part("Content-Disposition: form-data; name=\"name\"", Data("Ana \"A\" Lima".utf8))
                + part("Content-Disposition: form-data; name=\"avatar\"; filename=\"ana.png\"\r\nContent-Type: image/png", png)
                + part(
                    "Content-Disposition: form-data; name=\"attachments\"; filename=\"notes.csv\"\r\nContent-Type: text/csv",
                    Data("a,b\n".utf8))
                + part(
                    "Content-Disposition: form-data; name=\"attachments\"; filename=\"raw.bin\"\r\n"
                        + "Content-Type: application/octet-stream",
                    Data([1, 2, 3]))
                + part("Content-Disposition: form-data; name=\"tags\"\r\nContent-Type: application/json", Data(#"["x","y"]"#.utf8))
                + part("Content-Disposition: form-data; name=\"details\"\r\nContent-Type: application/json", Data(#"{"k":"v"}"#.utf8))
                + part("Content-Disposition: form-data; name=\"count\"", Data("2".utf8))
                + Data("--\(boundary)--\r\n".utf8)
            #expect(request.bodyData == expected)
        }
    }

    @Test func aQuoteInAPartNameIsEscaped() async throws {
        try await withServer { client, server in
            let body = UploadAvatarRequest(name: "n", avatar: FileUpload(Data(), fileName: "a\"b\r\n.png"))
            _ = try await client.uploadAvatar(body: body)
            let sent = try #require(try await server.lastRequest().body)
            #expect(sent.contains("filename=\"a%22b%0D%0A.png\""))
        }
    }

    @Test func textTravelsAsUTF8AndComesBackAsAString() async throws {
        try await withServer { client, server in
            let text = "héllo\nwörld ✓"
            #expect(try await client.sendNote(body: text) == text)
            let request = try await server.lastRequest()
            #expect(request.contentType == "text/plain; charset=utf-8")
            #expect(request.accept == "text/plain")
            #expect(request.bodyData == Data(text.utf8))
        }
    }

    @Test func bytesTravelUnchanged() async throws {
        try await withServer { client, server in
            let bytes = Data([0x00, 0xFF, 0xC3, 0x28, 0x0D, 0x0A])
            #expect(try await client.sendBytes(body: bytes) == bytes)
            let request = try await server.lastRequest()
            #expect(request.contentType == "application/octet-stream")
            #expect(request.accept == "application/octet-stream")
            #expect(request.bodyData == bytes)
        }
    }

    @Test func aJSONMediaTypeIsSentAndAcceptedAsDeclared() async throws {
        try await withServer { client, server in
            let profile = Profile(id: "u-1", additionalPropertiesValue: ["team": "x"])
            #expect(try await client.patchProfile(body: profile) == profile)
            let request = try await server.lastRequest()
            #expect(request.contentType == "application/merge-patch+json")
            #expect(request.accept == "application/merge-patch+json")
        }
    }
}
