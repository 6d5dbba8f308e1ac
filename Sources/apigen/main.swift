import Foundation
import GeneratorCore

// Argument handling only: every command is a function of GeneratorCore.
let result = CommandLineInterface.run(Array(CommandLine.arguments.dropFirst()))
if !result.standardOutput.isEmpty {
    FileHandle.standardOutput.write(Data(result.standardOutput.utf8))
}
if !result.standardError.isEmpty {
    FileHandle.standardError.write(Data(result.standardError.utf8))
}
exit(result.exitCode)
