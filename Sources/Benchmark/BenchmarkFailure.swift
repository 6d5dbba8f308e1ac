/// A reason the benchmark cannot go on. It is printed as is on standard error and the exit
/// status is 1, so every message says what went wrong and where.
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
