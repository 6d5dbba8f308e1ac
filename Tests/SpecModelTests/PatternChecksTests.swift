import Testing

@testable import SpecModel

/// Patterns are compiled after validation, when the caller asks: the same errors must come out,
/// each repeated pattern compiled once but reported at every place it is used.
@Suite struct PatternChecksTests {
    static let spec = """
        api: { name: Test }
        models:
          M:
            properties:
              a: { type: string, pattern: "([a-z" }
              b: { type: string, pattern: "^[a-z]+$" }
              c: { type: string, pattern: "([a-z" }
              d: { type: integer, minimum: 2, maximum: 1 }
        """

    @Test func deferredPatternsGiveTheSameDiagnosticsAsValidation() throws {
        let spec = try load(Self.spec)
        var (collector, patterns) = validateSpecDeferringPatterns(spec)
        #expect(!patterns.isEmpty)
        // Only the rule that needs no compiling is reported before the patterns are.
        #expect(collector.diagnostics.map(\.description) == [
            "s.yaml:8:48: error: 'minimum' of 'd' of model 'M' is greater than its 'maximum'"
        ])
        let failures = patterns.failures()
        #expect(failures.map(\.description) == [
            "s.yaml:5:35: error: 'pattern' of 'a' of model 'M' is not a valid regular expression",
            "s.yaml:7:35: error: 'pattern' of 'c' of model 'M' is not a valid regular expression",
        ])
        collector.append(contentsOf: failures)
        #expect(collector.sorted == validateSpec(spec))
    }

    @Test func aSpecWithoutPatternsHasNothingToCompile() throws {
        let spec = try load("api: { name: Test }\nmodels:\n  M:\n    properties:\n      a: { type: string }\n")
        let (collector, patterns) = validateSpecDeferringPatterns(spec)
        #expect(patterns.isEmpty)
        #expect(patterns.failures().isEmpty)
        #expect(collector.diagnostics.isEmpty)
    }
}
