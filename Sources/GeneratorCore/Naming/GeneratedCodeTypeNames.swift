/// The type names the built-in templates declare at the top level or inside the client; a
/// model with one of these names would clash with them.
let runtimeTypeNames = [
    "JSONValue", "Nullable", "CalendarDate", "HTTPTransport", "HTTPRequest", "HTTPResponse", "URLSessionTransport",
    "ParameterValue", "RequestBuilder", "RequestPath", "JSONCoding", "Server", "Authentication", "Configuration",
    // Not a runtime type, but the name every Codable model's keys take.
    "CodingKeys",
    "RetryPolicy", "HTTPInterceptor", "LoggingInterceptor", "TokenStore", "Validation", "DataTaskHandle", "AnyCodingKey", "ResponseCapture", "RedirectRefusal",
    "FirstOutcome", "ErrorFields", "ErrorItem", "Indirect", "FinalError", "RequestProblem", "RequestSending", "OpenEnum", "RedactingDescription",
    // The runtime's module, which every generated file imports.
    "APIGenRuntime", "FormEncoding", "FileUpload", "MultipartPart",
]

/// The Swift and Foundation types (and modules) the generated code names by their short names.
/// A model named like one would shadow it in the generated module, so such a model is generated
/// under another name (`Task` as `TaskModel`); `GeneratedTypeNamesTests` checks that every
/// type the built-in templates write is listed.
let standardTypeNames = [
    // Swift
    "Any", "Array", "Bool", "BooleanLiteralType", "CancellationError", "CheckedContinuation", "Character", "Codable", "CodingKey",
    "Comparable", "ContinuousClock", "CustomDebugStringConvertible", "CustomReflectable",
    "CustomStringConvertible", "Decodable", "DecodingError", "Decoder", "Dictionary", "Double", "Duration",
    "Encodable", "EncodingError", "Encoder", "Equatable", "Error", "ExpressibleByArrayLiteral",
    "ExpressibleByBooleanLiteral", "ExpressibleByDictionaryLiteral", "ExpressibleByExtendedGraphemeClusterLiteral",
    "ExpressibleByFloatLiteral", "ExpressibleByIntegerLiteral", "ExpressibleByNilLiteral",
    "ExpressibleByStringInterpolation", "ExpressibleByStringLiteral", "ExpressibleByUnicodeScalarLiteral",
    "Float", "Hashable", "Instant", "Int", "Int32", "Int64", "IntegerLiteralType", "KeyedDecodingContainer", "LocalizedError",
    "KeyedEncodingContainer", "Mirror", "Never", "Optional", "Protocol", "RawRepresentable", "Result", "Self",
    "Sendable", "Sequence", "Set", "TaskLocal", "String", "StringInterpolationProtocol", "Substring", "Swift", "Task", "Type", "UInt64",
    "UInt8", "UTF8", "Unicode", "Void",
    // Foundation
    "Data", "Date", "DateFormatter", "Foundation", "FoundationNetworking", "HTTPURLResponse", "ISO8601FormatStyle",
    "JSONDecoder", "JSONEncoder", "Locale", "NSLock", "NSRange", "NSRegularExpression", "TimeZone", "URL",
    "URLError", "URLRequest", "URLResponse", "URLSession", "URLSessionDataTask", "URLSessionTask",
    "URLSessionTaskDelegate", "UUID", "NSObject",
]
