/// Where frames go and events come from. The ncurses backend talks to a real
/// terminal; tests drive the app without one and read the canvas as text.
public protocol TerminalBackend: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Whether the locale can show UTF-8 (box drawing, accents, wide characters).
    var unicode: Bool { get }
    /// Shows `canvas`, sending the terminal only what changed since the last frame.
    func present(_ canvas: Canvas)
    /// Forgets what is on screen so the next frame is drawn whole (Ctrl-L).
    func invalidate()
    /// Waits up to `milliseconds` for input; nil when none arrived.
    func nextEvent(timeout milliseconds: Int) -> InputEvent?
    /// Gives the terminal back as it was. Safe to call more than once.
    func restore()
}
