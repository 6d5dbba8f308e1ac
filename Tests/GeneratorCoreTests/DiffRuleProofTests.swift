import Foundation
import GeneratorCore
import SpecModel
import Testing

/// Proves each rule `apigen diff` classifies by what really happens to code written against the
/// old client: the compiler for `source`, the new API on loopback for `wire`.
///
/// `Fixtures/diff-rules` holds an API before (`Old/`) and after (`New/`) one change per rule, and
/// in `Callers/` one function per rule, written against the old client, whose first line names
/// the changes it proves (`// Proves: models.Item.note`).
@Suite struct DiffRuleProofTests {
    static let folder = RepositoryPaths.fixtures + "/diff-rules"

    /// One caller file: its function's name and the paths of the changes it proves.
    struct Caller {
        var name: String
        var path: String
        var proves: [String]
    }

    static func callers() throws -> [Caller] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/Callers").filter { $0.hasSuffix(".swift") }
        return try names.sorted().map { name in
            let path = folder + "/Callers/" + name
            let firstLine = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").first ?? ""
            let proves = firstLine.hasPrefix("// Proves: ")
                ? firstLine.dropFirst("// Proves: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                : []
            return Caller(name: String(name.dropLast(".swift".count)), path: path, proves: proves)
        }
    }

    static func spec(_ side: String) throws -> APISpec {
        try GeneratorPipeline.loadSpec(try InputReader.specFiles(in: folder + "/" + side)).get()
    }

    static func changes() throws -> [String: APIChange] {
        let changes = SpecDiff.changes(from: try spec("Old"), to: try spec("New"))
        return Dictionary(changes.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Generates one side's client into `folder`; the paths of its Swift files.
    static func generateClient(_ side: String, into output: String) throws -> [String] {
        let files = try GeneratorPipeline.run(
            specs: try InputReader.specFiles(in: folder + "/" + side), templates: .builtIn
        ).get()
        for file in files {
            let path = output + "/" + file.path
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path))
        }
        return files.map { output + "/" + $0.path }
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "apigen-diff-rules-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func everyChangeIsProvenByExactlyOneCaller() throws {
        let changes = try Self.changes()
        let callers = try Self.callers()
        var proven: [String: String] = [:]
        for caller in callers {
            #expect(!caller.proves.isEmpty, "\(caller.name).swift names no change it proves")
            for path in caller.proves {
                #expect(changes[path] != nil, "\(caller.name).swift proves '\(path)', which apigen diff does not report")
                if let other = proven.updateValue(caller.name, forKey: path) {
                    Issue.record("'\(path)' is proven by both \(other).swift and \(caller.name).swift")
                }
            }
        }
        for path in changes.keys.sorted() where proven[path] == nil {
            Issue.record("no caller proves '\(path)'")
        }
        // Both answers occur, so neither check below can pass by always saying the same.
        for flag in [\APIChange.breaksSource, \APIChange.breaksWire] {
            #expect(Set(changes.values.map { $0[keyPath: flag] }) == [false, true])
        }
    }

    /// Compiles every caller against the new client: exactly the callers of source-breaking
    /// changes fail, each in its own file.
    @Test func theNewClientBreaksExactlyTheSourceBreakingCallers() async throws {
        let changes = try Self.changes()
        let callers = try Self.callers()
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let client = try Self.generateClient("New", into: output)
        let result = try await ExternalCommand.run(
            ["swiftc", "-typecheck", "-continue-building-after-errors", "-swift-version", "6", "-module-name", "DiffRules"]
                + RepositoryPaths.runtimeImportArguments + client + callers.map(\.path))
        for caller in callers {
            let breaks = caller.proves.contains { changes[$0]?.breaksSource == true }
            let failed = result.output.contains("/Callers/\(caller.name).swift:")
            #expect(
                failed == breaks,
                "\(caller.name): apigen diff says source \(breaks ? "breaks" : "does not break"), but it \(failed ? "did not compile" : "compiled")\n\(result.output)"
            )
        }
        // Errors come only from the callers: the new client itself compiles.
        let clientErrors = result.output.split(separator: "\n").filter { $0.hasPrefix(output) && $0.contains(": error:") }
        #expect(clientErrors.isEmpty, "\(result.output)")
    }

    /// Builds the old client with every caller, and runs each caller against the new API's
    /// loopback server: exactly the callers of wire-breaking changes fail.
    @Test func oldClientsFailAgainstTheNewAPIExactlyForWireBreakingChanges() async throws {
        let changes = try Self.changes()
        let callers = try Self.callers()
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let client = try Self.generateClient("Old", into: output)
        let main = output + "/main.swift"
        try Data(Self.mainSource(callers).utf8).write(to: URL(fileURLWithPath: main))
        let executable = output + "/old-client"
        let build = try await ExternalCommand.run(
            ["swiftc", "-swift-version", "6", "-module-name", "DiffRules", "-o", executable]
                + RepositoryPaths.runtimeImportArguments + client + callers.map(\.path) + [main] + (try RepositoryPaths.runtimeObjects()))
        try #require(build.status == 0, "the callers do not compile against the old client:\n\(build.output)")

        let description = output + "/new-api.json"
        try NewAPIDescription(try Self.spec("New")).json().write(to: URL(fileURLWithPath: description))
        let run = try await ExternalCommand.run(["python3", Self.folder + "/new_api_server.py", description, executable])
        try #require(run.status == 0, "\(run.output)")
        let outcomes = Dictionary(
            run.output.split(separator: "\n").compactMap { line -> (String, Substring)? in
                let parts = line.split(separator: " ", maxSplits: 1)
                return parts.count == 2 ? (String(parts[0]), parts[1]) : nil
            }, uniquingKeysWith: { first, _ in first })
        for caller in callers {
            let breaks = caller.proves.contains { changes[$0]?.breaksWire == true }
            guard let outcome = outcomes[caller.name] else {
                Issue.record("\(caller.name) did not report:\n\(run.output)")
                continue
            }
            let failed = outcome.hasPrefix("failed")
            #expect(
                failed == breaks,
                "\(caller.name): apigen diff says the wire \(breaks ? "breaks" : "does not break"), but the old client \(outcome)")
        }
    }

    /// The program that calls each caller with a client of the server whose origin is its last
    /// argument, once for the least and once for the most the new API answers.
    static func mainSource(_ callers: [Caller]) -> String {
        """
        import Foundation

        let origin = CommandLine.arguments.last ?? ""
        let calls: [(String, (DiffRulesClient) async throws -> Void)] = [
        \(callers.map { "    (\"\($0.name)\", \($0.name))," }.joined(separator: "\n"))
        ]
        // Credentials for every scheme an operation of the old specs may ask for.
        var auth = DiffRulesClient.Authentication.bearer("token")
        auth.partner = "partner-key"
        for (name, call) in calls {
            var problem: String?
            for mode in ["min", "max"] where problem == nil {
                guard let url = URL(string: origin + "/" + mode) else { continue }
                do {
                    try await call(DiffRulesClient(baseURL: url, auth: auth))
                } catch {
                    problem = "on /\\(mode): \\(error)"
                }
            }
            print(problem.map { "\\(name) failed \\($0)" } ?? "\\(name) ok")
        }

        """
    }
}
