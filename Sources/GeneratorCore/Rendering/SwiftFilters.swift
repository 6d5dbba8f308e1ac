import TemplateEngine

/// The Swift-specific filters templates use; the template engine itself knows nothing of Swift.
public enum SwiftFilters {
    public static let all: [String: TemplateFilter] = [
        "lowerCamelCase": stringFilter("lowerCamelCase", SwiftNaming.lowerCamelCase),
        "upperCamelCase": stringFilter("upperCamelCase", SwiftNaming.upperCamelCase),
        "swiftIdentifier": stringFilter("swiftIdentifier", SwiftNaming.escapedIdentifier),
        "docComment": stringFilter("docComment", SwiftLiteral.docComment),
        "swiftString": stringFilter("swiftString", SwiftLiteral.string),
        "swiftStringContent": stringFilter("swiftStringContent", SwiftLiteral.stringContent),
        "oneLine": stringFilter("oneLine", SwiftLiteral.oneLine),
    ]

    private static func stringFilter(_ name: String, _ transform: @escaping @Sendable (String) -> String) -> TemplateFilter {
        { value, arguments in
            guard arguments.isEmpty else { throw FilterError("takes no arguments") }
            guard case .string(let text) = value else {
                throw FilterError("needs a string, not \(value.kindDescription)")
            }
            return .string(transform(text))
        }
    }
}

extension TemplateValue {
    /// The value at a dotted path such as `api.name`, or nil.
    func value(at path: String) -> TemplateValue? {
        var current = self
        for key in path.split(separator: ".") {
            guard let next = current[String(key)] else { return nil }
            current = next
        }
        return current
    }
}
