#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's peak memory so far: the maximum resident set size from `getrusage`.
///
/// It is process-wide and never goes down, so a size's figure is the peak of everything run
/// before it too; that is why sizes run smallest first.
enum PeakMemory {
    static func kibibytes() -> Int? {
        var usage = rusage()
        #if os(Linux)
        // Glibc imports RUSAGE_SELF as an enum case, while getrusage takes its raw Int32.
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return nil }
        return Int(usage.ru_maxrss)  // KiB on Linux
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return nil }
        return Int(usage.ru_maxrss) / 1024  // bytes on Darwin
        #endif
    }
}
