import TemplateEngine

/// The root of the template context: the variables every template starts with.
public struct RootContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case api, servers, hasServers, defaultServer, security, tokenFlow, tokenFlows, groups, operationGroups,
            modelGroups
    }

    public var api: APIContext
    public var servers: [ServerContext]
    /// The first server as a default argument value: `.eu`, `.custom()` when every variable has
    /// a default, or nil when it needs arguments and so cannot be a default.
    public var defaultServer: String?
    /// The spec's default security scheme, as the spec spells it.
    public var security: String
    public var tokenFlow: TokenFlowContext?
    /// Every group, in the docs' order, then the ones apigen adds.
    public var groups: [GroupContext]

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .api: .object(api)
        case .servers: TemplateValue(servers)
        case .hasServers: .bool(!servers.isEmpty)
        case .defaultServer: TemplateValue(defaultServer)
        case .security: .string(security)
        case .tokenFlow: tokenFlow.map { .object($0) } ?? .null
        // Zero or one item: lets the manifest write the token store's file only when needed.
        case .tokenFlows: TemplateValue(tokenFlow.map { [$0] } ?? [])
        case .groups: TemplateValue(groups)
        case .operationGroups: TemplateValue(groups.filter { !$0.operations.isEmpty })
        case .modelGroups: TemplateValue(groups.filter { !$0.models.isEmpty })
        }
    }
}

/// The API itself, which nearly every file reads.
public struct APIContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case name, title, version, description, clientName, errorName
    }

    /// The module's name, from the spec's `api.name`.
    public var name: String
    public var title: String?
    public var version: String?
    public var description: String?
    public var clientName: String
    public var errorName: String

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

/// A group of the docs: its operations, and the models its file holds.
public struct GroupContext: TemplateContext {
    public enum Member: String, CaseIterable {
        case name, swiftName, description, operations, models
    }

    public var name: String
    public var swiftName: String
    public var description: String?
    public var operations: [OperationContext]
    public var models: [ModelContext]

    public func value(of member: Member) -> TemplateValue {
        switch member {
        case .name: .string(name)
        case .swiftName: .string(swiftName)
        case .description: TemplateValue(description)
        case .operations: TemplateValue(operations)
        case .models: TemplateValue(models)
        }
    }
}
