import ConcurrentMap
import SpecModel
import TemplateEngine

extension ContextBuilderState {
    /// The contexts of the endpoints at `indices` of the spec, in that order. Names that must be
    /// unique across operations (the methods, the parameters' enum types) are given out first,
    /// one endpoint after another; then each operation's context, which depends only on those
    /// names, is built on every core. The method symbols are recorded after, in order.
    mutating func operationContexts(_ indices: [Int], scope: inout NameScope) -> [TemplateValue] {
        let endpoints = spec.endpoints
        // The names each operation asks for depend on it alone, so they are worked out on every
        // core; only claiming them, where the first to ask wins, goes one endpoint after another.
        let wanted = indices.concurrentMap(minimumCount: lightItemsMinimumCount) { index in
            Self.wantedNames(endpoints[index])
        }
        var names: [OperationNames] = []
        names.reserveCapacity(indices.count)
        for (index, wanted) in zip(indices, wanted) {
            let operationId = endpoints[index].operationId
            scope.claim(wanted.methodName, for: operationId, at: endpoints[index].source, diagnostics: &diagnostics)
            let enumTypeNames = wanted.enumTypeNames.map { enumName in
                enumName.map { moduleTypes.claimFree($0.base, suffix: "Value", for: $0.fieldName, at: $0.source) }
            }
            names.append(OperationNames(methodName: wanted.methodName, enumTypeNames: enumTypeNames))
        }
        let allNames = names
        let built = builtOnEveryCore(Array(allNames.indices)) { builder, position in
            builder.operationContext(endpoints[indices[position]], names: allNames[position])
        }
        operationSymbols.reserveCapacity(operationSymbols.count + indices.count)
        for (index, result) in zip(indices, built) {
            operationSymbols[endpoints[index].operationId] = result.output.symbol
            diagnostics.append(contentsOf: result.diagnostics)
        }
        return built.map(\.output.context)
    }

    /// The names an operation asks for before they are claimed: its method's, and for each path,
    /// header and query parameter in that order, the type name its enum would like, or nil when
    /// it has no enum.
    private struct WantedNames: Sendable {
        var methodName: String
        var enumTypeNames: [(base: String, fieldName: String, source: SourceRef)?]
    }

    /// The names `endpoint` asks for, its parameters taken in the order `operationContext` takes
    /// them.
    private static func wantedNames(_ endpoint: EndpointSpec) -> WantedNames {
        let operationId = endpoint.operationId
        // Only parameters with an enum need it, and most have none.
        var typePrefix: String?
        let fields = implicitPathParameters(endpoint) + endpoint.headers + endpoint.query
        let enumTypeNames = fields.map { field -> (base: String, fieldName: String, source: SourceRef)? in
            guard field.enumValues != nil, field.type.itemPrimitive != nil else { return nil }
            let prefix = typePrefix ?? SwiftNaming.upperCamelCase(operationId)
            typePrefix = prefix
            return (prefix + SwiftNaming.upperCamelCase(field.name), field.name, field.nameSource)
        }
        return WantedNames(methodName: SwiftNaming.memberName(operationId), enumTypeNames: enumTypeNames)
    }

    /// Where a parameter's enum is declared.
    static func parameterEnumSource(name: String, location: String) -> TemplateValue {
        var source = TemplateShape.Builder(ContextShapes.parameterEnumSource)
        source.add("kind", "parameter")
        source.add("name", .string(name))
        source.add("location", .string(location))
        return source.value
    }

    /// The names `operationContexts` gives an operation before its context is built.
    struct OperationNames: Sendable {
        var methodName: String
        /// One entry per path, header and query parameter, in that order: the type name of the
        /// parameter's enum, or nil when it has none.
        var enumTypeNames: [String?]
    }

    /// One client method: its name, its arguments (required first, then optional ones with
    /// defaults), how its path is built, and what it returns; and the method's DocC symbol.
    private mutating func operationContext(
        _ endpoint: EndpointSpec, names: OperationNames
    ) -> (context: TemplateValue, symbol: String) {
        let methodName = names.methodName
        var enumTypeNames = names.enumTypeNames[...]

        var arguments = NameScope("the arguments of", of: methodName)
        var parameterEnums: [TemplateValue] = []
        // Once: the placeholders are found by reading the path.
        let pathFields = Self.implicitPathParameters(endpoint)
        // Every parameter and the body, claimed without growing the list on the way.
        arguments.reserveCapacity(pathFields.count + endpoint.headers.count + endpoint.query.count + 1)
        let path = parameterContexts(
            pathFields, location: "path", forceRequired: true, arguments: &arguments, enumTypeNames: &enumTypeNames,
            parameterEnums: &parameterEnums)
        let headers = parameterContexts(
            endpoint.headers, location: "header", forceRequired: false, arguments: &arguments,
            enumTypeNames: &enumTypeNames, parameterEnums: &parameterEnums)
        let query = parameterContexts(
            endpoint.query, location: "query", forceRequired: false, arguments: &arguments,
            enumTypeNames: &enumTypeNames, parameterEnums: &parameterEnums)

        var body: TemplateValue = .null
        var bodyArgument: [(TemplateValue, Bool)] = []
        var sendsEmptyObject = false
        if let spec = endpoint.body {
            // The model is looked at where the spec holds it: `model(named:)` would copy it.
            if case .model(let name) = spec.type, let index = modelIndexes[name], isEmptyRequestBody(self.spec.models[index]) {
                sendsEmptyObject = true
            } else {
                arguments.claim("body", for: "the request body", at: spec.source, diagnostics: &diagnostics)
                let swiftType = mapper.swiftType(spec.type)
                var validation: TemplateValue = .null
                switch spec.type {
                case .model(let name) where validatingModels.contains(name): validation = "single"
                case .array(.model(let name)) where validatingModels.contains(name): validation = "list"
                default: break
                }
                var argument = TemplateShape.Builder(ContextShapes.bodyArgument)
                argument.add("checks", [])
                argument.add("fieldLiteral", "\"body\"")
                argument.add("nested", validation)
                argument.add("valueExpression", "body")
                argument.add("valueIsOptional", .bool(!spec.required))
                argument.add("iterableExpression", .string(spec.required ? "body" : "(body ?? [])"))
                argument.add("swiftName", "body")
                argument.add("label", "body")
                argument.add("parameterName", "body")
                argument.add("location", "body")
                argument.add("swiftType", .string(spec.required ? swiftType : swiftType + "?"))
                argument.add("baseType", .string(swiftType))
                argument.add("isOptional", .bool(!spec.required))
                argument.add("defaultLiteral", spec.required ? .null : "nil")
                argument.add("hasDefault", .bool(!spec.required))
                argument.add("description", .string(spec.description ?? "The request body."))
                argument.add("contentType", .string(spec.contentType))
                let context = argument.value
                body = context
                bodyArgument = [(context, spec.required)]
            }
        }
        let all = path + headers + query + bodyArgument
        let ordered = all.filter(\.1).map(\.0) + all.filter { !$0.1 }.map(\.0)

        let success = endpoint.responses.first(where: \.isSuccess)
        let returnType = success?.body.map { mapper.swiftType($0) }
        let labels = ordered.map { $0[member: ContextMemberNames.label]?.stringValue ?? "" }
        // Built in room made for all of it: joining the pieces with `+` allocated for each.
        var symbol = methodName
        symbol.reserveCapacity(labels.reduce(methodName.utf8.count + 2) { $0 + $1.utf8.count + 1 })
        symbol += "("
        for label in labels {
            symbol += label
            symbol += ":"
        }
        symbol += ")"
        // The declaration and the request as the templates write them on one line, to tell
        // whether they fit. The declaration only matters for two arguments or fewer: more are
        // wrapped anyway, so it is only measured then.
        let escapedMethodName = SwiftNaming.escapedIdentifier(methodName)
        let parts = pathParts(endpoint, parameters: pathFields)
        var context = TemplateShape.Builder(ContextShapes.operation)
        context.add("operationId", .string(endpoint.operationId))
        context.add("swiftName", .string(escapedMethodName))
        context.add("summary", endpoint.summary.map(TemplateValue.string) ?? .null)
        context.add("description", endpoint.description.map(TemplateValue.string) ?? .null)
        context.add("method", .string(endpoint.method.value))
        context.add("path", .string(endpoint.path.value))
        context.add("pathParts", .array(parts))
        context.add("deprecated", .bool(endpoint.deprecated))
        context.add("usesBearer", .bool((endpoint.security ?? spec.security) == .bearer))
        context.add("servers", .array(endpoint.servers.map { .string($0.value) }))
        let servers = endpoint.servers.compactMap { name in spec.servers.first { $0.name.value == name.value } }
        context.add("serverCases", .array(servers.map { .string(serverCaseName($0)) }))
        context.add("serverSymbols", .array(servers.map { .string(serverSymbol($0)) }))
        context.add("symbol", .string(symbol))
        context.add("arguments", .array(ordered))
        let declaration = OperationDeclarationLine(
            name: escapedMethodName, arguments: ordered, errorName: errorName, returnType: returnType)
        context.add("wrapsArguments", .bool(ordered.count > 2 || declaration.exceedsMaximumLength))
        context.add(
            "wrapsRequest", .bool(RequestLine(method: endpoint.method.value, pathParts: parts).exceedsMaximumLength))
        context.add("pathParameters", .array(path.map(\.0)))
        context.add("headers", .array(headers.map(\.0)))
        context.add("queryParameters", .array(query.map(\.0)))
        context.add("body", body)
        context.add("sendsEmptyObject", .bool(sendsEmptyObject))
        context.add("returnType", .string(returnType ?? "Void"))
        context.add("returnsValue", .bool(returnType != nil))
        context.add("successStatus", .string(success?.status ?? "200"))
        context.add("responseDescription", success?.description.map(TemplateValue.string) ?? .null)
        context.add("parameterEnums", .array(parameterEnums))
        return (context.value, symbol)
    }

    /// The declared path parameters in path order, plus a `String` one for each `{name}` the
    /// spec leaves undeclared.
    static func implicitPathParameters(_ endpoint: EndpointSpec) -> [FieldSpec] {
        endpoint.pathPlaceholders.map { placeholder in
            endpoint.pathParameters.first { $0.name == placeholder.value }
                ?? FieldSpec(name: placeholder.value, nameSource: placeholder.source, type: .string(format: nil), typeSource: placeholder.source)
        }
    }

    /// `/users/{userId}/lock` → literal `/users/`, parameter `userId`, literal `/lock`.
    /// `parameters` are the endpoint's `implicitPathParameters`.
    func pathParts(_ endpoint: EndpointSpec, parameters: [FieldSpec]) -> [TemplateValue] {
        return endpoint.pathParts.map { part in
            switch part {
            case .literal(let text):
                return Self.pathPart(isParameter: false, text: Self.percentEncodedPath(text))
            case .placeholder(let name, _):
                // The first parameter of that name, found by a search: a path has a few.
                guard let index = parameters.firstIndex(where: { $0.name == name }) else {
                    return Self.pathPart(isParameter: true, text: name)
                }
                let swiftName = parameters[index].swiftName ?? SwiftNaming.memberName(parameters[index].name)
                return Self.pathPart(isParameter: true, text: SwiftNaming.escapedIdentifier(swiftName))
            }
        }
    }

    private static func pathPart(isParameter: Bool, text: String) -> TemplateValue {
        var part = TemplateShape.Builder(ContextShapes.pathPart)
        part.add("isParameter", .bool(isParameter))
        part.add("text", .string(text))
        return part.value
    }

    /// The bytes a path may hold as they are, indexed by byte value.
    private static let pathBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/%".utf8 {
            table[Int(byte)] = true
        }
        return table
    }()

    private static func isAllowedInPath(_ byte: UInt8) -> Bool { pathBytes[Int(byte)] }

    /// The spec's literal path text as it must travel: characters a URL path cannot hold, such as
    /// spaces and quotes, are percent-encoded; `/` and existing `%XX` escapes stay.
    static func percentEncodedPath(_ text: String) -> String {
        // Nearly every path needs nothing: returned as it is.
        let allowed = pathBytes
        if !text.utf8.contains(where: { !allowed[Int($0)] }) { return text }
        var result = ""
        for byte in text.utf8 {
            if isAllowedInPath(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}

extension ContextBuilderState {
    /// The contexts of an operation's path, header or query parameters, each with whether the
    /// caller must pass it; claims their argument names in `arguments`, takes their enum type
    /// names from `enumTypeNames` and adds their enums to `parameterEnums`.
    ///
    /// A method, and a loop rather than `map`: as a function nested in `operationContext`, or
    /// as a closure, it took a copy of the whole builder state for every call.
    mutating func parameterContexts(
        _ fields: [FieldSpec], location: String, forceRequired: Bool, arguments: inout NameScope,
        enumTypeNames: inout ArraySlice<String?>, parameterEnums: inout [TemplateValue]
    ) -> [(TemplateValue, Bool)] {
        var contexts: [(TemplateValue, Bool)] = []
        contexts.reserveCapacity(fields.count)
        for original in fields {
            var field = original
            if forceRequired { field.required = true }
            let name = field.swiftName ?? SwiftNaming.memberName(field.name)
            arguments.claim(name, for: field.name, at: field.nameSource, diagnostics: &diagnostics)
            let enumTypeName = enumTypeNames.popFirst() ?? nil
            if let typeName = enumTypeName, let values = field.enumValues, let primitive = field.type.itemPrimitive {
                parameterEnums.append(enumContext(
                    swiftName: typeName, type: primitiveType(primitive), values: values,
                    description: field.description,
                    source: Self.parameterEnumSource(name: field.name, location: location)))
            }
            // Parameters are leave-out-or-send: a header or query item has no `null`.
            field.nullable = false
            let context = fieldContext(
                field, swiftName: name, enumTypeName: enumTypeName, enumPrefix: "", location: location,
                sensitive: isSensitive(field))
            contexts.append((context, field.required && field.defaultValue == nil))
        }
        return contexts
    }
}
