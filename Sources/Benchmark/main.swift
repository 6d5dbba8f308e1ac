import Foundation

// Argument handling and orchestration live in BenchmarkCommand; this file only exits with its status.
exit(BenchmarkCommand.main(Array(CommandLine.arguments.dropFirst())))
