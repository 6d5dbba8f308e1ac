/// Collects a mapping's entries, then drops each one whose key an earlier entry has.
///
/// Keys compare as their JSON keys (`a` and `"a"`, or `1` and `01`, are one key), since a
/// JSON reader or the spec layer could not tell them apart.
struct MappingBuilder {
    private var entries: [YAMLMappingEntry] = []

    mutating func add(_ entry: consuming YAMLMappingEntry) {
        entries.append(entry)
    }

    /// The entries, each key kept where it is first used, and a duplicate-key error for each
    /// later use, in entry order.
    func finish() -> (entries: [YAMLMappingEntry], duplicates: [YAMLLiteError]) {
        // Sorted, equal keys are neighbours: one pass tells whether any key repeats, which
        // almost no mapping does, without hashing any of them.
        var keys = entries.map(\.key.jsonKey)
        keys.sort()
        var index = 1
        while index < keys.count, keys[index] != keys[index - 1] { index += 1 }
        guard index < keys.count else { return (entries, []) }

        var firstUses: [String: Int] = [:]
        var kept: [YAMLMappingEntry] = []
        var duplicates: [YAMLLiteError] = []
        for entry in entries {
            let jsonKey = entry.key.jsonKey
            if let first = firstUses[jsonKey] {
                duplicates.append(
                    YAMLLiteError(
                        message: "duplicate key '\(entry.key.text)' (first at \(kept[first].keyLocation))",
                        location: entry.keyLocation))
            } else {
                firstUses[jsonKey] = kept.count
                kept.append(entry)
            }
        }
        return (kept, duplicates)
    }
}

extension Parser {
    /// The mapping's entries without repeated keys, each repeat reported.
    mutating func finish(_ mapping: MappingBuilder) -> [YAMLMappingEntry] {
        let (entries, duplicates) = mapping.finish()
        errors += duplicates
        return entries
    }
}
