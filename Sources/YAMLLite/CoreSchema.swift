/// A scalar's value as the YAML 1.2 core schema reads it.
public enum CoreValue: Sendable, Hashable {
    /// `null`, `Null`, `NULL`, `~` or nothing.
    case null
    /// `true`/`false`, also capitalized or in capitals.
    case bool(Bool)
    /// A decimal, `0o` octal or `0x` hexadecimal integer that fits in `Int`.
    case int(Int)
    /// A decimal float, `.inf` or `.nan`; also an integer too large for `Int`.
    case float(Double)
    /// Anything else, and every quoted or block scalar.
    case string(String)
}

extension YAMLScalar {
    /// True for a plain scalar that the YAML 1.2 core schema reads as null: empty, `null`, `Null`, `NULL`, `~`.
    public var isNull: Bool {
        if case .null = coreValue { return true }
        return false
    }

    /// The YAML 1.2 core-schema value (quoted and block scalars are always strings).
    ///
    /// For example, plain `0x1F` is `.int(31)`, `1e3` is `.float(1000)`, and `yes` stays
    /// `.string("yes")`: unlike YAML 1.1, the core schema has no yes/no/on/off booleans.
    public var coreValue: CoreValue {
        guard style == .plain else { return .string(text) }
        // The first character tells which forms the text could have, so that most text (keys
        // and words) is compared with none of them.
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            switch text {
            case "~", "null", "Null", "NULL": return .null
            default: return .string(text)
            }
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            switch text {
            case "true", "True", "TRUE": return .bool(true)
            default: return .string(text)
            }
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            switch text {
            case "false", "False", "FALSE": return .bool(false)
            default: return .string(text)
            }
        case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
            switch text {
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
            case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
            case ".nan", ".NaN", ".NAN": return .float(.nan)
            default: return Self.number(text) ?? .string(text)
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return Self.number(text) ?? .string(text)
        default:
            return .string(text)
        }
    }

    /// Reads the core schema's integer and float forms, or returns nil.
    private static func number(_ text: String) -> CoreValue? {
        let chars = Array(text.utf8)
        guard let first = chars.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") || isDigit(first)
        else { return nil }
        if chars.count > 2, chars[0] == UInt8(ascii: "0") {
            if chars[1] == UInt8(ascii: "o") { return integer(chars[2...], radix: 8) }
            if chars[1] == UInt8(ascii: "x") { return integer(chars[2...], radix: 16) }
        }
        // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?, where no dot or exponent makes an integer.
        var index = chars[0] == UInt8(ascii: "-") || chars[0] == UInt8(ascii: "+") ? 1 : 0
        let integerDigits = countDigits(chars, from: &index)
        var fractionDigits = 0
        var isFloat = false
        if index < chars.count, chars[index] == UInt8(ascii: ".") {
            isFloat = true
            index += 1
            fractionDigits = countDigits(chars, from: &index)
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return nil }
        if index < chars.count, chars[index] == UInt8(ascii: "e") || chars[index] == UInt8(ascii: "E") {
            isFloat = true
            index += 1
            if index < chars.count, chars[index] == UInt8(ascii: "-") || chars[index] == UInt8(ascii: "+") {
                index += 1
            }
            guard countDigits(chars, from: &index) > 0 else { return nil }
        }
        guard index == chars.count else { return nil }
        if !isFloat, let value = Int(text) { return .int(value) }
        // Swift's parser accepts every form above (`1.`, `.5`, `+1e3`); an integer too large
        // for Int becomes the nearest float, as in most YAML tools.
        return Double(text).map(CoreValue.float)
    }

    private static func integer(_ digits: ArraySlice<UInt8>, radix: Int) -> CoreValue? {
        var value = 0
        var overflowed = false
        var approximate = 0.0
        for char in digits {
            guard let digit = char.hexDigitValue, Int(digit) < radix else { return nil }
            approximate = approximate * Double(radix) + Double(digit)
            if !overflowed {
                let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
                let (sum, overflow2) = shifted.addingReportingOverflow(Int(digit))
                overflowed = overflow1 || overflow2
                value = sum
            }
        }
        return overflowed ? .float(approximate) : .int(value)
    }

    private static func isDigit(_ char: UInt8) -> Bool {
        char >= UInt8(ascii: "0") && char <= UInt8(ascii: "9")
    }

    private static func countDigits(_ chars: [UInt8], from index: inout Int) -> Int {
        let start = index
        while index < chars.count, isDigit(chars[index]) { index += 1 }
        return index - start
    }
}
