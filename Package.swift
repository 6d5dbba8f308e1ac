// swift-tools-version:6.0
import PackageDescription

// apigen has no package dependencies, by design: the YAML-lite parser, the template
// engine and the generated client's HTTP layer are all ours, on Foundation alone.
let package = Package(
    name: "apigen",
    // The generated client's floor: its runtime uses `Duration` and `ContinuousClock` (and
    // `async`/`await`), which Apple systems have from these versions on. Linux needs none.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .executable(name: "apigen", targets: ["apigen"]),
        .library(name: "YAMLLite", targets: ["YAMLLite"]),
        .library(name: "TemplateEngine", targets: ["TemplateEngine"]),
        .library(name: "SpecModel", targets: ["SpecModel"]),
        .library(name: "GeneratorCore", targets: ["GeneratorCore"]),
        // What every generated client imports: transports, requests, JSON values, retries.
        .library(name: "APIGenRuntime", targets: ["APIGenRuntime"]),
        .library(name: "FronteggIdentity", targets: ["FronteggIdentity"]),
        // `swift package --allow-writing-to-package-directory generate-code`: Specs/ → Generated/.
        .plugin(name: "GenerateCode", targets: ["GenerateCode"]),
        // Generates a client at build time from the spec files of the target it is applied to.
        .plugin(name: "APIGenPlugin", targets: ["APIGenPlugin"]),
    ],
    targets: [
        // `map` on every core, in order: what the generator parallelizes with.
        .target(name: "ConcurrentMap"),
        // Layer 1: the YAML-lite syntax, knowing nothing about specs.
        .target(name: "YAMLLite"),
        // The template engine, knowing nothing about specs or Swift.
        .target(name: "TemplateEngine"),
        // Layer 2: the spec model, read from YAML-lite trees and validated.
        .target(name: "SpecModel", dependencies: ["YAMLLite"]),
        // Layer 3: Swift naming and types, template context, rendering, file writing.
        .target(name: "GeneratorCore", dependencies: ["SpecModel", "TemplateEngine", "YAMLLite", "ConcurrentMap"]),
        // The command line: argument handling only.
        .executableTarget(name: "apigen", dependencies: ["GeneratorCore"]),
        // Measures every phase on synthetic specs 1x to 1000x the Frontegg specs' size.
        .executableTarget(
            name: "apigen-benchmark", dependencies: ["GeneratorCore", "SpecModel", "YAMLLite"], path: "Sources/Benchmark"),
        // The runtime every generated client imports, so that an app's clients share one
        // transport, one `JSONValue` and one set of interceptors. Foundation alone.
        .target(name: "APIGenRuntime"),
        // The generated Frontegg Identity client, compiled straight from Generated/.
        .target(name: "FronteggIdentity", dependencies: ["APIGenRuntime"], path: "Generated/FronteggIdentity"),
        // The golden output of the real-world fixture, compiled so that its tests can send and
        // receive every construct real APIs need through a loopback server.
        .target(
            name: "RealWorld", dependencies: ["APIGenRuntime"],
            path: "Tests/GeneratorCoreTests/Fixtures/real-world/Expected/RealWorld"),
        // The SwiftPM plugins, kept under Sources/ so the top level keeps its layout. Both run
        // the apigen executable built from source.
        .plugin(
            name: "GenerateCode",
            capability: .command(
                intent: .custom(verb: "generate-code", description: "Regenerate Generated/ from the specs in Specs/"),
                permissions: [
                    .writeToPackageDirectory(reason: "apigen writes the generated Swift client into Generated/"),
                ]
            ),
            dependencies: ["apigen"],
            path: "Sources/Plugins/GenerateCode"
        ),
        .plugin(
            name: "APIGenPlugin",
            capability: .buildTool(),
            dependencies: ["apigen"],
            path: "Sources/Plugins/APIGenPlugin"
        ),

        .testTarget(name: "APIGenRuntimeTests", dependencies: ["APIGenRuntime"]),
        .testTarget(name: "YAMLLiteTests", dependencies: ["YAMLLite"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine"]),
        .testTarget(name: "SpecModelTests", dependencies: ["SpecModel"]),
        .testTarget(
            name: "GeneratorCoreTests",
            dependencies: ["GeneratorCore", "ConcurrentMap"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FronteggIdentityTests",
            dependencies: ["FronteggIdentity"],
            // The fake Frontegg server the loopback tests start; run by python3, not compiled.
            exclude: ["FakeFrontegg"]
        ),
        .testTarget(
            name: "RealWorldTests",
            dependencies: ["RealWorld"],
            // The loopback echo server and its payloads; run by python3, not compiled.
            exclude: ["EchoServer"]
        ),
        .testTarget(name: "apigenTests", dependencies: ["GeneratorCore"]),
    ],
    swiftLanguageModes: [.v6]
)
