/// Collects a mapping's entries, rejecting a key seen before.
///
/// Keys compare as their JSON keys (`a` and `"a"`, or `1` and `01`, are one key), since a
/// JSON reader or the spec layer could not tell them apart.
struct MappingBuilder {
    private(set) var entries: [YAMLMappingEntry] = []
    /// Each entry's index, by the JSON key of its key.
    private var indexes: [String: Int] = [:]

    /// Adds an entry, or returns the duplicate-key message (and drops the entry) if its key is taken.
    mutating func add(_ entry: consuming YAMLMappingEntry) -> String? {
        let jsonKey = entry.key.jsonKey
        if let existing = indexes[jsonKey] {
            return "duplicate key '\(entry.key.text)' (first at \(entries[existing].keyLocation))"
        }
        indexes[jsonKey] = entries.count
        entries.append(entry)
        return nil
    }
}
