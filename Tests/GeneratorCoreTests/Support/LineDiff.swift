/// A unified diff of two texts, computed in-process with the standard library, showing only the
/// changed hunks with a few lines of context and the expected file's line numbers.
enum LineDiff {
    static func unified(expected: String, actual: String, expectedName: String, actualName: String, context: Int = 3) -> String {
        let old = lines(expected)
        let new = lines(actual)
        // Walk both texts in step, marking each line as kept, removed or inserted.
        let difference = new.difference(from: old)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var rows: [(mark: Character, text: String, oldLine: Int)] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                rows.append(("-", old[i], i + 1)); i += 1
            } else if j < new.count, inserted.contains(j) {
                rows.append(("+", new[j], i + 1)); j += 1
            } else {
                rows.append((" ", i < old.count ? old[i] : "", i + 1)); i += 1; j += 1
            }
        }
        var output = ["--- \(expectedName) (expected)", "+++ \(actualName) (actual)"]
        var lastPrinted = -1
        for (index, row) in rows.enumerated() where row.mark != " " {
            let start = max(index - context, lastPrinted + 1)
            let end = min(index + context, rows.count - 1)
            // The context printed after an earlier change may already reach past this one's.
            guard start <= end else { continue }
            if start > lastPrinted + 1 { output.append("@@ line \(rows[start].oldLine) @@") }
            for k in start...end where k > lastPrinted {
                output.append("\(rows[k].mark)\(rows[k].text)")
                lastPrinted = k
            }
        }
        return output.joined(separator: "\n")
    }

    static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

import Foundation
