import Foundation

/// How the client reads and writes JSON: dates as ISO 8601 text, with or without fractional
/// seconds, and keys sorted so that request bodies are byte-for-byte reproducible.
@_spi(Generated) public enum JSONCoding {
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(string(from: date))
        }
        return encoder
    }

    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(text)' is not an ISO 8601 date-time")
            }
            return date
        }
        return decoder
    }

    /// `2019-08-24T14:15:22Z`, or `2019-08-24T14:15:22.5Z` when the date has a fraction of a second.
    static func string(from date: Date) -> String {
        let hasFraction = date.timeIntervalSince1970 != date.timeIntervalSince1970.rounded(.down)
        return date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: hasFraction))
    }

    /// Accepts date-times with and without fractional seconds.
    static func date(from text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    /// The server's explanation in an error body: a `message` string, or the strings of an
    /// `errors` list, as in `{"errors": ["User not found"]}`.
    ///
    /// Only those two fields are decoded, so a body's other contents, however large or deep,
    /// cost no more than the JSON parser's one pass over them.
    public static func errorMessage(in body: Data) -> String? {
        guard let fields = try? JSONDecoder().decode(ErrorFields.self, from: body) else { return nil }
        if let message = fields.message { return message }
        let messages = fields.errors?.compactMap(\.message) ?? []
        return messages.isEmpty ? nil : messages.joined(separator: "; ")
    }

    /// The fields of an error body that may explain it; any other shape of them counts as absent.
    private struct ErrorFields: Decodable {
        var message: String?
        var errors: [ErrorItem]?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            message = try? container.decodeIfPresent(String.self, forKey: AnyCodingKey("message"))
            errors = try? container.decodeIfPresent([ErrorItem].self, forKey: AnyCodingKey("errors"))
        }
    }

    /// One item of an `errors` list: a string, or an object with a `message` string.
    private struct ErrorItem: Decodable {
        var message: String?

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                message = text
            } else if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
                message = try? object.decodeIfPresent(String.self, forKey: AnyCodingKey("message"))
            }
        }
    }
}

@_spi(Generated) extension DecodingError {
    /// Where in the body the problem is: `roles[0].createdAt`.
    public var codingPathDescription: String {
        let path: [any CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            path = []
        }
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    /// What went wrong, without the coding path.
    public var summary: String {
        switch self {
        case .typeMismatch(let type, let context): "expected \(type): \(context.debugDescription)"
        case .valueNotFound(let type, let context): "missing \(type): \(context.debugDescription)"
        case .keyNotFound(let key, _): "missing required key '\(key.stringValue)'"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "\(self)"
        }
    }
}

/// A key of any name, for the fields a model keeps beyond its declared ones.
@_spi(Generated) public struct AnyCodingKey: CodingKey {
    public let stringValue: String
    public var intValue: Int? { nil }

    public init(_ name: String) {
        stringValue = name
    }

    public init?(stringValue: String) {
        self.stringValue = stringValue
    }

    public init?(intValue: Int) {
        nil
    }
}
