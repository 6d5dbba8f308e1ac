import Foundation
import SpecModel
import Testing

@testable import GeneratorCore

/// A model named like a type the generated code names would shadow that type, so such models
/// are renamed (`Task` → `TaskModel`). These tests keep the list of such names complete, and
/// the `shadowing` fixture, which declares a model of every one, proves the output compiles.
@Suite struct GeneratedTypeNamesTests {
    /// Names the templates declare locally, as generic parameters or nested types, which a
    /// model of the same name cannot shadow where they are meant.
    static let locallyDeclaredNames: Set = [
        "BasicCredentials", "BearerToken", "Body", "Element", "ErrorBodyReader", "Failure", "Key", "Scheme", "TokenProvider", "RawValue", "Response", "StringInterpolation", "Token", "Value", "Wrapped",
    ]

    /// The capitalized identifiers the templates write as Swift, outside template tags,
    /// comments and string literals.
    static func namesTheTemplatesWrite() throws -> Set<String> {
        let files = try FileManager.default.subpathsOfDirectory(atPath: RepositoryPaths.templates)
            .filter { $0.hasSuffix(".tmpl") }
        var names: Set<String> = []
        for file in files {
            var text = try String(contentsOfFile: RepositoryPaths.templates + "/" + file, encoding: .utf8)
            // Tags go, leaving the text either side joined (`decode{% if a %}IfPresent{% endif %}`
            // is `decodeIfPresent`), and an output becomes a fragment of an identifier, so that
            // `{{ name }}Request` is not read as `Request`. Then comments and strings go.
            let removals = [
                (#"\{#[\s\S]*?#\}"#, ""), (#"\{%[\s\S]*?%\}"#, ""), (#"\{\{[\s\S]*?\}\}"#, "x"),
                // `@_spi(Generated)` names an SPI group, not a type.
                (#"@_spi\([^)]*\)"#, " "),
                ("//.*", " "), (#""(\\.|[^"\\])*""#, " "),
            ]
            for (pattern, replacement) in removals {
                text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
            }
            let identifier = try NSRegularExpression(pattern: #"(?<![.\w])[A-Z][A-Za-z0-9]*\b"#)
            for match in identifier.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range, in: text) { names.insert(String(text[range])) }
            }
        }
        return names
    }

    @Test func everyTypeTheTemplatesNameIsReserved() throws {
        let reserved = Set(standardTypeNames + runtimeTypeNames).union(Self.locallyDeclaredNames)
        let written = try Self.namesTheTemplatesWrite()
        #expect(written.count > 50, "the scan found too few names to be reading the templates")
        #expect(written.subtracting(reserved).sorted() == [])
    }

    @Test func theShadowingFixtureDeclaresAModelOfEveryName() throws {
        let spec = try String(
            contentsOfFile: RepositoryPaths.fixtures + "/shadowing/Specs/api.yaml", encoding: .utf8)
        let declared = Set(spec.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") else { return nil }
            return String(line.dropFirst(2).dropLast())
        })
        let expected = Set(standardTypeNames + runtimeTypeNames).union(Self.locallyDeclaredNames)
        #expect(expected.subtracting(declared).sorted() == [])
    }

    @Test func aModelNamedLikeAStandardTypeIsRenamed() throws {
        let context = try GeneratorPipeline.context(specFiles(
            "api: { name: T }\nmodels:\n  Task: { properties: { id: string } }\n  Job: { properties: { task: Task } }\n"
                + "endpoints:\n  getJob: { method: GET, path: /job, responses: { 200: Job } }\n")).get()
        let models = context.modelFiles.elements.flatMap(\.models.elements)
        #expect(models.map(\.swiftName).sorted() == ["Job", "TaskModel"])
        #expect(models.first { $0.name == "Job" }?.properties.elements.first?.swiftType == "TaskModel?")
    }

    private func specFiles(_ text: String) -> [SpecFile] {
        [SpecFile(path: "api.yaml", text: text)]
    }
}
