import Foundation

/// A value that travels as text in a path segment, a header or a query item, and is read back
/// from a response header.
public protocol ParameterValue {
    var parameterText: String { get }

    /// Reads the value from its text; nil when the text is not one.
    init?(parameterText text: String)
}

extension String: ParameterValue {
    public var parameterText: String { self }

    public init?(parameterText text: String) {
        self = text
    }
}

extension Int: ParameterValue {
    public var parameterText: String { String(self) }

    public init?(parameterText text: String) {
        self.init(text)
    }
}

extension Int32: ParameterValue {
    public var parameterText: String { String(self) }

    public init?(parameterText text: String) {
        self.init(text)
    }
}

extension Int64: ParameterValue {
    public var parameterText: String { String(self) }

    public init?(parameterText text: String) {
        self.init(text)
    }
}

extension Float: ParameterValue {
    /// Whole numbers print without a fraction, as for `Double`.
    public var parameterText: String {
        self == rounded() && abs(self) < 1e7 ? String(Int(self)) : String(self)
    }

    public init?(parameterText text: String) {
        self.init(text)
    }
}

extension Double: ParameterValue {
    /// Whole numbers print without a fraction: `300`, not `300.0`.
    public var parameterText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }

    public init?(parameterText text: String) {
        self.init(text)
    }
}

extension Bool: ParameterValue {
    public var parameterText: String { self ? "true" : "false" }

    public init?(parameterText text: String) {
        switch text {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

extension Date: ParameterValue {
    public var parameterText: String { JSONCoding.string(from: self) }

    public init?(parameterText text: String) {
        guard let date = JSONCoding.date(from: text) else { return nil }
        self = date
    }
}

extension CalendarDate: ParameterValue {
    public var parameterText: String { description }

    public init?(parameterText text: String) {
        self.init(text)
    }
}

/// UUIDs travel in lower case, as RFC 9562 writes them.
extension UUID: ParameterValue {
    public var parameterText: String { uuidString.lowercased() }

    public init?(parameterText text: String) {
        self.init(uuidString: text)
    }
}

extension ParameterValue where Self: RawRepresentable, RawValue: ParameterValue {
    public var parameterText: String { rawValue.parameterText }

    public init?(parameterText text: String) {
        guard let rawValue = RawValue(parameterText: text), let value = Self(rawValue: rawValue) else { return nil }
        self = value
    }
}
