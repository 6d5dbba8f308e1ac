import Foundation

/// The character tests the validator makes on a path, in one pass over its bytes.
///
/// Nearly every path is ASCII, where a character is a byte and the tests are byte counts.
/// Other paths take the character-based tests (Foundation's `contains`, as before), whose
/// results a combining mark after `{` or `?` can change.
struct PathText {
    /// Whether the path holds a `?` or a `#`.
    let containsQueryOrFragment: Bool
    /// Whether the path holds as many `{` characters as `}` characters.
    let hasBalancedBraces: Bool

    init(_ path: String) {
        var isASCII = true
        var queryOrFragment = false
        var balance = 0
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "#"): queryOrFragment = true
            case UInt8(ascii: "{"): balance += 1
            case UInt8(ascii: "}"): balance -= 1
            case 0x80...: isASCII = false
            default: break
            }
        }
        if isASCII {
            containsQueryOrFragment = queryOrFragment
            hasBalancedBraces = balance == 0
        } else {
            containsQueryOrFragment = path.contains("?") || path.contains("#")
            hasBalancedBraces = path.filter { $0 == "{" }.count == path.filter { $0 == "}" }.count
        }
    }
}
