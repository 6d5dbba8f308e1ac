import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator settings for large runs, which the `apigen` executable restarts itself with.
///
/// A run on 10,000 endpoints allocates about 250 MB in millions of small pieces, and the kernel
/// maps each new 4 KiB page on first touch: about 60,000 page faults, a tenth of the run's time.
/// With `glibc.malloc.hugetlb=1` the allocator asks for transparent huge pages (2 MiB), and with a
/// 64 MiB top pad its heaps grow in steps large enough to hold them, which cuts the faults to a
/// few thousand. glibc reads these settings only from `GLIBC_TUNABLES` when a process starts, so
/// the process has to start again to get them: a few milliseconds, worth paying only for large
/// specs.
public enum MallocTuning {
    /// The settings, as `GLIBC_TUNABLES` spells them.
    public static let tunables = [
        "glibc.malloc.hugetlb=1",
        "glibc.malloc.top_pad=67108864",
        "glibc.malloc.mmap_threshold=33554432",
        "glibc.malloc.trim_threshold=1073741824",
    ].joined(separator: ":")

    /// Below about a megabyte of specs, a run takes tens of milliseconds, and starting again would
    /// cost more than it saves.
    public static let minimumSpecBytes = 1 << 20

    /// Set by the restart, so that the restarted process does not restart again; set it to anything
    /// (`off`) to run without restarting.
    public static let switchVariable = "APIGEN_MALLOC_TUNING"

    /// The environment variables to restart with, or nil to go on as is: when the specs are large,
    /// the kernel offers huge pages on request (`transparentHugePages` is the contents of
    /// `/sys/kernel/mm/transparent_hugepage/enabled`, nil when unreadable), and neither the user
    /// (`GLIBC_TUNABLES`) nor an earlier restart (`switchVariable`) has decided already.
    ///
    /// The environment is looked at first, and the specs last: the restarted process, or a user's
    /// own settings, need no look at the kernel's setting or at thousands of spec files.
    public static func restartVariables(
        specBytes: @autoclosure () -> Int, environment: [String: String],
        transparentHugePages: @autoclosure () -> String?
    ) -> [(name: String, value: String)]? {
        guard environment["GLIBC_TUNABLES"] == nil, environment[switchVariable] == nil,
            let mode = transparentHugePages(), mode.contains("[always]") || mode.contains("[madvise]"),
            specBytes() >= minimumSpecBytes
        else { return nil }
        return [("GLIBC_TUNABLES", tunables), (switchVariable, "restarted")]
    }

    /// Starts this process's executable again, with the same arguments and `variables` added to
    /// its environment, when `restartVariables` asks for it; returns only when it does not, or
    /// when starting again fails, and then the run goes on untuned. For executables only: the
    /// process is replaced, so nothing that runs before may have effects to keep.
    /// `specBytes` is called only when `restartVariables` gets to it.
    public static func restartIfUseful(specBytes: () -> Int) {
        #if os(Linux) && canImport(Glibc)
        let modeFile = "/sys/kernel/mm/transparent_hugepage/enabled"
        // The two variables it looks at, read with `getenv` and the kernel's setting with `read`:
        // the process may start again, so what it does before counts twice.
        var environment: [String: String] = [:]
        for name in ["GLIBC_TUNABLES", switchVariable] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        guard
            let variables = restartVariables(
                specBytes: specBytes(), environment: environment,
                transparentHugePages: readFileBytes(modeFile).map { String(decoding: $0, as: UTF8.self) })
        else { return }
        for (name, value) in variables { setenv(name, value, 1) }
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: the restart failed. Go on without it, and without the settings claiming it.
        for (name, _) in variables { unsetenv(name) }
        #endif
    }
}
