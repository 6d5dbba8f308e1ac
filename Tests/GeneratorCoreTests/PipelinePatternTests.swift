import SpecModel
import Testing

@testable import GeneratorCore

/// The pipeline compiles `pattern:` constraints while it builds the context. Their errors must
/// still fail the run, alone or beside other errors, exactly as validating them in place did.
@Suite struct PipelinePatternTests {
    static func run(_ body: String) -> Result<[GeneratedFile], DiagnosticsError> {
        GeneratorPipeline.run(specs: [SpecFile(path: "s.yaml", text: "api: { name: Test }\n" + body)], templates: .builtIn)
    }

    @Test func aPatternThatDoesNotCompileFailsTheRun() {
        let result = Self.run("""
            models:
              M:
                properties:
                  code: { type: string, pattern: "([a-z" }
                  name: { type: string, pattern: "^[a-z]+$" }
            """)
        guard case .failure(let error) = result else {
            Issue.record("generation succeeded")
            return
        }
        #expect(error.diagnostics.map(\.description) == [
            "s.yaml:5:38: error: 'pattern' of 'code' of model 'M' is not a valid regular expression"
        ])
    }

    @Test func patternErrorsAreReportedBesideOtherErrors() {
        let result = Self.run("""
            models:
              M:
                properties:
                  code: { type: string, pattern: "([a-z" }
                  size: { type: string, minimum: 1 }
            """)
        guard case .failure(let error) = result else {
            Issue.record("generation succeeded")
            return
        }
        #expect(error.diagnostics.map(\.description) == [
            "s.yaml:5:38: error: 'pattern' of 'code' of model 'M' is not a valid regular expression",
            "s.yaml:6:38: error: 'minimum' of 'size' of model 'M' applies to integer and number types only, not 'string'",
        ])
    }

    @Test func validPatternsGenerate() throws {
        let files = try Self.run("""
            models:
              M:
                properties:
                  name: { type: string, pattern: "^[a-z]+$" }
            """).get()
        #expect(files.contains { $0.contents.contains("^[a-z]+$") })
    }
}
