import Foundation
import GeneratorCore

/// What compiling one size's generated client took.
struct CompileMeasurement: Sendable {
    var factor: Int
    var repetitions: Int
    var endpoints: Int
    var files: Int
    var lines: Int
    var debug: Duration
    var release: Duration
}

/// Times a clean build of the generated client alone, as SwiftPM would build its target:
/// objects and a module, no linking (a library target is linked into its clients later). The
/// runtime it imports is built first, untimed, as a package builds it once for all its clients.
struct CompileBenchmark {
    let swiftc: String
    let moduleName: String
    let cores: Int
    /// Where `buildRuntime` puts the `APIGenRuntime` module of each configuration.
    let runtimeModules: String

    /// The compiler's own description, for the report's header.
    func version() throws(BenchmarkFailure) -> String {
        let outcome = try ProcessRunner.run(swiftc, ["--version"])
        return outcome.output.split(separator: "\n").first.map(String.init) ?? "unknown"
    }

    /// `swift build`'s debug settings: no optimization, debug info, files compiled in batches
    /// on every core.
    var debugFlags: [String] { ["-Onone", "-g", "-enable-testing", "-enable-batch-mode", "-j\(cores)"] }
    /// `swift build -c release`: whole-module optimization, code generation on every core.
    var releaseFlags: [String] { ["-O", "-whole-module-optimization", "-num-threads", "\(cores)"] }

    /// Fewer repetitions as sizes grow: a compile is long, its noise small next to it.
    static func repetitions(for factor: Int) -> Int {
        switch factor {
        case ...1: 3
        case ...10: 2
        default: 1
        }
    }

    /// Compiles a file importing what the client imports, once per configuration, untimed: the
    /// first compile after a while builds the Clang module cache for Foundation and Glibc, a
    /// one-time cost that a package's build has paid long before it builds the client.
    func warmUp() throws(BenchmarkFailure) {
        let folder = try TemporaryFolder("apigen-benchmark-warm-up")
        defer { folder.remove() }
        let source = folder.path + "/WarmUp.swift"
        let text = "import Foundation\n#if canImport(FoundationNetworking)\nimport FoundationNetworking\n#endif\n"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: source))
        } catch {
            throw BenchmarkFailure("error: cannot write '\(source)': \(error.localizedDescription)")
        }
        for (name, flags) in [("debug", debugFlags), ("release", releaseFlags)] {
            _ = try compile([source], flags: flags, into: folder.path + "/" + name, what: "a file importing Foundation")
        }
    }

    /// Builds `APIGenRuntime` from `sources` in both configurations, untimed.
    func buildRuntime(_ sources: [String]) throws(BenchmarkFailure) {
        for (name, flags) in [("debug", debugFlags), ("release", releaseFlags)] {
            _ = try compile(sources, module: "APIGenRuntime", flags: flags, into: runtimeModules + "/" + name, what: "the runtime")
        }
    }

    func measure(factor: Int, replicator: SpecReplicator, templates: TemplateSet) throws(BenchmarkFailure) -> CompileMeasurement {
        let specs = replicator.specs(times: factor)
        let files: [GeneratedFile]
        switch GeneratorPipeline.run(specs: specs, templates: templates) {
        case .success(let generated): files = generated
        case .failure(let error): throw GenerationRun.failure("generation", error.diagnostics, specs)
        }
        let folder = try TemporaryFolder("apigen-benchmark-compile")
        defer { folder.remove() }
        let sources = folder.path + "/Sources"
        do {
            try OutputWriter(folder: sources).write(files)
        } catch {
            throw BenchmarkFailure(error.description)
        }
        let paths = files.map { sources + "/" + $0.path }.filter { $0.hasSuffix(".swift") }
        var debug: Duration?
        var release: Duration?
        for repetition in 1...Self.repetitions(for: factor) {
            // A new output folder each time: a clean build, with nothing to reuse.
            let what = "the \(factor)x client"
            let debugTime = try compile(
                paths, flags: debugFlags + ["-I", runtimeModules + "/debug"], into: folder.path + "/debug\(repetition)", what: what)
            let releaseTime = try compile(
                paths, flags: releaseFlags + ["-I", runtimeModules + "/release"], into: folder.path + "/release\(repetition)",
                what: what)
            debug = min(debug ?? debugTime, debugTime)
            release = min(release ?? releaseTime, releaseTime)
        }
        return CompileMeasurement(
            factor: factor, repetitions: Self.repetitions(for: factor), endpoints: replicator.real.endpoints * factor,
            files: paths.count, lines: files.reduce(0) { $0 + lineCount($1.contents) },
            debug: debug ?? .zero, release: release ?? .zero)
    }

    private func compile(
        _ paths: [String], module: String? = nil, flags: [String], into output: String, what: String
    ) throws(BenchmarkFailure) -> Duration {
        let moduleName = module ?? self.moduleName
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw BenchmarkFailure("error: cannot create '\(output)': \(error.localizedDescription)")
        }
        let arguments = [
            "-c", "-parse-as-library", "-module-name", moduleName, "-swift-version", "6",
            "-emit-module", "-emit-module-path", output + "/\(moduleName).swiftmodule",
        ] + flags + paths
        // Object files land in the working folder.
        let outcome = try ProcessRunner.run(swiftc, arguments, in: output)
        guard outcome.status == 0 else {
            let tail = outcome.output.split(separator: "\n").suffix(30).joined(separator: "\n")
            throw BenchmarkFailure("error: \(what) does not compile (\(swiftc) \(flags.joined(separator: " ")), exit \(outcome.status):\n\(tail)")
        }
        return outcome.duration
    }
}
