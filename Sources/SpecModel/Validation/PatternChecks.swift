import Foundation

/// The `pattern:` constraints validation found, each with the error to report if it is not a
/// regular expression, compiled when the caller asks rather than while validating.
///
/// Compiling the first regular expression of a process sets up ICU's regular expression tables,
/// about a millisecond and a half: most of validating a small spec. Nothing after validation
/// depends on whether a pattern compiles, so the pipeline compiles them on another core while
/// it builds the context, and reports the errors before using the context.
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
