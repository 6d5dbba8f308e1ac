import SpecModel
import Testing

@testable import GeneratorCore

/// A clash must be found and reported against the first claim, however many names the scope
/// holds.
@Suite struct NameScopeTests {
    static func source(_ line: Int) -> SourceRef { SourceRef(file: "names.yaml", location: .init(line: line, column: 1)) }

    /// Claims `count` distinct names, then each of `again` a second time; returns the messages.
    static func clashes(count: Int, again: [Int], reserving: Int? = nil) -> [String] {
        var scope = NameScope("the properties", of: "User", reserved: ["reserved": "is reserved"])
        if let reserving { scope.reserveCapacity(reserving) }
        var diagnostics = DiagnosticCollector()
        for number in 0..<count { scope.claim("name\(number)", for: "wire\(number)", at: source(number + 1), diagnostics: &diagnostics) }
        for number in again { scope.claim("name\(number)", for: "other\(number)", at: source(1000), diagnostics: &diagnostics) }
        scope.claim("reserved", for: "wireReserved", at: source(2000), diagnostics: &diagnostics)
        return diagnostics.diagnostics.map(\.message)
    }

    @Test(arguments: [3, 15, 16, 17, 40], [nil, 4, 100])
    func aSecondClaimIsReportedAgainstTheFirst(count: Int, reserving: Int?) {
        let messages = Self.clashes(count: count, again: [0, count - 1], reserving: reserving)
        #expect(messages == [
            "'other0' and 'wire0' (at names.yaml:1:1) both become the Swift name 'name0' in the properties 'User'",
            "'other\(count - 1)' and 'wire\(count - 1)' (at names.yaml:\(count):1) both become the Swift name 'name\(count - 1)' in the properties 'User'",
            "'wireReserved' becomes the Swift name 'reserved' in the properties 'User', which is reserved",
        ])
    }

    @Test func freeNamesAreNumberedPastEveryClaim() {
        var scope = NameScope("the cases")
        var diagnostics = DiagnosticCollector()
        // Each free name is new, the numbers go up.
        let names = (0..<40).map { _ in scope.claimFree("value", for: "value", at: Self.source(1)) }
        #expect(names == ["value"] + (2...40).map { "value\($0)" })
        #expect(scope.contains("value17") && !scope.contains("value41"))
        scope.claim("value3", for: "late", at: Self.source(2), diagnostics: &diagnostics)
        #expect(diagnostics.diagnostics.count == 1)
    }
}
