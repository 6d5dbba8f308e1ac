import Foundation

/// A file to send in a `multipart/form-data` body: its bytes, the file name the server sees,
/// and its media type.
///
/// In JSON (a model sent both ways), it is its bytes in base64, as `Data` is.
public struct FileUpload: Codable, Hashable, Sendable {
    /// The file's bytes.
    public var data: Data
    /// The name sent as the part's `filename`.
    public var fileName: String
    /// The part's `Content-Type`; the spec's `contentType:` for the field, or
    /// `application/octet-stream`, when nil.
    public var contentType: String?

    /// Creates a file to send.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - fileName: The name sent as the part's `filename`.
    ///   - contentType: The part's media type; nil for the field's default.
    public init(_ data: Data, fileName: String, contentType: String? = nil) {
        self.data = data
        self.fileName = fileName
        self.contentType = contentType
    }

    /// Decodes the bytes from base64; the file name is empty.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not base64 text.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Data.self), fileName: "")
    }

    /// Encodes the bytes in base64.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(data)
    }
}

/// One part of a `multipart/form-data` body.
@_spi(Generated) public struct MultipartPart: Sendable {
    var name: String
    var fileName: String?
    var contentType: String?
    var data: Data

    /// A field's value: a text part for a string, number or Boolean (as JSON writes it, a
    /// string without quotes), an `application/json` part for an array or object, nothing for `nil`.
    public static func value(name: String, _ value: some Encodable) throws -> MultipartPart? {
        let data = try JSONCoding.makeEncoder().encode(value)
        switch try JSONCoding.makeDecoder().decode(JSONValue.self, from: data) {
        case .null:
            return nil
        case .string(let text):
            return MultipartPart(name: name, data: Data(text.utf8))
        case .bool, .integer, .number:
            return MultipartPart(name: name, data: data)
        case .array, .object:
            return MultipartPart(name: name, contentType: "application/json", data: data)
        }
    }

    /// A file part; `contentType` is the field's default media type.
    public static func file(name: String, _ file: FileUpload, contentType: String) -> MultipartPart {
        MultipartPart(
            name: name, fileName: file.fileName, contentType: file.contentType ?? contentType, data: file.data)
    }

    /// The whole body: each part after a `--boundary` line, with its headers, then the closing line.
    static func body(_ parts: [MultipartPart], boundary: String) -> Data {
        var body = Data()
        for part in parts {
            var head = "--" + boundary + "\r\n"
            head += "Content-Disposition: form-data; name=\"" + quoted(part.name) + "\""
            if let fileName = part.fileName { head += "; filename=\"" + quoted(fileName) + "\"" }
            head += "\r\n"
            if let contentType = part.contentType { head += "Content-Type: " + contentType + "\r\n" }
            head += "\r\n"
            body.append(Data(head.utf8))
            body.append(part.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data(("--" + boundary + "--\r\n").utf8))
        return body
    }

    /// A name or file name as it goes between quotes: `"` and line breaks percent-encoded, as
    /// browsers send them.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}
