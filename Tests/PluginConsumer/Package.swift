// swift-tools-version:6.0
import PackageDescription

// A package that uses apigen the way a consumer would: the `MinimalAPI` and `TodoAPI` targets
// hold spec files, and the APIGenPlugin build tool plugin generates their Swift clients at build
// time. Both import apigen's runtime, so one file can use both clients with one transport.
// CI builds and tests it with `swift test --package-path Tests/PluginConsumer`.
let package = Package(
    name: "PluginConsumer",
    // At least apigen's own platforms: the generated client needs them.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    dependencies: [
        // The apigen repository. The explicit name lets targets say `package: "apigen"` whatever
        // the checkout's folder is called (a path dependency's identity is its folder name).
        .package(name: "apigen", path: "../..")
    ],
    targets: [
        // Holds the *.yaml specs and one hand-written Swift file, because SwiftPM skips a target
        // without Swift sources of its own. The specs are not excluded: the plugin finds them
        // among the target's files, and SwiftPM does not warn about files that a plugin reads.
        // The generated code imports the runtime every apigen client shares.
        .target(
            name: "MinimalAPI",
            dependencies: [.product(name: "APIGenRuntime", package: "apigen")],
            plugins: [.plugin(name: "APIGenPlugin", package: "apigen")]
        ),
        // A second generated client: TwoClientsTests uses both from one file with one transport.
        .target(
            name: "TodoAPI",
            dependencies: [.product(name: "APIGenRuntime", package: "apigen")],
            plugins: [.plugin(name: "APIGenPlugin", package: "apigen")]
        ),
        .testTarget(name: "MinimalAPITests", dependencies: ["MinimalAPI"]),
        .testTarget(name: "TwoClientsTests", dependencies: ["MinimalAPI", "TodoAPI"]),
    ],
    swiftLanguageModes: [.v6]
)
