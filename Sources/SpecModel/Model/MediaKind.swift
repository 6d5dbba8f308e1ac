/// How a body travels, as its `contentType` says: the generator encodes and decodes each kind
/// its own way.
public enum MediaKind: String, Sendable, Hashable {
    /// `application/json` and every `*/*+json`: any type, as JSON.
    case json
    /// `application/x-www-form-urlencoded`: an object's properties as a percent-encoded form.
    case form
    /// `multipart/form-data`: an object's properties as parts; bytes as file parts.
    case multipart
    /// `text/*`: a string, as its text.
    case text
    /// Any other media type: bytes, as they are.
    case binary

    /// The kind of a media type such as `application/json; charset=utf-8`, or nil when the text
    /// is not `type/subtype`.
    public init?(contentType: String) {
        // Nearly every body is the default, which needs no parsing.
        if contentType == "application/json" {
            self = .json
            return
        }
        let essence = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        let parts = essence.trimmingSpaces.lowercased().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
            parts.allSatisfy({ $0.allSatisfy(Self.isTokenCharacter) })
        else { return nil }
        switch (parts[0], parts[1]) {
        case ("application", "json"): self = .json
        case (_, let subtype) where subtype.hasSuffix("+json"): self = .json
        case ("application", "x-www-form-urlencoded"): self = .form
        case ("multipart", "form-data"): self = .multipart
        case ("text", _): self = .text
        default: self = .binary
        }
    }

    /// RFC 9110's token characters, which a type and a subtype are made of.
    private static func isTokenCharacter(_ character: Character) -> Bool {
        guard character.isASCII, let byte = character.asciiValue else { return false }
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}

extension String {
    /// The text without spaces and tabs at either end.
    fileprivate var trimmingSpaces: Substring {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
