import Foundation

/// `application/x-www-form-urlencoded` bodies: a value's fields as `key=value` pairs.
///
/// The value is first written as JSON, so that every field (dates included) has the text it
/// has in JSON. Then primitives are `key=value`, an array repeats its key once per element,
/// and an object's fields are `key[field]=value` (an object in an array is `key[index][field]`).
/// `null` fields are left out. Text is percent-encoded as HTML forms do it: letters, digits
/// and `*-._` stay, a space is `+`, and everything else (`+`, `&`, `=`, non-ASCII) is `%XX` of
/// its UTF-8.
enum FormEncoding {
    static func encode(_ value: some Encodable) throws -> String {
        try pairs(value).map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }

    /// The value's fields as unencoded `key=value` pairs, each key inside `key[...]` when a key
    /// is given (a `deepObject` query parameter).
    static func pairs(_ value: some Encodable, key: String? = nil) throws -> [(String, String)] {
        let json = try JSONCoding.makeDecoder().decode(JSONValue.self, from: JSONCoding.makeEncoder().encode(value))
        guard case .object(let fields) = json else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "the value must be an object"))
        }
        var pairs: [(String, String)] = []
        for name in fields.keys.sorted() {
            if let field = fields[name] { append(field, key: key.map { $0 + "[" + name + "]" } ?? name, to: &pairs) }
        }
        return pairs
    }

    private static func append(_ value: JSONValue, key: String, to pairs: inout [(String, String)]) {
        switch value {
        case .null:
            break
        case .bool(let flag):
            pairs.append((key, flag ? "true" : "false"))
        case .integer(let number):
            pairs.append((key, String(number)))
        case .number(let number):
            pairs.append((key, number.parameterText))
        case .string(let text):
            pairs.append((key, text))
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if case .object = element {
                    append(element, key: key + "[\(index)]", to: &pairs)
                } else {
                    append(element, key: key, to: &pairs)
                }
            }
        case .object(let fields):
            for name in fields.keys.sorted() {
                if let field = fields[name] { append(field, key: key + "[" + name + "]", to: &pairs) }
            }
        }
    }

    /// The characters a form keeps as they are; a space becomes `+`.
    private static let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._".utf8)

    static func escape(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if kept.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == UInt8(ascii: " ") {
                result += "+"
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += (hex.count == 1 ? "%0" : "%") + hex
            }
        }
        return result
    }
}
