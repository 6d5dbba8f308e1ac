import Foundation

/// The values of the string formats that are not text in Swift, read from a spec's literals (a
/// `default:`), so that the validator can reject a malformed one and the generator can write it
/// as Swift.
public enum FormattedValue {
    /// `2024-05-01T12:30:00Z`, with or without a fraction of a second, as seconds since 1970.
    public static func dateTime(_ text: String) -> Double? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) {
            return date.timeIntervalSince1970
        }
        return (try? Date.ISO8601FormatStyle().parse(text))?.timeIntervalSince1970
    }

    /// `2024-05-01`: four digits, two, two, naming a day that exists.
    public static func date(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        return (year, month, day)
    }

    /// A UUID in its usual 36-character form; upper or lower case.
    public static func uuid(_ text: String) -> UUID? {
        UUID(uuidString: text)
    }

    /// Whether `text` is a valid value of `format`; text formats accept any string.
    public static func isValid(_ text: String, as format: StringFormat) -> Bool {
        switch format {
        case .dateTime: dateTime(text) != nil
        case .date: date(text) != nil
        case .uuid: uuid(text) != nil
        case .binary: false
        default: true
        }
    }

    /// A valid value of a format, for messages.
    public static func example(of format: StringFormat) -> String? {
        switch format {
        case .dateTime: "2024-05-01T12:30:00Z"
        case .date: "2024-05-01"
        case .uuid: "123e4567-e89b-12d3-a456-426614174000"
        default: nil
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
