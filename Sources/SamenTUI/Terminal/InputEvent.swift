/// What the terminal sends (the runner's own news is a `Message` too).
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Text pasted in the terminal (bracketed paste), whole: typed into the
    /// field or filter being edited, never taken as keys (a line break in it
    /// is not Enter, a `q` in it does not quit).
    case paste(String)
    /// The terminal went away (EOF on the tty, SIGHUP) or a signal asked us to stop.
    case hangup
}

public enum Key: Equatable, Sendable, Hashable {
    case char(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case ctrl(Character)
    case function(Int)
    /// Alt (Meta) with a key: the terminal sends ESC and then the key.
    case alt(Character)

}

public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) { self.kind = kind; self.x = x; self.y = y }
}
