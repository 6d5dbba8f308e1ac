import Foundation
import GeneratorCore

// Argument handling only, and the allocator restart below: every command is a function of
// GeneratorCore.
let arguments = Array(CommandLine.arguments.dropFirst())
// Large specs run faster with glibc's allocator tuned, which takes starting again; this returns
// when the run is small, already restarted, or cannot be tuned.
if let specs = CommandLineInterface.specsFolder(of: arguments) {
    MallocTuning.restartIfUseful { InputReader.specBytes(in: specs, upTo: MallocTuning.minimumSpecBytes) }
}
// The process exits after this one run, so the spec and context are left for the system to
// take back rather than freed object by object.
let result = CommandLineInterface.run(arguments, disposal: .atExit)
if !result.standardOutput.isEmpty {
    FileHandle.standardOutput.write(Data(result.standardOutput.utf8))
}
if !result.standardError.isEmpty {
    FileHandle.standardError.write(Data(result.standardError.utf8))
}
exit(result.exitCode)
