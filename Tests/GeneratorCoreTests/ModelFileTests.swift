import GeneratorCore
import SpecModel
import TemplateEngine
import Testing

/// Which file holds each model: its own, named after its Swift type, or its group's when it
/// names one. A change to one model or endpoint never moves another declaration.
@Suite struct ModelFileTests {
    static let spec = """
        api:
          name: Files
        groups:
          - name: Alpha
          - name: Beta
        models:
          Plain:
            properties:
              inner: Inner
          Inner:
            properties:
              text: string
          Chosen:
            group: Beta
            properties:
              text: string
          AlsoChosen:
            group: Beta
            properties:
              text: string
          BetaModels:
            properties:
              text: string
          UserABC:
            properties:
              text: string
          UserAbc:
            properties:
              text: string
        endpoints:
          alphaGet:
            group: Alpha
            method: GET
            path: /alpha
            responses:
              200: Plain
          betaGet:
            group: Beta
            method: GET
            path: /beta
            responses:
              200: Chosen
        """

    /// Each model file's name → the Swift names of the models it holds.
    static func files(_ text: String = spec) throws -> [String: [String]] {
        let context = try GeneratorPipeline.context([SpecFile(path: "files.yaml", text: text)]).get()
        var files: [String: [String]] = [:]
        for file in context.templateValue["modelFiles"]?.arrayValue ?? [] {
            let name = try #require(file["name"]?.stringValue)
            files[name] = try (file["models"]?.arrayValue ?? []).map { try #require($0["swiftName"]?.stringValue) }
        }
        return files
    }

    /// Every file the built-in templates write for `text`, path → contents.
    static func generated(_ text: String) throws -> [String: String] {
        let files = try GeneratorPipeline.run(specs: [SpecFile(path: "files.yaml", text: text)], templates: .builtIn).get()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    /// The paths whose contents differ between two runs, added and removed ones included.
    static func changedPaths(_ old: [String: String], _ new: [String: String]) -> Set<String> {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
    }

    @Test func aModelWithoutAGroupHasAFileOfItsOwn() throws {
        let files = try Self.files()
        #expect(files["Plain"] == ["Plain"])
        #expect(files["Inner"] == ["Inner"])
    }

    @Test func modelsNamingAGroupShareItsFile() throws {
        let files = try Self.files()
        #expect(files["BetaModels"] == ["Chosen", "AlsoChosen"])
        // The model named like the group's file steps aside, numbered.
        #expect(files["BetaModels2"] == ["BetaModels"])
    }

    @Test func namesDifferingOnlyInCaseGetDistinctFiles() throws {
        let files = try Self.files()
        #expect(files["UserABC"] == ["UserABC"])
        #expect(files["UserAbc2"] == ["UserAbc"])
    }

    @Test func addingAnEndpointAndAModelRewritesOnlyTheirFiles() throws {
        let before = try Self.generated(Self.spec)
        let after = try Self.generated(
            Self.spec.replacingOccurrences(of: "models:\n", with: "models:\n  Added:\n    properties:\n      plain: Plain\n")
                + """

                  betaPost:
                    group: Beta
                    method: POST
                    path: /beta
                    body: Added
                    responses:
                      200: Inner
                """)
        #expect(
            Self.changedPaths(before, after) == [
                "Files/Models/Added.swift", "Files/Operations/BetaOperations.swift",
            ])
    }

    @Test func removingAModelAndItsEndpointRewritesOnlyTheirFiles() throws {
        let before = try Self.generated(Self.spec)
        let after = try Self.generated(
            Self.spec.replacingOccurrences(of: "  Plain:\n    properties:\n      inner: Inner\n", with: "")
                .replacingOccurrences(
                    of: "  alphaGet:\n    group: Alpha\n    method: GET\n    path: /alpha\n    responses:\n      200: Plain\n",
                    with: ""))
        // Alpha has no operations left, so its file goes too.
        #expect(
            Self.changedPaths(before, after) == [
                "Files/Models/Plain.swift", "Files/Operations/AlphaOperations.swift",
            ])
    }

    @Test func changingAModelRewritesOnlyItsFile() throws {
        let before = try Self.generated(Self.spec)
        let after = try Self.generated(
            Self.spec.replacingOccurrences(of: "  Inner:\n    properties:\n      text: string\n",
                                           with: "  Inner:\n    properties:\n      text: integer\n"))
        #expect(Self.changedPaths(before, after) == ["Files/Models/Inner.swift"])
    }
}
