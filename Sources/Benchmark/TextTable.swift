import Foundation

/// A plain-text table with right-aligned columns, as a terminal or a README code block shows it.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: [String]) {
        self.headers = headers
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    var rendered: String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in
            all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            widths.indices.map { column in
                let cell = column < cells.count ? cells[column] : ""
                return String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// Fixed decimals, so a column's numbers line up on their decimal points.
func formatted(_ value: Double, decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}
