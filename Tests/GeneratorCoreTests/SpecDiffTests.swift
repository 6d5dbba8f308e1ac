import GeneratorCore
import SpecModel
import Foundation
import Testing

/// The comparison of two versions of a spec: each change found, and classified.
@Suite struct SpecDiffTests {
    static let base = """
        api: { name: T }
        servers:
          - { name: eu, url: "https://eu.example.com" }
        models:
          User:
            properties:
              id: { type: string, required: true }
              name: string
              role: { type: string, enum: [admin, member], default: member }
        endpoints:
          getUser:
            method: GET
            path: /users/{id}
            query:
              expand: boolean
            responses:
              200: User
        """

    func spec(_ text: String) throws -> APISpec {
        try GeneratorPipeline.loadSpec([SpecFile(path: "api.yaml", text: text)]).get()
    }

    func changes(_ edit: (String) -> String) throws -> [APIChange] {
        SpecDiff.changes(from: try spec(Self.base), to: try spec(edit(Self.base)))
    }

    @Test func theSameSpecsHaveNoChanges() throws {
        let changes = try changes { $0 }
        #expect(changes.isEmpty)
        #expect(SpecDiff.semver(of: changes) == "none")
    }

    @Test func aNewRequiredParameterBreaksCallers() throws {
        let changes = try changes {
            $0.replacingOccurrences(of: "expand: boolean", with: "expand: boolean\n      tenant: { type: string, required: true }")
        }
        #expect(changes.map(\.path) == ["endpoints.getUser.query.tenant"])
        #expect(changes.first?.severity == .breaking)
        #expect(changes.first?.breaksSource == true)
        #expect(SpecDiff.semver(of: changes) == "major")
    }

    @Test func parametersAndPropertiesAreNamedForWhatTheyBreak() throws {
        let removed = try changes {
            $0.replacingOccurrences(of: "      expand: boolean\n", with: "")
                .replacingOccurrences(of: "      name: string\n", with: "")
        }
        #expect(removed.map(\.message).sorted() == [
            "`User.name` is gone: code that reads it stops compiling",
            "argument `expand` of `getUser(id:expand:)` is gone: calls that pass it stop compiling",
        ])
        let added = try changes {
            $0.replacingOccurrences(of: "expand: boolean", with: "expand: boolean\n      tenant: { type: string, required: true }")
                .replacingOccurrences(
                    of: "name: string",
                    with: "name: string\n      email: { type: string, required: true }\n      createdAt: { type: string, required: true, readOnly: true }")
        }
        // A read-only property is never passed: only the server sends it.
        #expect(added.map(\.message).sorted() == [
            "`getUser(id:tenant:expand:)` has a new argument `tenant: String`: every call must pass it",
            "new property `User.createdAt: String?`",
            "new required property `User.email: String`: the initializer needs it",
        ])
    }

    @Test func anOptionalAdditionIsInfo() throws {
        let changes = try changes { $0.replacingOccurrences(of: "name: string", with: "name: string\n      email: string") }
        #expect(changes.map(\.severity) == [.info])
        #expect(changes.first?.path == "models.User.email")
        #expect(SpecDiff.semver(of: changes) == "minor")
    }

    @Test func enumValuesAddedWarnAndRemovedBreak() throws {
        let added = try changes { $0.replacingOccurrences(of: "[admin, member]", with: "[admin, member, guest]") }
        #expect(added.map(\.severity) == [.warning])
        #expect(added.first?.breaksSource == true)
        let removed = try changes { $0.replacingOccurrences(of: "[admin, member]", with: "[member]") }
        #expect(removed.map(\.severity) == [.breaking])
        // Users are only received: the server never sends the value now, which old clients can take.
        #expect(removed.first?.breaksWire == false)
        let sent = try spec(Self.base + Self.createUser)
        let removedFromSent = SpecDiff.changes(
            from: sent, to: try spec((Self.base + Self.createUser).replacingOccurrences(of: "[admin, member]", with: "[member]")))
        #expect(removedFromSent.first?.breaksWire == true)
    }

    /// An endpoint that sends a User, which makes changes to it matter in requests too.
    static let createUser = """

          createUser:
            method: POST
            path: /users
            body: User
            responses:
              201: User
        """

    @Test func optionalityBreaksTheWireInTheDirectionItTightens() throws {
        // Received only: a property the server may now leave out fails old clients.
        let madeOptional = try changes {
            $0.replacingOccurrences(of: "id: { type: string, required: true }", with: "id: string")
        }
        #expect(madeOptional.map(\.breaksWire) == [true])
        #expect(madeOptional.map(\.breaksSource) == [true])
        let madeRequired = try changes { $0.replacingOccurrences(of: "name: string", with: "name: { type: string, required: true }") }
        #expect(madeRequired.map(\.breaksWire) == [false])
        // Sent too: a property the server now insists on is refused when an old client leaves it out.
        let sent = try spec(Self.base + Self.createUser)
        let requiredInRequests = SpecDiff.changes(
            from: sent,
            to: try spec(
                (Self.base + Self.createUser).replacingOccurrences(of: "name: string", with: "name: { type: string, required: true }")))
        #expect(requiredInRequests.map(\.breaksWire) == [true])
        // A parameter made optional still takes every value it took.
        let optionalParameter = SpecDiff.changes(
            from: try spec(Self.base.replacingOccurrences(of: "expand: boolean", with: "expand: { type: boolean, required: true }")),
            to: try spec(Self.base))
        #expect(optionalParameter.map(\.severity) == [.info])
        #expect(optionalParameter.map(\.breaksSource) == [false])
    }

    @Test func typesOptionalityDefaultsAndRoutes() throws {
        let changes = try changes {
            $0.replacingOccurrences(of: "id: { type: string, required: true }", with: "id: { type: integer, required: true }")
                .replacingOccurrences(of: "default: member", with: "default: admin")
                .replacingOccurrences(of: "path: /users/{id}", with: "path: /v2/users/{id}")
                .replacingOccurrences(of: "name: string", with: "name: { type: string, required: true }")
        }
        let byPath = Dictionary(grouping: changes, by: \.path)
        #expect(byPath["models.User.id"]?.first?.severity == .breaking)
        #expect(byPath["models.User.role"]?.first?.severity == .warning)
        #expect(byPath["models.User.name"]?.first?.breaksSource == true)
        #expect(byPath["endpoints.getUser"]?.first?.breaksWire == true)
        #expect(byPath["endpoints.getUser"]?.first?.breaksSource == false)
        // Breaking changes come first.
        #expect(changes.first?.severity == .breaking)
    }

    @Test func narrowerConstraintsWarnAndWiderOnesInform() throws {
        let narrower = try changes { $0.replacingOccurrences(of: "name: string", with: "name: { type: string, maxLength: 10 }") }
        #expect(narrower.map(\.severity) == [.warning])
        // Only ever received, so nothing an old client sends is refused.
        #expect(narrower.first?.breaksWire == false)
        let base = try spec(Self.base.replacingOccurrences(of: "name: string", with: "name: { type: string, maxLength: 10 }"))
        let wider = SpecDiff.changes(
            from: base, to: try spec(Self.base.replacingOccurrences(of: "name: string", with: "name: { type: string, maxLength: 20 }")))
        #expect(wider.map(\.severity) == [.info])
    }

    @Test func documentedHeadersChangeWhatTheMethodReturns() throws {
        let changes = try changes {
            $0.replacingOccurrences(of: "      200: User", with: "      200: { body: User, headers: { X-Total: integer } }")
        }
        #expect(changes.map(\.path) == ["endpoints.getUser.responses"])
        #expect(changes.first?.message.contains("GetUserResult") == true)
        #expect(changes.first?.breaksSource == true)
    }

    @Test func documentationOnlyIsAPatch() throws {
        let changes = try changes {
            $0.replacingOccurrences(of: "  User:\n", with: "  User:\n    description: A person with an account.\n")
                .replacingOccurrences(of: "    method: GET\n", with: "    summary: Get a user\n    method: GET\n")
        }
        #expect(changes.map(\.path).sorted() == ["endpoints.getUser.summary", "models.User.description"])
        #expect(changes.map(\.message).sorted() == [
            "the documentation of `User` changed", "the documentation of `getUser(id:expand:)` changed",
        ])
        #expect(SpecDiff.semver(of: changes) == "patch")
    }

    @Test func aDiscriminatorValueThatSelectsAnotherMemberBreaksTheWire() throws {
        let union = """

              Pet:
                oneOf: [Cat, Dog]
                discriminator: { property: kind, mapping: { cat: Cat, dog: Dog } }
              Cat: { properties: { kind: string } }
              Dog: { properties: { kind: string } }
            """
        let base = Self.base.replacingOccurrences(of: "\nendpoints:", with: union + "\nendpoints:")
        let swapped = base.replacingOccurrences(of: "{ cat: Cat, dog: Dog }", with: "{ cat: Dog, dog: Cat }")
        let added = base.replacingOccurrences(of: "{ cat: Cat, dog: Dog }", with: "{ cat: Cat, dog: Dog, kitten: Cat }")
        let changes = SpecDiff.changes(from: try spec(base), to: try spec(swapped))
        #expect(changes.map(\.path) == ["models.Pet"])
        #expect(changes.first?.breaksWire == true)
        // A new value for a member changes nothing old clients read.
        #expect(SpecDiff.changes(from: try spec(base), to: try spec(added)).isEmpty)
    }

    @Test func securityChangesAreWireWarnings() throws {
        let changes = try changes { $0.replacingOccurrences(of: "      expand: boolean", with: "      expand: boolean\n    security: bearer") }
        #expect(changes.map(\.path) == ["endpoints.getUser.security"])
        #expect(changes.first?.severity == .warning)
        #expect(changes.first?.message == "`getUser(id:expand:)` accepts [bearer], not [none]")
    }

    @Test func anInlineBodyIsFoundUnderItsEndpoint() throws {
        let old = try spec(Self.base + "\n  create:\n    method: POST\n    path: /users\n    body: { properties: { name: string } }\n    responses:\n      201: {}\n")
        let new = try spec(
            Self.base + "\n  create:\n    method: POST\n    path: /users\n    body: { properties: { name: string, email: string } }\n    responses:\n      201: {}\n")
        #expect(SpecDiff.changes(from: old, to: new).map(\.path) == ["endpoints.create.body.email"])
    }

    @Test func removalsPointAtTheOldSpecs() throws {
        let changes = try changes {
            $0.replacingOccurrences(of: "  - { name: eu, url: \"https://eu.example.com\" }", with: "  - { name: us, url: \"https://us.example.com\" }")
        }
        let removed = try #require(changes.first { $0.path == "servers.eu" })
        #expect(removed.severity == .breaking)
        #expect(removed.source.location.line == 3)
        #expect(changes.contains { $0.path == "servers.us" && $0.severity == .info })
    }
}

/// `apigen diff OLD NEW`: the report in each format, and the exit code `--fail-on` asks for.
@Suite struct DiffCommandTests {
    func folders(old: String, new: String) throws -> (String, String) {
        let root = try RepositoryPaths.temporaryFolder()
        for (name, text) in [("old", old), ("new", new)] {
            try FileManager.default.createDirectory(atPath: root + "/" + name, withIntermediateDirectories: true)
            try text.write(toFile: root + "/" + name + "/api.yaml", atomically: true, encoding: .utf8)
        }
        return (root + "/old", root + "/new")
    }

    @Test func reportsAndExitCodes() throws {
        let (old, new) = try folders(
            old: SpecDiffTests.base,
            new: SpecDiffTests.base.replacingOccurrences(of: "[admin, member]", with: "[admin, member, guest]"))
        let text = CommandLineInterface.run(["diff", old, new])
        #expect(text.exitCode == 0)
        #expect(
            text.standardOutput.hasSuffix(
                "warning: models.User.role: `User.role` gained the value 'guest': exhaustive switches must handle its case\n"
                    + "1 warning (semver: minor)\n"))
        #expect(CommandLineInterface.run(["diff", old, new, "--fail-on", "warning"]).exitCode == 1)
        #expect(CommandLineInterface.run(["diff", old, new, "--fail-on", "breaking"]).exitCode == 0)
        let json = CommandLineInterface.run(["diff", old, new, "--format", "json"]).standardOutput
        #expect(json.contains("\"semver\": \"minor\""))
        #expect(json.contains("\"severity\": \"warning\""))
        let markdown = CommandLineInterface.run(["diff", old, new, "--format", "markdown"]).standardOutput
        #expect(markdown.contains("### May break\n\n- `User.role` gained the value 'guest'"))
        #expect(CommandLineInterface.run(["diff", old, old]).standardOutput == "no API changes\n")
    }

    @Test func usageErrors() {
        #expect(CommandLineInterface.run(["diff", "a"]).exitCode == 2)
        #expect(CommandLineInterface.run(["diff", "a", "b", "--format", "xml"]).exitCode == 2)
        #expect(CommandLineInterface.run(["diff", "a", "b", "--fail-on", "major"]).exitCode == 2)
    }
}
