import Dispatch
import Foundation
import Testing

@testable import TemplateEngine

/// Shapes and templates find keys by number: equal names must get equal numbers and different
/// names different ones, also when templates are parsed on several threads at once.
@Suite struct KeyNumbersTests {
    @Test func equalNamesShareANumberAcrossThreads() {
        let names = (0..<400).map { "key-numbers-test-\($0 % 100)" }
        final class Found: @unchecked Sendable {
            let lock = NSLock()
            var numbers = [[Int]](repeating: [], count: 4)
        }
        let found = Found()
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            let row = names.map { KeyNumbers.shared.number(of: $0) }
            found.lock.withLock { found.numbers[thread] = row }
        }
        for row in found.numbers { #expect(row == found.numbers[0]) }
        var numberByName: [String: Int] = [:]
        for (name, number) in zip(names, found.numbers[0]) {
            #expect(numberByName.updateValue(number, forKey: name) ?? number == number, "\(name)")
        }
        #expect(Set(numberByName.values).count == 100)
        #expect(TemplateKey("key-numbers-test-7") == TemplateKey("key-numbers-test-7"))
        #expect(TemplateKey("key-numbers-test-7") != TemplateKey("key-numbers-test-8"))
    }
}
