@_spi(Generated) @testable import APIGenRuntime
import Foundation
import Testing

/// The values generated models hold, and how they travel.
@Suite struct ValueTests {
    struct Profile: Codable, Equatable {
        var nickname: Nullable<String>?

        init(nickname: Nullable<String>?) {
            self.nickname = nickname
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            nickname = try container.decodeIfPresent(Nullable<String>.self, forKey: AnyCodingKey("nickname"))
        }
    }

    @Test func nullableTellsAbsentFromNullFromAValue() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Profile.self, from: Data("{}".utf8)).nickname == nil)
        #expect(try decoder.decode(Profile.self, from: Data(#"{"nickname":null}"#.utf8)).nickname == .null)
        #expect(try decoder.decode(Profile.self, from: Data(#"{"nickname":"ana"}"#.utf8)).nickname == "ana")
    }

    @Test func jsonValuesRoundTripAndDecodeDeepNestingExactly() throws {
        let value: JSONValue = ["plan": "pro", "seats": 3, "ratio": 0.5, "trial": nil, "tags": ["a", true]]
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
        var text = "1"
        var nested = JSONValue.integer(1)
        for level in 0..<400 {
            text = level % 2 == 0 ? "[" + text + "]" : #"{"k":"# + text + "}"
            nested = level % 2 == 0 ? .array([nested]) : .object(["k": nested])
        }
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) == nested)
    }

    @Test func calendarDatesAcceptOnlyDaysThatExist() throws {
        #expect(CalendarDate("2024-02-29")?.description == "2024-02-29")
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("2024-5-1") == nil)
        #expect(CalendarDate("2024-05-01T00:00:00Z") == nil)
        let day = CalendarDate(year: 2024, month: 5, day: 1)
        #expect(try JSONDecoder().decode(CalendarDate.self, from: try JSONEncoder().encode(day)) == day)
    }

    @Test func parameterTextsReadBackAsTheirValues() throws {
        #expect(true.parameterText == "true" && Bool(parameterText: "false") == false && Bool(parameterText: "yes") == nil)
        #expect(2.5.parameterText == "2.5" && Double(parameterText: "2.5") == 2.5)
        let id = try #require(UUID(uuidString: "123E4567-E89B-12D3-A456-426614174000"))
        #expect(id.parameterText == "123e4567-e89b-12d3-a456-426614174000")
        #expect(UUID(parameterText: id.parameterText) == id)
        #expect(UUID(0x123E_4567_E89B_12D3, 0xA456_4266_1417_4000) == id)
        let day = CalendarDate(year: 2025, month: 1, day: 31)
        #expect(CalendarDate(parameterText: day.parameterText) == day)
    }

    @Test func formsAndMultipartBodiesEncodeTheirFields() throws {
        struct Form: Encodable {
            var name = "a b&c=d"
            var tags = ["x", "y"]
            var address = ["city": "Zürich"]
        }
        let form = try FormEncoding.encode(Form())
        #expect(form.contains("name=a+b%26c%3Dd"))
        #expect(form.contains("address%5Bcity%5D=Z%C3%BCrich"))
        let parts = [
            try #require(try MultipartPart.value(name: "note", "hello")),
            MultipartPart.file(name: "avatar", FileUpload(Data([1, 2]), fileName: "a.png"), contentType: "image/png"),
        ]
        let body = String(decoding: MultipartPart.body(parts, boundary: "B"), as: UTF8.self)
        #expect(body.hasPrefix("--B\r\nContent-Disposition: form-data; name=\"note\"\r\n"))
        #expect(body.contains("name=\"avatar\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n"))
        #expect(body.hasSuffix("--B--\r\n"))
    }

    @Test func headersAreFoundWhateverTheirCaseAndCredentialsPrintRedacted() {
        let response = HTTPResponse(statusCode: 200, headers: ["content-TYPE": "text/plain"])
        #expect(response.header("Content-Type") == "text/plain")
        let request = HTTPRequest(method: "GET", url: URL(fileURLWithPath: "/x"), headers: ["Authorization": "Bearer secret"])
        #expect(!request.description.contains("secret"))
    }

    @Test func errorMessagesComeFromMessageOrErrors() {
        #expect(JSONCoding.errorMessage(in: Data(#"{"message":"no"}"#.utf8)) == "no")
        #expect(JSONCoding.errorMessage(in: Data(#"{"errors":["a",{"message":"b"},3]}"#.utf8)) == "a; b")
        #expect(JSONCoding.errorMessage(in: Data(#"{"errors":7}"#.utf8)) == nil)
        #expect(JSONCoding.errorMessage(in: Data("not json".utf8)) == nil)
    }

    struct Login: RedactingDescription {
        var user: String
        var password: String?

        var customMirror: Mirror {
            Mirror(self, children: ["user": user as Any, "password": "<redacted>" as Any], displayStyle: .struct)
        }
    }

    @Test func redactingDescriptionsPrintTheMirrorsFields() {
        let login = Login(user: "ana", password: "hunter2")
        #expect(login.description == "Login(user: ana, password: <redacted>)")
        #expect(String(reflecting: login) == login.description)
        var dumped = ""
        dump(login, to: &dumped)
        #expect("\(login)\(dumped)".contains("hunter2") == false)
    }
}
