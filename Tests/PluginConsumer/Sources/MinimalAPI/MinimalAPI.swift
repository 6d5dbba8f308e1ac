// The client of this module is generated at build time by APIGenPlugin from the *.yaml specs
// beside this file, into the plugin's work directory; nothing generated is committed.
//
// This file exists only because SwiftPM skips a target that has no Swift source of its own,
// even when a build tool plugin would generate its sources
// (https://github.com/swiftlang/swift-package-manager/issues/8061). Hand-written extensions of
// the generated types could live here too.
