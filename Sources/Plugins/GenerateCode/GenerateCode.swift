import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-code`: regenerates `Generated/`
/// from `Specs/` in the package the command runs in, as `swift run apigen` does in this
/// repository, without having to build and find the `apigen` executable by hand.
///
/// It runs `apigen generate --specs <package>/Specs --output <package>/Generated`, adding
/// `--templates <package>/Templates` when that folder exists. When the specs or templates have
/// errors, apigen's diagnostics are printed, nothing is written and the command fails, naming
/// apigen's exit status.
@main
struct GenerateCode: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        // Every path is fixed by the package layout; an argument would only be a typo that
        // silently did nothing, so refuse it.
        guard arguments.isEmpty else {
            throw GenerateCodeFailure(
                "generate-code takes no arguments (got '\(arguments.joined(separator: " "))'): "
                    + "it always reads Specs/ and writes Generated/ of the package")
        }
        let package = context.package.directoryURL
        func path(_ name: String) -> String { package.appending(path: name).path(percentEncoded: false) }
        var apigenArguments = ["generate", "--specs", path("Specs"), "--output", path("Generated")]
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path("Templates"), isDirectory: &isDirectory), isDirectory.boolValue {
            apigenArguments += ["--templates", path("Templates")]
        }

        let process = Process()
        process.executableURL = try context.tool(named: "apigen").url
        process.arguments = apigenArguments
        // apigen resolves nothing relative to its working directory when every path is given,
        // but if it ever does, the package is the folder the user means.
        process.currentDirectoryURL = package
        // apigen inherits the plugin's output streams, so its summary or its diagnostics
        // (`file:line:col: error: ...` with a caret) reach the terminal as apigen wrote them,
        // as they happen, with no pipe to fill up.
        try process.run()
        process.waitUntilExit()

        // SwiftPM ends `swift package` with status 1 whenever a command plugin fails, whatever
        // status the plugin exits with, so apigen's own status goes into the message.
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let status = process.terminationStatus
            throw GenerateCodeFailure(
                process.terminationReason == .exit
                    ? "apigen generate failed with exit status \(status)"
                    : "apigen generate was killed by signal \(status)")
        }
    }
}

/// Why the command failed; SwiftPM prints it as `error: <description>`.
struct GenerateCodeFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
