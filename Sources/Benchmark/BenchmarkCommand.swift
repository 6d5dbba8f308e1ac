import Foundation
import GeneratorCore
import SpecModel

/// The benchmark from arguments to exit status: 0 done, 1 failed, 2 usage.
enum BenchmarkCommand {
    static func main(_ arguments: [String]) -> Int32 {
        let options: BenchmarkOptions
        do {
            options = try BenchmarkOptions.parse(arguments)
        } catch {
            printError("\(error.description)\n\n\(BenchmarkOptions.usage)")
            return 2
        }
        if options.showHelp {
            print(BenchmarkOptions.usage)
            return 0
        }
        do {
            try run(options)
            return 0
        } catch {
            printError(error.description)
            return 1
        }
    }

    static func run(_ options: BenchmarkOptions) throws(BenchmarkFailure) {
        let root = try PackageRoot.locate(explicit: options.root)
        let specsFolder = root + "/Specs"
        let realFiles: [SpecFile]
        let templates: TemplateSet
        do {
            realFiles = try InputReader.specFiles(in: specsFolder)
            templates = try InputReader.templates(in: root + "/Templates")
        } catch {
            throw BenchmarkFailure(error.description)
        }
        let replicator = try SpecReplicator(realFiles: realFiles)
        if let folder = options.writeSpecs {
            try writeSpecs(options.sizes, replicator: replicator, from: specsFolder, into: folder)
            return
        }
        print(Report.machine())
        print(Report.inputs(replicator, specsFolder: specsFolder))
        print()
        if options.compile {
            try compile(options, root: root, replicator: replicator, templates: templates)
        } else {
            try phases(options, replicator: replicator, templates: templates)
        }
    }

    static func phases(_ options: BenchmarkOptions, replicator: SpecReplicator, templates: TemplateSet) throws(BenchmarkFailure) {
        var measurements: [SizeMeasurement] = []
        var outputs: [TemporaryFolder] = []
        defer { outputs.forEach { $0.remove() } }
        // Smallest first: peak memory only grows (see `PeakMemory`).
        for factor in options.sizes {
            printError("measuring \(factor)x (\(SizeBenchmark.repetitions(for: factor)) runs)...")
            measurements.append(
                try SizeBenchmark.measure(factor: factor, replicator: replicator, templates: templates, outputs: &outputs))
        }
        print(Report.phases(measurements))
    }

    static func compile(
        _ options: BenchmarkOptions, root: String, replicator: SpecReplicator, templates: TemplateSet
    ) throws(BenchmarkFailure) {
        guard let swiftc = options.swiftc ?? ProcessRunner.which("swiftc") else {
            throw BenchmarkFailure("error: no swiftc on PATH; pass --swiftc PATH")
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let runtimeSources: [String]
        do {
            let folder = root + "/Sources/APIGenRuntime"
            runtimeSources = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
                .sorted().map { folder + "/" + $0 }
        } catch {
            throw BenchmarkFailure("error: cannot read the runtime's sources: \(error.localizedDescription)")
        }
        let runtimeFolder = try TemporaryFolder("apigen-benchmark-runtime")
        defer { runtimeFolder.remove() }
        let benchmark = CompileBenchmark(
            swiftc: swiftc, moduleName: replicator.apiName, cores: cores, runtimeModules: runtimeFolder.path)
        let compiler = try benchmark.version()
        printError("warming up the compiler's module cache, and building the runtime the client imports...")
        try benchmark.warmUp()
        try benchmark.buildRuntime(runtimeSources)
        var measurements: [CompileMeasurement] = []
        for factor in options.sizes {
            printError("compiling the \(factor)x client (\(CompileBenchmark.repetitions(for: factor)) times)...")
            measurements.append(try benchmark.measure(factor: factor, replicator: replicator, templates: templates))
        }
        print(Report.compile(measurements, compiler: compiler, cores: cores))
    }

    static func writeSpecs(_ sizes: [Int], replicator: SpecReplicator, from specsFolder: String, into folder: String) throws(BenchmarkFailure) {
        for factor in sizes {
            let target = folder + "/\(factor)x"
            let specs = replicator.specs(times: factor)
            // Paths relative to the real specs folder: `DIR/10x/copy02-users.yaml`.
            let prefix = specsFolder + "/"
            for spec in specs {
                let relative = spec.path.hasPrefix(prefix) ? String(spec.path.dropFirst(prefix.count)) : spec.path
                let url = URL(fileURLWithPath: target + "/" + relative)
                do {
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(spec.text.utf8).write(to: url)
                } catch {
                    throw BenchmarkFailure("error: cannot write '\(url.path)': \(error.localizedDescription)")
                }
            }
            print("\(target): \(specs.count) files, \(replicator.real.times(factor))")
        }
    }

    /// Progress and errors go to standard error, so standard output is only the report.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
