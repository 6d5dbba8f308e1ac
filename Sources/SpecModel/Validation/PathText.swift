import Foundation

/// The character tests the validator makes on a path.
///
/// Nearly every path is ASCII, where a character is a byte and the tests are byte scans. Other
/// paths take the character-based tests (Foundation's `contains`, as before), whose results a
/// combining mark after `{` or `?` can change.
enum PathText {
    /// Whether the path holds a `?` or a `#`.
    static func containsQueryOrFragment(_ path: String) -> Bool {
        if isASCII(path) {
            return path.utf8.contains { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
        }
        return path.contains("?") || path.contains("#")
    }

    /// Whether the path holds as many `{` characters as `}` characters.
    static func hasBalancedBraces(_ path: String) -> Bool {
        if isASCII(path) {
            var balance = 0
            for byte in path.utf8 {
                if byte == UInt8(ascii: "{") { balance += 1 } else if byte == UInt8(ascii: "}") { balance -= 1 }
            }
            return balance == 0
        }
        return path.filter { $0 == "{" }.count == path.filter { $0 == "}" }.count
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }
}
