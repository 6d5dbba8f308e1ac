/// Collects a mapping's entries, then drops each one whose key an earlier entry has.
///
/// Keys compare as their JSON keys (`a` and `"a"`, or `1` and `01`, are one key), since a
/// JSON reader or the spec layer could not tell them apart.
struct MappingBuilder {
    private var entries: [YAMLMappingEntry] = []

    mutating func add(_ entry: consuming YAMLMappingEntry) {
        entries.append(entry)
    }

    /// The entries, each key kept where it is first used; a duplicate-key error for each later
    /// use is appended to `errors`, in entry order.
    func finish(reportingTo errors: inout [YAMLLiteError]) -> [YAMLMappingEntry] {
        // One entry cannot repeat a key.
        guard entries.count > 1 else { return entries }
        // Sorted, equal keys are neighbours: one pass tells whether any key repeats, which
        // almost no mapping does, without hashing any of them. Entries are read in place.
        var keys = entries.indices.map { entries[$0].key.jsonKey }
        keys.sort()
        var index = 1
        while index < keys.count, keys[index] != keys[index - 1] { index += 1 }
        guard index < keys.count else { return entries }

        var firstUses: [String: Int] = [:]
        var kept: [YAMLMappingEntry] = []
        for entry in entries {
            let jsonKey = entry.key.jsonKey
            if let first = firstUses[jsonKey] {
                errors.append(
                    YAMLLiteError(
                        message: "duplicate key '\(entry.key.text)' (first at \(kept[first].keyLocation))",
                        location: entry.keyLocation))
            } else {
                firstUses[jsonKey] = kept.count
                kept.append(entry)
            }
        }
        return kept
    }
}

extension Parser {
    /// The mapping's entries without repeated keys, each repeat reported.
    mutating func finish(_ mapping: MappingBuilder) -> [YAMLMappingEntry] {
        mapping.finish(reportingTo: &errors)
    }
}
