import GeneratorCore
import SpecModel
import TemplateEngine
import Testing

/// Which group's file holds each model: its own `group:`, else the one group whose endpoints
/// use it, directly or through other models at any depth, else the shared file.
@Suite struct ModelHomeTests {
    static let spec = """
        api:
          name: Homes
        groups:
          - name: Alpha
          - name: Beta
        models:
          AlphaOnly:
            properties:
              inner: Inner
          Inner:
            properties:
              deeper: array(Deeper)
          Deeper:
            properties:
              text: string
          Both:
            properties:
              text: string
          Chosen:
            group: Beta
            properties:
              text: string
          Ring:
            properties:
              link: Link
          Link:
            properties:
              rings: array(Ring)
          Unused:
            properties:
              text: string
        endpoints:
          alphaGet:
            group: Alpha
            method: GET
            path: /alpha
            responses:
              200:
                body: AlphaOnly
          alphaPost:
            group: Alpha
            method: POST
            path: /alpha
            body: Both
            responses:
              200:
                body: Ring
          betaGet:
            group: Beta
            method: GET
            path: /beta
            responses:
              200:
                body: array(Both)
          betaChosen:
            group: Alpha
            method: GET
            path: /chosen
            responses:
              200:
                body: Chosen
        """

    /// A spec without groups: its endpoints and their models go to the `Default` group.
    static let ungroupedSpec = """
        api:
          name: Loose
        models:
          Loose:
            properties:
              text: string
        endpoints:
          looseGet:
            method: GET
            path: /loose
            responses:
              200:
                body: Loose
        """

    /// Each model's name → the name of the group whose file holds it.
    static func homes(_ text: String = spec) throws -> [String: String] {
        let context = try GeneratorPipeline.context([SpecFile(path: "homes.yaml", text: text)]).get()
        var homes: [String: String] = [:]
        for group in context.templateValue["groups"]?.arrayValue ?? [] {
            let name = try #require(group["name"]?.stringValue)
            for model in group["models"]?.arrayValue ?? [] {
                homes[try #require(model["name"]?.stringValue)] = name
            }
        }
        return homes
    }

    @Test func modelsLiveWithTheOneGroupThatUsesThemAtAnyDepth() throws {
        let homes = try Self.homes()
        #expect(homes["AlphaOnly"] == "Alpha")
        #expect(homes["Inner"] == "Alpha")
        #expect(homes["Deeper"] == "Alpha")
        // A cycle reached from one group ends there, without looping.
        #expect(homes["Ring"] == "Alpha")
        #expect(homes["Link"] == "Alpha")
    }

    @Test func modelsSeveralGroupsUseOrNoneUsesAreShared() throws {
        let homes = try Self.homes()
        #expect(homes["Both"] == "Shared")
        #expect(homes["Unused"] == "Shared")
    }

    @Test func anExplicitGroupWinsAndUngroupedEndpointsHaveTheirOwn() throws {
        let homes = try Self.homes()
        #expect(homes["Chosen"] == "Beta")
        #expect(try Self.homes(Self.ungroupedSpec)["Loose"] == "Default")
    }
}
