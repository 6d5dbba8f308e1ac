import Foundation
import GeneratorCore
import Testing

/// The commands as a user runs them: output, diagnostics and exit codes.
@Suite struct CommandLineTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "apigen-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func helpExplainsEveryCommand() {
        let outcome = CommandLineInterface.run(["--help"])
        #expect(outcome.exitCode == 0)
        for command in ["generate", "check", "context", "parse", "--specs", "--templates", "--output"] {
            #expect(outcome.standardOutput.contains(command))
        }
    }

    @Test(arguments: [["frobnicate"], ["generate", "--bogus", "x"], ["parse"], ["parse", "a", "b"], ["generate", "--specs"]])
    func usageErrorsExitWithTwo(arguments: [String]) {
        let outcome = CommandLineInterface.run(arguments)
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError.hasPrefix("error: "))
    }

    @Test func parsePrintsJSONWithCoreSchemaTypes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("b: 1\na: [x, 'y', true, null, 1.5]\nc:\n  - { k: v }\n", to: folder + "/doc.yaml")
        let outcome = CommandLineInterface.run(["parse", folder + "/doc.yaml"])
        #expect(outcome.exitCode == 0)
        let json = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? NSDictionary
        #expect(json == ["b": 1, "a": ["x", "y", true, NSNull(), 1.5], "c": [["k": "v"]]] as NSDictionary)
        // Keys keep file order.
        #expect(outcome.standardOutput.range(of: "\"b\"")?.lowerBound ?? outcome.standardOutput.endIndex
            < outcome.standardOutput.range(of: "\"a\"")?.lowerBound ?? outcome.standardOutput.startIndex)
    }

    @Test func parseReportsErrorsWithLocationAndCaret() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("a: 1\na: 2\n", to: folder + "/dup.yaml")
        let outcome = CommandLineInterface.run(["parse", folder + "/dup.yaml"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardError == "\(folder)/dup.yaml:2:1: error: duplicate key 'a' (first at 1:1)\na: 2\n^\n")
    }

    @Test func specErrorsAreAllReportedWithCarets() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("""
            api:
              name: Broken
            models:
              User:
                properties:
                  id: { type: strin, requird: true }
            endpoints:
              getUser:
                method: GET
                path: /users/{id}
                responses:
                  200: Usr
            """, to: folder + "/api.yaml")
        let outcome = CommandLineInterface.run(["generate", "--specs", folder, "--templates", Self.root + "/Templates", "--output", folder + "/out"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardError == """
            \(folder)/api.yaml:6:19: error: unknown type 'strin' (did you mean 'string'?)
                  id: { type: strin, requird: true }
                              ^
            \(folder)/api.yaml:6:26: error: unknown key 'requird' in property 'id' of model 'User' (did you mean 'required'?)
                  id: { type: strin, requird: true }
                                     ^
            \(folder)/api.yaml:12:12: error: unknown type 'Usr' (did you mean 'User'?)
                  200: Usr
                       ^
            3 errors generated; nothing was written.

            """)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func checkReportsStaleOutputAndGenerateFixesIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let specs = folder + "/Specs"
        try FileManager.default.createDirectory(atPath: specs, withIntermediateDirectories: true)
        try write("api: { name: Tiny }\nendpoints:\n  ping: { method: GET, path: /ping, responses: { 200: {} } }\n", to: specs + "/api.yaml")
        let options = ["--specs", specs, "--templates", Self.root + "/Templates", "--output", folder + "/Generated"]
        let stale = CommandLineInterface.run(["check"] + options)
        #expect(stale.exitCode == 1)
        #expect(stale.standardError.contains("missing: \(folder)/Generated/Tiny/TinyClient.swift"))
        let generated = CommandLineInterface.run(["generate"] + options)
        #expect(generated.exitCode == 0)
        #expect(CommandLineInterface.run(["check"] + options).exitCode == 0)
        let again = CommandLineInterface.run(options)  // no command means generate
        #expect(again.standardOutput.contains("0 written"))
    }

    @Test func aTemplatesFolderNeedsOnlyTheOverriddenFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Mine", withIntermediateDirectories: true)
        try write("// Generated by apigen for Acme from {{ api.name }}.\n", to: folder + "/Mine/Header.swift.tmpl")
        let outcome = CommandLineInterface.run([
            "generate", "--specs", Self.root + "/Specs", "--templates", folder + "/Mine", "--output", folder + "/Out",
        ])
        #expect(outcome.exitCode == 0, "\(outcome.standardError)")
        let client = try String(contentsOfFile: folder + "/Out/FronteggIdentity/FronteggIdentityClient.swift", encoding: .utf8)
        #expect(client.hasPrefix("// Generated by apigen for Acme from FronteggIdentity.\n\n@_exported import APIGenRuntime"))
        #expect(client.contains("public struct FronteggIdentityClient"))
    }

    @Test func overriddenTemplateErrorsNameTheirFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("// Generated by apigen {{ api.nmae }}\n", to: folder + "/Header.swift.tmpl")
        let outcome = CommandLineInterface.run([
            "generate", "--specs", Self.root + "/Specs", "--templates", folder, "--output", folder + "/Out",
        ])
        #expect(outcome.exitCode == 1)
        #expect(outcome.standardError.hasPrefix("\(folder)/Header.swift.tmpl:1:31: error: unknown key 'nmae' in 'api'"))
    }

    @Test func contextPrintsTheTemplateData() throws {
        let outcome = CommandLineInterface.run(["context", "--specs", Self.root + "/Specs"])
        #expect(outcome.exitCode == 0)
        let json = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        let api = json?["api"] as? [String: Any]
        #expect(api?["clientName"] as? String == "FronteggIdentityClient")
        let spec = try GeneratorPipeline.loadSpec(try InputReader.specFiles(in: Self.root + "/Specs")).get()
        #expect((json?["groups"] as? [Any])?.count == spec.groups.count)
    }
}
