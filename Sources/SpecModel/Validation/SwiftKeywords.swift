/// Words a Swift type name cannot be, even where the generator could escape them.
enum SwiftKeywords {
    static let all: Set<String> = [
        "Any", "Self", "Type", "Protocol", "class", "struct", "enum", "protocol", "extension", "func", "var",
        "let", "init", "deinit", "subscript", "typealias", "associatedtype", "import", "operator", "static",
        "public", "private", "internal", "fileprivate", "open", "inout", "in", "for", "while", "repeat", "if",
        "else", "switch", "case", "default", "where", "return", "throw", "throws", "rethrows", "try", "catch",
        "do", "defer", "guard", "break", "continue", "fallthrough", "as", "is", "nil", "true", "false", "self",
        "super", "await",
    ]
}
