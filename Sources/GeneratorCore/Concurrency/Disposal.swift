/// What becomes of the spec and the template context once a run is done with them.
///
/// Both are trees of hundreds of thousands of small objects. At ten thousand endpoints, freeing
/// them is about a tenth of all the work a run does, and it happens when the run is otherwise
/// over: a process that exits right after gets that memory back at once, without the work.
public enum Disposal: Sendable {
    /// Freed on a background thread, so that the caller goes on at once: for processes that live
    /// on after the run, such as tests or a tool that embeds apigen.
    case inBackground
    /// Never freed, left for the operating system to take back when the process exits, as
    /// compilers do (clang's `-disable-free`): for `apigen` itself, which exits after one run.
    case atExit

    func dispose<Value: Sendable>(_ value: consuming Value) {
        switch self {
        case .inBackground:
            BackgroundRelease.release(consume value)
        case .atExit:
            // A reference that is never released: the value stays until the process ends.
            _ = Unmanaged.passRetained(Kept(consume value))
        }
    }

    private final class Kept<Value>: Sendable where Value: Sendable {
        let value: Value

        init(_ value: consuming Value) { self.value = value }
    }
}
