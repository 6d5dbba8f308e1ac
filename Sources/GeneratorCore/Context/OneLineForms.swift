/// The one-line forms of the declarations and calls whose wrapping the context decides, as the
/// templates write them: the context measures each against `maximumLineLength`.
extension ContextBuilderState {
    /// An operation's declaration: `    public func name(a: A, b: B = b) async throws(Error) -> T {`.
    func operationDeclarationLine(
        name: String, arguments: [ArgumentContext], errorName: String, returnType: String?
    ) -> String {
        let parameters = arguments.map { parameterDeclaration($0.parameterName, $0.swiftType, $0.defaultLiteral) }
        let result = returnType.map { " -> " + $0 } ?? ""
        return "    public func \(name)(\(parameters.joined(separator: ", "))) async throws(\(errorName))\(result) {"
    }

    /// An operation's request:
    /// `        let request = RequestBuilder(operation: "getUser", method: "GET", path: "/users/\(id)")`.
    func requestLine(operationId: String, method: String, pathParts: [PathPartContext]) -> String {
        // As the path's string literal holds it: a parameter interpolated, text escaped.
        let path = pathParts.map { $0.isParameter ? "\\(" + $0.text + ")" : SwiftLiteral.stringContent($0.text) }
        let operation = SwiftLiteral.stringContent(operationId)
        return "        let request = RequestBuilder(operation: \"\(operation)\", method: \"\(method)\", path: \"\(path.joined())\")"
    }

    /// A model's memberwise initializer: `    public init(a: A, b: B? = nil) {`.
    func initializerLine(_ properties: [FieldContext], additionalProperties: (name: String, type: String)?) -> String {
        var parameters = properties.filter(\.isInitialized).map {
            parameterDeclaration($0.parameterName, $0.parameterType, $0.defaultLiteral)
        }
        if let additional = additionalProperties {
            parameters.append(parameterDeclaration(additional.name, "[String: \(additional.type)]", "[:]"))
        }
        return "    public init(\(parameters.joined(separator: ", "))) {"
    }

    /// `name: Type = default`, as a declaration writes a parameter.
    private func parameterDeclaration(_ name: String, _ type: String, _ defaultLiteral: String?) -> String {
        name + ": " + type + (defaultLiteral.map { " = " + $0 } ?? "")
    }
}
