import Foundation
import GeneratorCore

/// Prints the measurements as aligned tables, with the notes a reader needs to trust them.
enum Report {
    static func machine() -> String {
        let info = ProcessInfo.processInfo
        let gibibytes = Double(info.physicalMemory) / Double(1 << 30)
        #if DEBUG
        let build = "debug build: numbers are not representative, build with -c release"
        #else
        let build = "release build"
        #endif
        return "machine: \(info.activeProcessorCount) cores, \(formatted(gibibytes, decimals: 1)) GiB memory, \(info.operatingSystemVersionString); \(build)"
            + "\nallocator: " + allocator(info.environment)
    }

    /// glibc's allocator settings for this run, which change its figures: the user's
    /// `GLIBC_TUNABLES`, or the defaults.
    static func allocator(_ environment: [String: String]) -> String {
        environment["GLIBC_TUNABLES"].map { "GLIBC_TUNABLES=\($0)" } ?? "defaults"
    }

    static func inputs(_ replicator: SpecReplicator, specsFolder: String) -> String {
        """
        specs: \(specsFolder): \(replicator.layouts.count) files, \(replicator.real)
        Nx: the specs' models and endpoints copied N times under new names (copy 1 keeps the
        real names, so 1x is the Frontegg spec itself), the group list N times, api, servers
        and security once.
        """
    }

    static func phases(_ measurements: [SizeMeasurement]) -> String {
        var sizes = TextTable(["size", "reps", "spec files", "spec lines", "endpoints", "models", "files out", "lines out"])
        var times = TextTable(["size", "parse", "validate", "context", "render", "write", "total", "regen", "regen writes", "peak RSS MiB"])
        var perEndpoint = TextTable(["size", "parse", "validate", "context", "render", "write", "total", "regen"])
        for m in measurements {
            let size = "\(m.factor)x"
            sizes.append([
                size, "\(m.repetitions)", "\(m.specFiles)", "\(m.specLines)", "\(m.counts.endpoints)", "\(m.counts.models)",
                "\(m.generatedFiles)", "\(m.generatedLines)",
            ])
            let phases = [m.best.parse, m.best.validate, m.best.context, m.best.render, m.best.write, m.bestTotal, m.regeneration]
            let memory = m.peakMemoryKiB.map { formatted(Double($0) / 1024, decimals: 1) } ?? "-"
            times.append([size] + phases.map { formatted($0.milliseconds, decimals: 2) } + ["\(m.regenerationWrites)", memory])
            let endpoints = Double(max(m.counts.endpoints, 1))
            perEndpoint.append([size] + phases.map { formatted($0.microseconds / endpoints, decimals: 1) })
        }
        return """
            \(sizes.rendered)

            Time in ms (ContinuousClock), best of `reps` runs:
            \(times.rendered)

            Time per endpoint in µs (a column that stays flat grows linearly):
            \(perEndpoint.rendered)

            parse: GeneratorPipeline.parse (YAML-lite and spec model); validate: validateSpec;
            context: ContextBuilder.build; render: GeneratorPipeline.render; write: OutputWriter.write
            into a fresh temporary folder. Each phase is its own best; total is the best whole run.
            regen: everything again, writing into the folder the first run filled; regen writes:
            the files it wrote or removed (must be 0). peak RSS: getrusage(RUSAGE_SELF) ru_maxrss,
            process-wide and never decreasing, so sizes run smallest first and each figure also
            covers the sizes before it.
            """
    }

    static func compile(_ measurements: [CompileMeasurement], compiler: String, cores: Int) -> String {
        var table = TextTable(["size", "reps", "endpoints", "files", "Swift lines", "debug s", "release s", "debug ms/endpoint", "release ms/endpoint"])
        for m in measurements {
            let endpoints = Double(max(m.endpoints, 1))
            table.append([
                "\(m.factor)x", "\(m.repetitions)", "\(m.endpoints)", "\(m.files)", "\(m.lines)",
                formatted(m.debug.seconds, decimals: 2), formatted(m.release.seconds, decimals: 2),
                formatted(m.debug.milliseconds / endpoints, decimals: 1), formatted(m.release.milliseconds / endpoints, decimals: 1),
            ])
        }
        return """
            Clean build of the generated client alone, in seconds (wall time, best of `reps`; \(compiler)):
            \(table.rendered)

            swiftc -c -parse-as-library -emit-module -swift-version 6, all generated files, objects
            and module only (no link), as SwiftPM builds one library target. debug: -Onone -g
            -enable-testing -enable-batch-mode -j\(cores); release: -O -whole-module-optimization
            -num-threads \(cores). Untimed first: one compile importing Foundation per configuration,
            so the Clang module cache is warm, and the APIGenRuntime module the client imports, as a
            package builds both before the client.
            """
    }
}
