import Foundation
import SpecModel
import Testing

@testable import GeneratorCore

/// Large runs render with templates parsed once per worker, small ones with one shared parse;
/// the files must be the same either way.
@Suite struct RenderWorkersTests {
    /// `groups` groups, each with an endpoint whose inline body and response are models.
    static func spec(groups: Int) -> [SpecFile] {
        var text = "api:\n  name: Many\ngroups:\n"
        for index in 0..<groups { text += "  - name: Group\(index)\n" }
        text += "endpoints:\n"
        for index in 0..<groups {
            text += """
                  op\(index):
                    method: POST
                    path: /items/\(index)/{id}
                    group: Group\(index)
                    body:
                      properties:
                        name: { type: string, maxLength: 20, required: true }
                    responses:
                      200:
                        body:
                          properties:
                            id: string

                """
        }
        return [SpecFile(path: "many.yaml", text: text)]
    }

    @Test(arguments: [3, 130])
    func perWorkerTemplatesRenderTheSameFiles(groups: Int) throws {
        let context = try GeneratorPipeline.context(Self.spec(groups: groups)).get()
        let shared = try GeneratorPipeline.render(context, templates: .builtIn, parsingPerWorkerFrom: .max).get()
        let perWorker = try GeneratorPipeline.render(context, templates: .builtIn, parsingPerWorkerFrom: 0).get()
        #expect(shared.count > 2 * groups)
        #expect(shared == perWorker)
        // The public entry point picks one of the two and gives the same files.
        #expect(try GeneratorPipeline.render(context, templates: .builtIn).get() == shared)
    }
}
