// swift-tools-version:6.0
import PackageDescription

// A package that uses apigen the way a consumer would: the `MinimalAPI` target holds spec files,
// and the APIGenPlugin build tool plugin generates its Swift client at build time.
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
        .target(
            name: "MinimalAPI",
            plugins: [.plugin(name: "APIGenPlugin", package: "apigen")]
        ),
        .testTarget(name: "MinimalAPITests", dependencies: ["MinimalAPI"]),
    ],
    swiftLanguageModes: [.v6]
)
