import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP, turned into something the app loop can ask
/// about. The only file that touches the signal shim (see shim.h).
public enum Signals {
    static func install() { samen_install_signal_handlers() }
    static func uninstall() { samen_default_signal_handlers() }

    /// The signal that arrived since the last call, if any.
    static func pending() -> Int32? {
        let s = samen_take_signal()
        return s == 0 ? nil : s
    }

    /// Ends the process by `signal` with its default action, so the parent
    /// sees "terminated by SIGTERM" (status 143 in a shell), not success.
    public static func dieOf(_ signal: Int32) -> Never {
        uninstall()
        raise(signal)
        exit(128 + signal)  // only if the default action did not end us
    }
}
