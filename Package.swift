// swift-tools-version:6.0
import PackageDescription

// apigen has no package dependencies, by design: the YAML-lite parser, the template
// engine and the generated client's HTTP layer are all ours, on Foundation alone.
let package = Package(
    name: "apigen",
    products: [
        .executable(name: "apigen", targets: ["apigen"]),
        .library(name: "YAMLLite", targets: ["YAMLLite"]),
        .library(name: "TemplateEngine", targets: ["TemplateEngine"]),
        .library(name: "SpecModel", targets: ["SpecModel"]),
        .library(name: "GeneratorCore", targets: ["GeneratorCore"]),
        .library(name: "FronteggIdentity", targets: ["FronteggIdentity"]),
    ],
    targets: [
        // Layer 1: the YAML-lite syntax, knowing nothing about specs.
        .target(name: "YAMLLite"),
        // The template engine, knowing nothing about specs or Swift.
        .target(name: "TemplateEngine"),
        // Layer 2: the spec model, read from YAML-lite trees and validated.
        .target(name: "SpecModel", dependencies: ["YAMLLite"]),
        // Layer 3: Swift naming and types, template context, rendering, file writing.
        .target(name: "GeneratorCore", dependencies: ["SpecModel", "TemplateEngine", "YAMLLite"]),
        // The command line: argument handling only.
        .executableTarget(name: "apigen", dependencies: ["GeneratorCore"]),
        // Measures every phase on synthetic specs 1x to 1000x the Frontegg specs' size.
        .executableTarget(name: "apigen-benchmark", dependencies: ["GeneratorCore"], path: "Sources/Benchmark"),
        // The generated Frontegg Identity client, compiled straight from Generated/.
        .target(name: "FronteggIdentity", path: "Generated/FronteggIdentity"),

        .testTarget(name: "YAMLLiteTests", dependencies: ["YAMLLite"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine"]),
        .testTarget(name: "SpecModelTests", dependencies: ["SpecModel"]),
        .testTarget(
            name: "GeneratorCoreTests",
            dependencies: ["GeneratorCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FronteggIdentityTests",
            dependencies: ["FronteggIdentity"],
            // The fake Frontegg server the loopback tests start; run by python3, not compiled.
            exclude: ["FakeFrontegg"]
        ),
        .testTarget(name: "apigenTests", dependencies: ["GeneratorCore"]),
    ],
    swiftLanguageModes: [.v6]
)
