import ConcurrentMap
import SpecModel

extension ContextBuilderState {
    /// The names an operation is given before its context is built: its method's, and the type
    /// name of each path, header and query parameter's enum (nil for one without), in that order.
    struct OperationNames: Sendable {
        var methodName: String
        var enumTypeNames: [String?]
        /// The name of the operation's result type, when it needs one.
        var resultTypeName: String?
    }

    /// The contexts of the endpoints at `indices` of the spec, in that order. The names that
    /// must be unique across operations (the methods, in `scope`, and the parameters' enum types,
    /// among the module's types) are given out first, one endpoint after another; each
    /// operation's context then depends on its own names only, so they are built on every core,
    /// each with the diagnostics it found, reported here in order.
    mutating func operationContexts(_ indices: [Int], scope: inout NameScope) -> [OperationContext] {
        let names = indices.map { index in claimNames(of: spec.endpoints[index], methodScope: &scope) }
        let builder = self
        let built = Array(zip(indices, names)).concurrentMap { index, names in
            var diagnostics = DiagnosticCollector()
            let context = builder.operationContext(builder.spec.endpoints[index], names: names, diagnostics: &diagnostics)
            return (context: context, diagnostics: diagnostics.diagnostics)
        }
        for operation in built {
            operationSymbols[operation.context.operationId] = operation.context.symbol
            operationArguments[operation.context.operationId] = operation.context.arguments
            diagnostics.append(contentsOf: operation.diagnostics)
        }
        return built.map(\.context)
    }

    /// Claims an endpoint's method name in `methodScope` and its parameters' enum type names
    /// among the module's types.
    private mutating func claimNames(of endpoint: EndpointSpec, methodScope: inout NameScope) -> OperationNames {
        let methodName = SwiftNaming.memberName(endpoint.operationId)
        methodScope.claim(methodName, for: endpoint.operationId, at: endpoint.source, diagnostics: &diagnostics)
        let fields = Self.implicitPathParameters(endpoint) + endpoint.headers + endpoint.cookies + endpoint.query
        let enumTypeNames = fields.map { field -> String? in
            guard field.enumValues != nil, field.type.itemPrimitive != nil else { return nil }
            let base = SwiftNaming.upperCamelCase(endpoint.operationId) + SwiftNaming.upperCamelCase(field.name)
            return moduleTypes.claimFree(base, suffix: "Value", for: field.name, at: field.nameSource)
        }
        var resultTypeName: String?
        if Self.needsResultType(endpoint) {
            resultTypeName = moduleTypes.claimFree(
                SwiftNaming.upperCamelCase(endpoint.operationId) + "Result", for: endpoint.operationId, at: endpoint.source)
        }
        return OperationNames(methodName: methodName, enumTypeNames: enumTypeNames, resultTypeName: resultTypeName)
    }

    /// One client method: its name, its arguments (required first, then optional ones with
    /// defaults), how its path is built, and what it returns.
    private func operationContext(
        _ endpoint: EndpointSpec, names: OperationNames, diagnostics: inout DiagnosticCollector
    ) -> OperationContext {
        let methodName = names.methodName
        var arguments = NameScope("the arguments of", of: methodName)
        var parameterEnums: [EnumContext] = []
        var enumTypeNames = names.enumTypeNames[...]
        let pathFields = Self.implicitPathParameters(endpoint)
        let path = parameterContexts(
            pathFields, location: "path", arguments: &arguments, enumTypeNames: &enumTypeNames,
            parameterEnums: &parameterEnums, diagnostics: &diagnostics)
        let headers = parameterContexts(
            endpoint.headers, location: "header", arguments: &arguments, enumTypeNames: &enumTypeNames,
            parameterEnums: &parameterEnums, diagnostics: &diagnostics)
        let cookies = parameterContexts(
            endpoint.cookies, location: "cookie", arguments: &arguments, enumTypeNames: &enumTypeNames,
            parameterEnums: &parameterEnums, diagnostics: &diagnostics)
        let query = parameterContexts(
            endpoint.query, location: "query", arguments: &arguments, enumTypeNames: &enumTypeNames,
            parameterEnums: &parameterEnums, diagnostics: &diagnostics)

        var body: BodyArgumentContext?
        var sendsEmptyObject = false
        if let spec = endpoint.body {
            if case .model(let name) = spec.type, let model = model(named: name), isEmptyRequestBody(model) {
                sendsEmptyObject = true
            } else {
                arguments.claim("body", for: "the request body", at: spec.source, diagnostics: &diagnostics)
                body = bodyArgument(spec)
            }
        }
        // Required arguments first (parameters with a default are optional to pass), then the
        // optional ones, each in path, header, cookie, query, body order.
        var required: [ArgumentContext] = []
        var optional: [ArgumentContext] = []
        for field in path + headers + cookies + query {
            if field.required && field.defaultLiteral == nil {
                required.append(.parameter(field))
            } else {
                optional.append(.parameter(field))
            }
        }
        if let body {
            if body.isOptional { optional.append(.body(body)) } else { required.append(.body(body)) }
        }
        let ordered = required + optional

        let success = endpoint.successResponses.first
        let symbol = methodName + "(" + ordered.map { $0.label + ":" }.joined() + ")"
        let result = names.resultTypeName.map { resultContext(endpoint, typeName: $0, operationSymbol: symbol) }
        let returnType = result?.swiftName ?? success?.body.map { mapper.swiftType($0) }
        let swiftName = SwiftNaming.escapedIdentifier(methodName)
        let pathParts = pathParts(endpoint, parameters: pathFields)
        let servers = endpoint.servers.compactMap { name in spec.servers.first { $0.name.value == name.value } }
        let declaration = operationDeclarationLine(
            name: swiftName, arguments: ordered, errorName: errorName, returnType: returnType)
        return OperationContext(
            operationId: endpoint.operationId, swiftName: swiftName, summary: endpoint.summary,
            description: endpoint.description, method: endpoint.method.value, path: endpoint.path.value,
            pathParts: pathParts, deprecated: endpoint.deprecated,
            securityLiteral: securityLiteral(endpoint), servers: endpoint.servers.map(\.value),
            serverCases: servers.map(serverCaseName), serverSymbols: servers.map(serverSymbol), symbol: symbol,
            arguments: ordered, wrapsArguments: ordered.count > 2 || exceedsLineLength(declaration),
            wrapsRequest: exceedsLineLength(
                requestLine(operationId: endpoint.operationId, method: endpoint.method.value, pathParts: pathParts)),
            pathParameters: path, headers: headers, cookies: cookies, queryParameters: query, body: body,
            sendsEmptyObject: sendsEmptyObject, returnType: returnType, successStatus: success?.status ?? "200",
            responseDescription: success?.description,
            responseEncoding: result != nil || success?.body == nil ? nil : success?.mediaKind.rawValue,
            result: result, errorCases: errorCaseContexts(endpoint, bodies: errorBodies),
            acceptsRedirects: endpoint.documentsRedirects,
            acceptLiteral: success.flatMap { $0.body == nil || $0.contentType == "application/json" ? nil : $0.contentType }
                .map(SwiftLiteral.string),
            parameterEnums: parameterEnums)
    }

    /// The request body as the method's `body` argument.
    private func bodyArgument(_ body: BodySpec) -> BodyArgumentContext {
        BodyArgumentContext(
            baseType: mapper.swiftType(body.type), isOptional: !body.required,
            nested: nestedValidation(of: body.type), description: body.description ?? "The request body.",
            contentType: body.contentType, encoding: body.mediaKind.rawValue)
    }

    /// The contexts of an operation's path, header or query parameters; claims their argument
    /// names in `arguments`, takes their enum type names from `enumTypeNames` and adds their
    /// enums to `parameterEnums`.
    private func parameterContexts(
        _ fields: [FieldSpec], location: String, arguments: inout NameScope,
        enumTypeNames: inout ArraySlice<String?>, parameterEnums: inout [EnumContext],
        diagnostics: inout DiagnosticCollector
    ) -> [FieldContext] {
        fields.map { field in
            let name = field.swiftName ?? SwiftNaming.memberName(field.name)
            arguments.claim(name, for: field.name, at: field.nameSource, diagnostics: &diagnostics)
            let enumTypeName = enumTypeNames.popFirst() ?? nil
            if let typeName = enumTypeName, let values = field.enumValues, field.type.itemPrimitive != nil {
                parameterEnums.append(
                    enumContext(
                        swiftName: typeName, type: field.type.itemElement, values: values,
                        description: field.description,
                        source: EnumSourceContext(kind: "parameter", name: field.name, location: location)))
            }
            // Path parameters are always required; parameters are leave-out-or-send, as a header
            // or query item has no `null`.
            return fieldContext(
                field, swiftName: name, required: location == "path" || field.required, nullable: false,
                enumTypeName: enumTypeName, enumPrefix: "", location: location)
        }
    }

    /// The declared path parameters in path order, plus a `String` one for each `{name}` the
    /// spec leaves undeclared.
    static func implicitPathParameters(_ endpoint: EndpointSpec) -> [FieldSpec] {
        endpoint.pathPlaceholders.map { placeholder in
            endpoint.pathParameters.first { $0.name == placeholder.value }
                ?? FieldSpec(
                    name: placeholder.value, nameSource: placeholder.source, type: .string(format: nil),
                    typeSource: placeholder.source)
        }
    }

    /// `/users/{userId}/lock` → literal `/users/`, parameter `userId`, literal `/lock`.
    /// `parameters` are the endpoint's `implicitPathParameters`.
    func pathParts(_ endpoint: EndpointSpec, parameters: [FieldSpec]) -> [PathPartContext] {
        endpoint.pathParts.map { part in
            switch part {
            case .literal(let text):
                return PathPartContext(isParameter: false, text: Self.percentEncodedPath(text))
            case .placeholder(let name, _):
                guard let parameter = parameters.first(where: { $0.name == name }) else {
                    return PathPartContext(isParameter: true, text: name)
                }
                let swiftName = parameter.swiftName ?? SwiftNaming.memberName(parameter.name)
                return PathPartContext(isParameter: true, text: SwiftNaming.escapedIdentifier(swiftName))
            }
        }
    }

    /// Whether a URL path may hold `byte` as it is: RFC 3986's unreserved and sub-delims, `:`,
    /// `@`, `/`, and `%` for escapes the spec already wrote.
    static func isPathCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-._~!$&'()*+,;=:@/%".utf8.contains(byte)
        }
    }

    /// The spec's literal path text as it must travel: characters a URL path cannot hold, such as
    /// spaces and quotes, are percent-encoded; `/` and existing `%XX` escapes stay.
    static func percentEncodedPath(_ text: String) -> String {
        guard !text.utf8.allSatisfy(isPathCharacter) else { return text }
        var result = ""
        for byte in text.utf8 {
            if isPathCharacter(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
