import Foundation

/// The spec's constraints, checked before a request is sent so that a bad argument fails at
/// once, naming the operation, the field and the rule, instead of costing a round trip.
///
/// Each check takes the rule as the spec states it, for the error: `maxLength: 4095`.
@_spi(Generated) public enum Validation {
    /// Lengths count Unicode scalars, as JSON Schema counts characters.
    public static func minLength(
        _ value: String?, _ limit: Int, rule: String, operation: String, field: String
    ) throws(RequestProblem) {
        if let value, value.unicodeScalars.count < limit {
            throw RequestProblem(.validation, operation: operation, field: field, detail: rule)
        }
    }

    public static func maxLength(
        _ value: String?, _ limit: Int, rule: String, operation: String, field: String
    ) throws(RequestProblem) {
        if let value, value.unicodeScalars.count > limit {
            throw RequestProblem(.validation, operation: operation, field: field, detail: rule)
        }
    }

    /// As in JSON Schema, the pattern may match anywhere in the value unless it is anchored.
    public static func pattern(
        _ value: String?, _ pattern: String, rule: String, operation: String, field: String
    ) throws(RequestProblem) {
        guard let value, let expression = try? NSRegularExpression(pattern: pattern) else { return }
        let range = NSRange(value.startIndex..., in: value)
        if expression.firstMatch(in: value, range: range) == nil {
            throw RequestProblem(.validation, operation: operation, field: field, detail: rule)
        }
    }

    public static func minimum<Value: Comparable>(
        _ value: Value?, _ bound: Value, rule: String, operation: String, field: String
    ) throws(RequestProblem) {
        if let value, value < bound {
            throw RequestProblem(.validation, operation: operation, field: field, detail: rule)
        }
    }

    public static func maximum<Value: Comparable>(
        _ value: Value?, _ bound: Value, rule: String, operation: String, field: String
    ) throws(RequestProblem) {
        if let value, value > bound {
            throw RequestProblem(.validation, operation: operation, field: field, detail: rule)
        }
    }

    public static func minItems<Element>(
        _ value: [Element]?, _ limit: Int, rule: String, operation: String, field: String
    ) throws(RequestProblem) {
        if let value, value.count < limit {
            throw RequestProblem(.validation, operation: operation, field: field, detail: rule)
        }
    }

    public static func maxItems<Element>(
        _ value: [Element]?, _ limit: Int, rule: String, operation: String, field: String
    ) throws(RequestProblem) {
        if let value, value.count > limit {
            throw RequestProblem(.validation, operation: operation, field: field, detail: rule)
        }
    }
}

/// A request the client refused to send: an argument breaks a rule of the API, or cannot be
/// encoded. A generated client throws it as its own error's `.validation` or `.encoding`.
@_spi(Generated) public struct RequestProblem: Error, Sendable, Equatable {
    /// What is wrong with the argument.
    public enum Kind: Sendable, Equatable {
        /// It breaks a rule of the API.
        case validation
        /// It cannot be encoded as the request needs it.
        case encoding
    }

    public var kind: Kind
    /// The operation called, by its id in the spec.
    public var operation: String
    /// Where the argument is: `body.profilePictureUrl`, `header frontegg-tenant-id`, `path`.
    public var field: String
    /// The rule broken (`maxLength: 4095`), or why the encoding failed.
    public var detail: String

    public init(_ kind: Kind, operation: String, field: String, detail: String) {
        self.kind = kind
        self.operation = operation
        self.field = field
        self.detail = detail
    }
}
