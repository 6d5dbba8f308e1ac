import GeneratorCore
import SpecModel
import TemplateEngine
import Testing

/// Which models the context marks as validating: a model validates when it has a constraint of
/// its own or holds, at any depth of nesting, a model that does, directly or in an array;
/// holding models without any does not count.
@Suite struct ValidationContextTests {
    /// Models declared out of nesting order, so that a single pass in spec order could not get
    /// them right: Top → Middle → array(Lower) → Bottom, where only Bottom has a constraint.
    static let spec = """
        api:
          name: Chains
        models:
          Middle:
            properties:
              lowers: array(Lower)
          Bottom:
            properties:
              code: { type: string, maxLength: 8 }
              leaf: Leaf
          Top:
            properties:
              middle: { type: Middle, required: true }
              note: string
          Lower:
            properties:
              bottom: Bottom
          Leaf:
            properties:
              text: string
          Node:
            properties:
              children: array(Node)
              partners: array(Partner)
          Partner:
            properties:
              nodes: array(Node)
          Ring:
            properties:
              links: array(Link)
          Link:
            properties:
              rings: array(Ring)
              bottom: Bottom
          Grid:
            properties:
              rows: array(array(Bottom))
        endpoints:
          top:
            method: GET
            path: /top
            responses:
              200:
                body: Top
        """

    /// Each model's context by its spec name, from every group.
    static func modelContexts() throws -> [String: TemplateValue] {
        let context = try GeneratorPipeline.context([SpecFile(path: "chains.yaml", text: spec)]).get()
        var models: [String: TemplateValue] = [:]
        for file in context.templateValue["modelFiles"]?.arrayValue ?? [] {
            for model in file["models"]?.arrayValue ?? [] {
                models[try #require(model["name"]?.stringValue)] = model
            }
        }
        return models
    }

    @Test func modelValidatesThroughEveryLevelOfNesting() throws {
        let models = try Self.modelContexts()
        for name in ["Bottom", "Lower", "Middle", "Top"] {
            #expect(models[name]?["validates"] == true, "\(name)")
        }
        // Each holding property says how to reach the nested values to check.
        #expect(Self.property("middle", of: models["Top"])?["nested"] == "single")
        #expect(Self.property("lowers", of: models["Middle"])?["nested"] == "list")
        #expect(Self.property("bottom", of: models["Lower"])?["nested"] == "single")
        #expect(Self.property("note", of: models["Top"])?["validates"] == false)
    }

    @Test func modelHeldByAValidatingModelDoesNotValidate() throws {
        // Validation spreads from a model to the models holding it, never to the models it holds.
        let models = try Self.modelContexts()
        #expect(models["Leaf"]?["validates"] == false)
        #expect(Self.property("leaf", of: models["Bottom"])?["nested"] == .null)
    }

    @Test func cycleWithoutConstraintsDoesNotValidate() throws {
        let models = try Self.modelContexts()
        #expect(models["Node"]?["validates"] == false)
        #expect(models["Partner"]?["validates"] == false)
    }

    @Test func cycleHoldingAConstraintValidatesEveryModelInIt() throws {
        let models = try Self.modelContexts()
        #expect(models["Link"]?["validates"] == true)
        #expect(models["Ring"]?["validates"] == true)
    }

    @Test func arrayOfArraysDoesNotClaimToValidate() throws {
        // The templates can call `validate` on a model or on each element of an array of them,
        // not deeper; a model holding only deeper arrays must not promise checks it cannot make.
        let models = try Self.modelContexts()
        #expect(models["Grid"]?["validates"] == false)
        #expect(Self.property("rows", of: models["Grid"])?["nested"] == .null)
        #expect(Self.property("rows", of: models["Grid"])?["validates"] == false)
    }

    static func property(_ name: String, of model: TemplateValue?) -> TemplateValue? {
        model?["properties"]?.arrayValue?.first { $0["name"] == .string(name) }
    }
}
