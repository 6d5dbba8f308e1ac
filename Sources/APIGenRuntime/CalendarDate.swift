/// A day of the calendar, without a time or a time zone, as `string(date)` fields carry it:
/// `2024-05-01` on the wire.
///
/// It decodes only that exact form, so encoding it back writes the same text.
public struct CalendarDate: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, such as `2024`.
    public var year: Int
    /// The month, from 1 (January) to 12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    /// Creates a date from its parts, which it does not check.
    ///
    /// - Parameters:
    ///   - year: The year, such as `2024`.
    ///   - month: The month, from 1 (January) to 12.
    ///   - day: The day of the month, from 1.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads a date written as `2024-05-01`: four digits, two and two, naming a day that exists.
    ///
    /// - Parameter text: The date as the API writes it.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, ofYear: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date as the API writes it: `2024-05-01`.
    public var description: String {
        func padded(_ number: Int, to width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, to: 4) + "-" + padded(month, to: 2) + "-" + padded(day, to: 2)
    }

    /// Decodes a date from its text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not a date written as `2024-05-01`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date written as 2024-05-01")
        }
        self = date
    }

    /// Encodes the date as its text.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: An error when the encoder cannot write the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Whether `lhs` is an earlier day than `rhs`.
    ///
    /// - Parameters:
    ///   - lhs: A date.
    ///   - rhs: Another date.
    /// - Returns: `true` when `lhs` comes first.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, ofYear year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
