import CNcurses

/// SIGINT, SIGTERM and SIGHUP, turned into something the app loop can ask
/// about. The only file that touches the signal shim (see shim.h).
enum Signals {
    static func install() { samen_install_signal_handlers() }
    static func uninstall() { samen_default_signal_handlers() }

    /// The signal that arrived since the last call, if any.
    static func pending() -> Int32? {
        let s = samen_take_signal()
        return s == 0 ? nil : s
    }
}
