import Foundation
import GeneratorCore
import TemplateEngine
import Testing

/// The typed template context, as templates and `apigen context` see it: every member a context
/// type lists can be read by name, and the objects are the typed values the builder made.
@Suite struct TypedContextTests {
    static func context(_ folder: String) throws -> RootContext {
        let specs = try InputReader.specFiles(in: folder)
        return try GeneratorPipeline.context(specs).get()
    }

    static var specFolders: [String] {
        [RepositoryPaths.specs]
            + ["kitchen-sink", "hostile", "minimal", "server-variables"].map { RepositoryPaths.fixtures + "/\($0)/Specs" }
    }

    /// Walks every object reachable from the root: each lists its members once, and each listed
    /// member reads back by name, so no member a template could name is missing its value.
    @Test(arguments: specFolders)
    func everyListedMemberReadsBackByName(folder: String) throws {
        var pending: [TemplateValue] = [try Self.context(folder).templateValue]
        var objects = 0
        while let value = pending.popLast() {
            switch value {
            case .array(let elements):
                pending += elements
            case .object(let object):
                objects += 1
                let names = object.memberNames
                #expect(Set(names).count == names.count, "\(type(of: object)) lists a member twice")
                for name in names {
                    let member = try #require(object.member(name), "\(type(of: object)).\(name) does not read back")
                    pending.append(member)
                }
                #expect(object.member("noSuchMember") == nil)
                #expect(object.member("") == nil)
            default:
                break
            }
        }
        #expect(objects > 10)
    }

    @Test func typedValuesAreWhatTemplatesRead() throws {
        let context = try Self.context(RepositoryPaths.specs)
        #expect(context.api.name == "FronteggIdentity")
        #expect(context.templateValue["api"]?["clientName"]?.stringValue == "FronteggIdentityClient")
        let invite = try #require(context.groups.flatMap(\.operations).first { $0.operationId == "inviteUser" })
        #expect(invite.symbol.hasPrefix("inviteUser("))
        let value = TemplateValue.object(invite)
        #expect(value["symbol"]?.stringValue == invite.symbol)
        #expect(value["arguments"]?.arrayValue?.count == invite.arguments.count)
        #expect(value["returnsValue"]?.boolValue == (invite.returnType != nil))
        // Lists read as the same objects the context holds.
        guard case .object(let first)? = value["arguments"]?.arrayValue?.first, case .parameter(let field)? = invite.arguments.first
        else {
            Issue.record("inviteUser's first argument is not a parameter")
            return
        }
        #expect(first === field)
    }

    /// `apigen context` prints the same members as JSON, absent values as `null`.
    @Test func contextCommandPrintsEveryMemberAsJSON() throws {
        let outcome = CommandLineInterface.run(["context", "--specs", RepositoryPaths.specs])
        #expect(outcome.exitCode == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(Set(json.keys) == Set(RootContext.Member.allCases.map(\.rawValue)))
        let files = try #require(json["modelFiles"] as? [[String: Any]])
        let models = files.flatMap { $0["models"] as? [[String: Any]] ?? [] }
        let model = try #require(models.first)
        #expect(Set(model.keys) == Set(ModelContext.Member.allCases.map(\.rawValue)))
        #expect(models.contains { $0["enum"] is NSNull })
    }
}
