import SpecModel

extension ContextBuilderState {
    /// A union's enum: a case per member, named after the member's Swift type, and a case that
    /// keeps a value no member decodes.
    func unionContext(_ union: UnionSpec, swiftName: String, isIndirect: Bool) -> UnionContext {
        var scope = NameScope("the cases of", of: swiftName)
        // The unknown case is named first, so that a member never takes its name.
        let unknownName = scope.claimFree("unknown", for: "unknown", at: union.source)
        let cases = union.members.map { member in
            let caseName = scope.claimFree(
                unionCaseName(member.value), for: member.value.description, at: member.source)
            var keys: [String] = []
            var declaresDiscriminator = false
            var validates = false
            if case .model(let name) = member.value, let model = model(named: name) {
                if case .object(let properties) = model.shape {
                    keys = properties.map(\.name)
                    declaresDiscriminator = properties.contains { $0.name == union.discriminator?.property.value }
                }
                validates = validatingModels.contains(name)
            }
            var selecting: [String] = []
            var tag: String?
            if let discriminator = union.discriminator, case .model(let name) = member.value {
                selecting = discriminator.values(selecting: name).map(SwiftLiteral.string)
                if !declaresDiscriminator { tag = selecting.first }
            }
            return UnionCaseContext(
                caseName: SwiftNaming.escapedIdentifier(caseName), label: caseName, swiftType: mapper.swiftType(member.value),
                member: member.value.description, keys: keys, selectingLiterals: selecting, tagLiteral: tag,
                validates: validates)
        }
        return UnionContext(
            swiftName: swiftName, kind: union.kind.rawValue, cases: cases, unknownCaseName: unknownName,
            discriminator: union.discriminator?.property.value, isIndirect: isIndirect)
    }

    /// A member's case: its Swift type in lowerCamelCase, `smsFactor` for `SmsFactor`, `string`,
    /// `stringArray` for `array(string)`, `int64Map` for `map(integer(int64))`.
    func unionCaseName(_ type: TypeExpression) -> String {
        switch type {
        case .array(let element): unionCaseName(element) + "Array"
        case .map(let value): unionCaseName(value) + "Map"
        case .object: "object"
        case .any: "any"
        default: SwiftNaming.memberName(mapper.swiftType(type))
        }
    }
}
