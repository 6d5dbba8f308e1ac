import Testing

@testable import GeneratorCore

/// Output paths from the manifest must stay inside the output folder: relative, `/` only, and no
/// empty, `.` or `..` component.
@Suite struct SafeRelativePathTests {
    @Test(arguments: [
        "a.swift", "Models/User.swift", "a/b/c/d.swift", ".hidden", "a/.b", "...", "a/.../b", "..a", "a..",
        "é/ü.swift", "a b/c d.swift",
    ])
    func acceptsPathsInsideTheFolder(path: String) {
        #expect(GeneratorPipeline.isSafeRelativePath(path))
    }

    @Test(arguments: [
        "", "/", "/a", "a/", "a//b", ".", "..", "./a", "../a", "a/..", "a/../b", "a/./b", "a\\b", "\\a",
        "C:\\a", "a/b/",
    ])
    func rejectsPathsThatLeaveOrNameNoFile(path: String) {
        #expect(!GeneratorPipeline.isSafeRelativePath(path))
    }
}
