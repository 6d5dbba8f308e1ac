import Foundation
import PackagePlugin

/// Generates a Swift client at build time from the spec files kept in the target it is applied
/// to, so a consumer package commits only its specs.
///
/// - Spec files: every `*.yaml` and `*.yml` file of the target outside its `Templates/` folder,
///   all in one folder (apigen merges the files of one specs folder).
/// - Template overrides (optional): `*.tmpl` files and `manifest.yaml` in `<target>/Templates/`,
///   laid over the templates built into apigen, as `apigen generate --templates` does.
/// - Output: one file, `<plugin work directory>/<TargetName>Generated.swift`, compiled into the
///   target. A build tool command must name its outputs before it runs, and the files apigen
///   generates depend on the specs, so apigen writes them all into one file (`--single-file`).
///
/// The command is a `.buildCommand`, not a prebuild command: prebuild commands cannot run
/// tools built from source, and a build command runs only when an input file (a spec, a
/// template, or the apigen executable itself) changed or the output is missing.
///
/// The target must depend on apigen's `APIGenRuntime` product, which the generated code imports.
///
/// The specs must stay in the target's file list, so do not `exclude:` them in Package.swift:
/// the plugin would not see them. SwiftPM does not warn about them as unhandled files because
/// they are inputs of the plugin's command. The target needs one Swift file of its own, even an
/// empty one: SwiftPM skips a target without Swift sources before any plugin runs
/// (swiftlang/swift-package-manager#8061).
@main
struct APIGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        // The concrete Swift target type, not the protocol: the generated client is Swift, and
        // `Target.directoryURL` needs tools version 6.1 while this package declares 6.0.
        guard let target = target as? SwiftSourceModuleTarget else {
            throw APIGenPluginError("APIGenPlugin works on Swift source targets; '\(target.name)' is not one")
        }
        let inputs = try Inputs(of: target)
        let workDirectory = context.pluginWorkDirectoryURL
        let output = workDirectory.appending(path: "\(target.name)Generated.swift", directoryHint: .notDirectory)

        // Without --templates, apigen would take a `Templates/` folder in its working directory,
        // which for a build command is wherever `swift build` was started, and which is not a
        // declared input. An empty folder of overrides pins the templates to the built-in ones.
        let templates: URL
        if let overrides = inputs.templatesFolder {
            templates = overrides
        } else {
            templates = workDirectory.appending(path: "NoTemplateOverrides", directoryHint: .isDirectory)
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        }

        let specCount = inputs.specs.count
        return [
            .buildCommand(
                displayName:
                    "Generating \(output.lastPathComponent) from \(specCount) spec file\(specCount == 1 ? "" : "s") with apigen",
                executable: try context.tool(named: "apigen").url,
                arguments: [
                    "generate",
                    "--specs", inputs.specsFolder.path(percentEncoded: false),
                    "--templates", templates.path(percentEncoded: false),
                    "--single-file", output.path(percentEncoded: false),
                ],
                inputFiles: inputs.specs + inputs.templates,
                outputFiles: [output]
            )
        ]
    }
}

/// The files of a target that apigen reads, found the way apigen finds them, so that the build
/// command's input list is exactly what apigen depends on.
struct Inputs {
    /// The one folder that holds the spec files: apigen's `--specs`.
    var specsFolder: URL
    /// The spec files, sorted.
    var specs: [URL]
    /// `<target>/Templates` when the target has template overrides.
    var templatesFolder: URL?
    /// The template overrides apigen reads from `templatesFolder`, sorted; empty without one.
    var templates: [URL]

    init(of target: SwiftSourceModuleTarget) throws {
        let templatesFolder = target.directoryURL.appending(path: "Templates", directoryHint: .isDirectory)
        let templatesPrefix = templatesFolder.standardizedFileURL.path(percentEncoded: false)
        var specs: [URL] = []
        var templates: [URL] = []
        for file in target.sourceFiles {
            let url = file.url.standardizedFileURL
            let path = url.path(percentEncoded: false)
            if path.hasPrefix(templatesPrefix) {
                // apigen reads `.tmpl` files anywhere below the folder and `manifest.yaml` at its top.
                let relative = String(path.dropFirst(templatesPrefix.count))
                if url.pathExtension == "tmpl" || relative == "manifest.yaml" { templates.append(url) }
            } else if url.pathExtension == "yaml" || url.pathExtension == "yml" {
                specs.append(url)
            }
        }
        guard let first = specs.first else {
            throw APIGenPluginError(
                "target '\(target.name)' has no spec files: add *.yaml specs to "
                    + "\(target.directoryURL.path(percentEncoded: false)), and do not exclude them in Package.swift")
        }
        let specsFolder = first.deletingLastPathComponent()
        let folders = Set(specs.map { $0.deletingLastPathComponent().path(percentEncoded: false) })
        guard folders.count == 1 else {
            throw APIGenPluginError(
                "the spec files of target '\(target.name)' are in \(folders.count) folders "
                    + "(\(folders.sorted().joined(separator: ", "))); apigen reads one folder, so keep them together")
        }
        self.specsFolder = specsFolder
        self.specs = specs.sorted { $0.path(percentEncoded: false) < $1.path(percentEncoded: false) }
        self.templatesFolder = templates.isEmpty ? nil : templatesFolder
        self.templates = templates.sorted { $0.path(percentEncoded: false) < $1.path(percentEncoded: false) }
    }
}

/// A problem with the target the plugin is applied to; SwiftPM prints it as `error: <description>`.
struct APIGenPluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
