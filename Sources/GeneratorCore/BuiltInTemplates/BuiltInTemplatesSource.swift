/// Writes the Swift source of `BuiltInTemplates.swift`: every template of `Templates/` as a raw
/// string literal, so that apigen works without a templates folder (in a SwiftPM plugin, or with
/// a `--templates` folder that overrides only some templates). A test keeps the two in step.
public enum BuiltInTemplatesSource {
    public static func render(_ files: [String: String]) -> String {
        var text = """
            // Generated from Templates/ by the BuiltInTemplatesTests (APIGEN_RECORD_GOLDENS=1 swift test).
            // Do not edit: change Templates/ and record again.

            /// The templates compiled into apigen: the same files as the repository's `Templates/`.
            enum BuiltInTemplates {
                static let files: [String: String] = [

            """
        for name in files.keys.sorted() {
            let content = files[name] ?? ""
            let hashes = String(repeating: "#", count: delimiterLength(for: content))
            // A multi-line literal drops the line break before its closing delimiter: add one.
            text += "        \(SwiftLiteral.string(name)): \(hashes)\"\"\"\n\(content)\n\"\"\"\(hashes),\n"
        }
        text += "    ]\n}\n"
        return text
    }

    /// The fewest `#` that make neither the closing delimiter nor an interpolation appear in the text.
    static func delimiterLength(for content: String) -> Int {
        var count = 1
        while content.contains("\"\"\"" + String(repeating: "#", count: count))
            || content.contains("\\" + String(repeating: "#", count: count))
        {
            count += 1
        }
        return count
    }
}
