/// Collects a mapping's entries, rejecting a key seen before.
///
/// Keys compare as their JSON keys (`a` and `"a"`, or `1` and `01`, are one key), since a
/// JSON reader or the spec layer could not tell them apart.
struct MappingBuilder {
    /// Up to this many entries, a key is looked for by comparing it with each one before it;
    /// most mappings are this small, and comparing a few keys costs less than hashing one.
    private static let linearSearchLimit = 16
    private static let initialCapacity = 4

    private(set) var entries: [YAMLMappingEntry] = []
    /// The JSON key of each entry, in entry order.
    private var jsonKeys: [String] = []
    /// Each entry's index by its JSON key, once the mapping has more than `linearSearchLimit` entries.
    private var indexes: [String: Int] = [:]

    /// Adds an entry, or returns the duplicate-key message (and drops the entry) if its key is taken.
    mutating func add(_ entry: consuming YAMLMappingEntry) -> String? {
        let jsonKey = entry.key.jsonKey
        if let existing = index(of: jsonKey) {
            return "duplicate key '\(entry.key.text)' (first at \(entries[existing].keyLocation))"
        }
        if entries.isEmpty {
            // Most mappings have a few entries: room for them at once, rather than growing one by one.
            entries.reserveCapacity(Self.initialCapacity)
            jsonKeys.reserveCapacity(Self.initialCapacity)
        }
        jsonKeys.append(jsonKey)
        entries.append(entry)
        if entries.count > Self.linearSearchLimit {
            if indexes.isEmpty {
                for (index, key) in jsonKeys.enumerated() { indexes[key] = index }
            } else {
                indexes[jsonKey] = entries.count - 1
            }
        }
        return nil
    }

    /// The index of the entry whose JSON key is `jsonKey`, if any.
    private func index(of jsonKey: String) -> Int? {
        if entries.count > Self.linearSearchLimit { return indexes[jsonKey] }
        return jsonKeys.firstIndex(of: jsonKey)
    }
}
