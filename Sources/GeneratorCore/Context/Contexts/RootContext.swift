import TemplateEngine

/// The root of the template context: the variables every template starts with.
public final class RootContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case api, servers, hasServers, defaultServer, securitySchemes, errorBodies, tokenFlow, tokenFlows, groups, operationGroups,
            modelFiles
    }

    public static let members = MemberTable<Member>()

    public let api: APIContext
    public let servers: TemplateList<ServerContext>
    /// The first server as a default argument value: `.eu`, `.custom()` when every variable has
    /// a default, or nil when it needs arguments and so cannot be a default.
    public let defaultServer: String?
    /// The ways the API authenticates requests.
    public let securitySchemes: TemplateList<SecuritySchemeContext>
    /// The documented error body types, as the cases of the API error's `Body`.
    public let errorBodies: TemplateList<ErrorBodyContext>
    public let tokenFlow: TokenFlowContext?
    /// Every group, in the docs' order, then `Default` when some endpoints have none.
    public let groups: TemplateList<GroupContext>
    /// The files the models are written to, in the specs' order.
    public let modelFiles: TemplateList<ModelFileContext>

    public init(api: APIContext, servers: [ServerContext], defaultServer: String?, securitySchemes: [SecuritySchemeContext], errorBodies: [ErrorBodyContext] = [], tokenFlow: TokenFlowContext?, groups: [GroupContext], modelFiles: [ModelFileContext]) {
        self.api = api
        self.servers = TemplateList(servers)
        self.defaultServer = defaultServer
        self.securitySchemes = TemplateList(securitySchemes)
        self.errorBodies = TemplateList(errorBodies)
        self.tokenFlow = tokenFlow
        self.groups = TemplateList(groups)
        self.modelFiles = TemplateList(modelFiles)
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .api: .object(api)
        case .servers: servers.templateValue
        case .hasServers: .bool(!servers.isEmpty)
        case .defaultServer: TemplateValue(defaultServer)
        case .securitySchemes: securitySchemes.templateValue
        case .errorBodies: errorBodies.templateValue
        case .tokenFlow: tokenFlow.map { .object($0) } ?? .null
        // Zero or one item: lets the manifest write the token store's file only when needed.
        case .tokenFlows: TemplateValue(tokenFlow.map { [$0] } ?? [])
        case .groups: groups.templateValue
        case .operationGroups: TemplateValue(groups.filter { !$0.operations.isEmpty })
        case .modelFiles: modelFiles.templateValue
        }
    }
}

/// The API itself, which nearly every file reads.
public final class APIContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case name, title, version, description, clientName, errorName
    }

    public static let members = MemberTable<Member>()

    /// The module's name, from the spec's `api.name`.
    public let name: String
    public let title: String?
    public let version: String?
    public let description: String?
    public let clientName: String
    public let errorName: String

    public init(
        name: String,
        title: String?,
        version: String?,
        description: String?,
        clientName: String,
        errorName: String
    ) {
        self.name = name
        self.title = title
        self.version = version
        self.description = description
        self.clientName = clientName
        self.errorName = errorName
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .title: TemplateValue(title)
        case .version: TemplateValue(version)
        case .description: TemplateValue(description)
        case .clientName: .string(clientName)
        case .errorName: .string(errorName)
        }
    }
}

/// A group of the docs and its operations.
public final class GroupContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case name, swiftName, description, operations
    }

    public static let members = MemberTable<Member>()

    public let name: String
    public let swiftName: String
    public let description: String?
    public let operations: TemplateList<OperationContext>

    public init(
        name: String,
        swiftName: String,
        description: String? = nil,
        operations: [OperationContext]
    ) {
        self.name = name
        self.swiftName = swiftName
        self.description = description
        self.operations = TemplateList(operations)
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .swiftName: .string(swiftName)
        case .description: TemplateValue(description)
        case .operations: operations.templateValue
        }
    }
}

/// One file of models: a model's own, named after its type, or a group's, for the models whose
/// `group:` names it.
public final class ModelFileContext: TemplateContext {
    public enum Member: String, CaseIterable, Sendable {
        case name, models
    }

    public static let members = MemberTable<Member>()

    /// The file's name without `.swift`: `User`, or `UsersModels`.
    public let name: String
    public let models: TemplateList<ModelContext>

    public init(name: String, models: [ModelContext]) {
        self.name = name
        self.models = TemplateList(models)
    }

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .models: models.templateValue
        }
    }
}
