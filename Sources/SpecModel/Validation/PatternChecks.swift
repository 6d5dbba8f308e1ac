import Foundation

/// The `pattern:` constraints validation found, each with the error to report if it is not a
/// regular expression, compiled when the caller asks rather than while validating.
///
/// Validation checks every spec item on its own, possibly on several cores; the patterns are
/// gathered there and compiled once, by the pipeline, which reports a pattern that does not
/// compile among the rest of the spec's errors.
public struct PatternChecks: Sendable {
    struct Check: Sendable {
        var pattern: String
        var error: Diagnostic
    }

    var checks: [Check] = []

    /// Whether there is no pattern to compile.
    public var isEmpty: Bool { checks.isEmpty }

    /// The errors of the patterns that do not compile, in the order they were found. Specs repeat
    /// patterns, so each text is compiled once.
    public func failures() -> [Diagnostic] {
        var compiles: [String: Bool] = [:]
        var failures: [Diagnostic] = []
        for check in checks {
            let valid: Bool
            if let known = compiles[check.pattern] {
                valid = known
            } else {
                valid = (try? NSRegularExpression(pattern: check.pattern)) != nil
                compiles[check.pattern] = valid
            }
            if !valid { failures.append(check.error) }
        }
        return failures
    }
}
