/// Times code on a monotonic clock: wall-clock time can jump (NTP, manual changes), a
/// `ContinuousClock` cannot.
enum Stopwatch {
    static let clock = ContinuousClock()

    static func measure<T>(_ body: () -> T) -> (T, Duration) {
        let start = clock.now
        let result = body()
        return (result, clock.now - start)
    }
}

extension Duration {
    var milliseconds: Double {
        Double(components.seconds) * 1e3 + Double(components.attoseconds) * 1e-15
    }

    var microseconds: Double { milliseconds * 1e3 }

    var seconds: Double { milliseconds / 1e3 }
}
