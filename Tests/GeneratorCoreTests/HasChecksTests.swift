import SpecModel
import Testing

@testable import GeneratorCore

/// `hasChecks` answers "does this field get any check" without building the checks; it must
/// agree with `checks(for:)` on every type, constraint and enum combination.
@Suite struct HasChecksTests {
    static let source = SourceRef(file: "test.yaml", location: .init(line: 1, column: 1))

    static let types: [TypeExpression] = [
        .string(format: nil), .string(format: "date-time"), .string(format: "email"), .integer(format: nil),
        .number(format: "double"), .boolean, .object, .array(.string(format: nil)), .array(.integer(format: nil)),
        .model("Other"),
    ]

    /// Each constraint alone, and none.
    static let constraintSets: [Constraints] = {
        let located = { (value: Int) in Located(value, at: source) }
        var sets = [Constraints()]
        var minLength = Constraints()
        minLength.minLength = located(1)
        var maxLength = Constraints()
        maxLength.maxLength = located(9)
        var pattern = Constraints()
        pattern.pattern = Located("^a$", at: source)
        var minimum = Constraints()
        minimum.minimum = Located(1.5, at: source)
        var maximum = Constraints()
        maximum.maximum = Located(9, at: source)
        var minItems = Constraints()
        minItems.minItems = located(1)
        var maxItems = Constraints()
        maxItems.maxItems = located(3)
        sets += [minLength, maxLength, pattern, minimum, maximum, minItems, maxItems]
        return sets
    }()

    @Test func agreesWithTheChecksBuilt() {
        let builder = ContextBuilderState(spec: APISpec(info: APIInfo(name: Located("Checks", at: Self.source))), modelIndexes: [:])
        var fields: [FieldSpec] = []
        for type in Self.types {
            for constraints in Self.constraintSets {
                for isEnum in [false, true] {
                    fields.append(
                        FieldSpec(
                            name: "field", nameSource: Self.source, type: type, typeSource: Self.source,
                            enumValues: isEnum ? [Located(.string("a"), at: Self.source)] : nil, constraints: constraints))
                }
            }
        }
        var withChecks = 0
        for position in fields.indices {
            let built = builder.checks(for: fields[position])
            #expect(
                ContextBuilderState.hasChecks(fields, at: position) == !built.isEmpty,
                "\(fields[position].type) \(fields[position].constraints) enum: \(fields[position].enumValues != nil)")
            if !built.isEmpty { withChecks += 1 }
        }
        // Both answers occur, so agreement is not two functions that always say no.
        #expect(withChecks > 0 && withChecks < fields.count)
    }
}
