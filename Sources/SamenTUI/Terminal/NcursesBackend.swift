import CNcurses
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw.
///
/// Frames are diffed against the previous one cell by cell, only changed
/// cells are handed to curses, and one `doupdate()` sends the lot; curses in
/// turn sends the terminal only the bytes that differ (htop's way).
public final class NcursesBackend: TerminalBackend {
    public private(set) var width: Int
    public private(set) var height: Int
    public let unicode: Bool
    private var previous: Canvas?
    private var restored = false
    private var screen: OpaquePointer?
    private var pairs: [StyleRole: (pair: Int16, attrs: attr_t)] = [:]
    /// Consecutive reads that failed at once: a closed terminal looks like this.
    private var instantFailures = 0

    /// Why the dashboard cannot start here, or nil when it can.
    public static func unavailableReason(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
            return "the dashboard needs a terminal: stdin and stdout must both be one (use the subcommands in scripts, e.g. samen member list)"
        }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            return "the dashboard needs a terminal that can move the cursor, and TERM is '\(term)'; set TERM (e.g. xterm-256color) or use the subcommands"
        }
        return nil
    }

    /// The environment's locale. When this machine never generated it
    /// (`LANG=nl_NL.UTF-8` on a server with only C.UTF-8), `setlocale` leaves
    /// C, whose characters are ASCII: names with an ï and every line and mark
    /// would be drawn as ASCII. Then, if the name says UTF-8, the characters
    /// are taken as C.UTF-8's; the language is Samen's own to choose (issue 15).
    static func takeLocale(_ environment: [String: String]) {
        if setlocale(LC_ALL, "") != nil { return }
        let name = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        if name.lowercased().replacingOccurrences(of: "-", with: "").contains("utf8") { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// Takes over the terminal. `theme` decides colours; with `colours` false
    /// (NO_COLOR) only attributes are used.
    public init(theme: Theme) throws {
        Self.takeLocale(ProcessInfo.processInfo.environment)
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        unicode = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        // A short Esc delay: the default second makes Esc feel broken.
        set_escdelay(25)
        guard let screen = samen_newterm() else {
            throw DashboardError("the terminal type '\(ProcessInfo.processInfo.environment["TERM"] ?? "")' is unknown here; set TERM to one this machine knows (e.g. xterm-256color)")
        }
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        keypad(samen_stdscr(), true)
        Self.teachKeySpellings()
        curs_set(0)
        mouseinterval(0)
        _ = mousemask(samen_all_mouse_events(), nil)
        width = Int(samen_cols())
        height = Int(samen_lines())
        Signals.install()
        setUpColours(theme)
        // Bracketed paste: the terminal marks pasted text (ESC [200~ ... ESC [201~),
        // so a paste is text for a field, not a run of keys. Terminals without it ignore this.
        Self.writeToTerminal("\u{1B}[?2004h")
    }

    /// A mode sequence curses has no call for, sent with terminfo's `putp`
    /// like any capability; `putp` writes through the C library's buffer,
    /// which is flushed at once so the mode is on before the first key.
    private static func writeToTerminal(_ sequence: String) {
        _ = putp(sequence)
        fflush(nil)
    }

    deinit { restore() }

    /// Home and End have several spellings. terminfo names one (xterm's is
    /// ESC O H), but tmux and screen send ESC [ 1 ~ whatever TERM says, and
    /// other terminals ESC [ H or ESC [ 7 ~. Unknown to curses, such a key
    /// would arrive as Esc (which leaves a form) followed by junk, so every
    /// usual spelling is taught to curses once.
    private static func teachKeySpellings() {
        for spelling in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] { _ = define_key(spelling, KEY_HOME) }
        for spelling in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] { _ = define_key(spelling, KEY_END) }
        _ = define_key("\u{1B}[3~", KEY_DC)
    }

    private func setUpColours(_ theme: Theme) {
        let wantsColour = theme.styles.values.contains { $0.foreground != nil || $0.background != nil }
        let colours = has_colors() && wantsColour
        if colours {
            start_color()
            use_default_colors()
        }
        let palette = Int(samen_colors())
        var next: Int16 = 1
        for role in StyleRole.allCases {
            let style = theme.style(role)
            var attrs = samen_a_normal()
            if style.bold { attrs |= samen_a_bold() }
            if style.dim { attrs |= samen_a_dim() }
            if style.reverse { attrs |= samen_a_reverse() }
            if style.underline { attrs |= samen_a_underline() }
            if style.italic { attrs |= samen_a_italic() }
            var pair: Int16 = 0
            if colours, style.foreground != nil || style.background != nil, Int(next) < Int(samen_color_pairs()) {
                let fg = style.foreground.map { Int16($0.mapped(toPalette: palette)) } ?? -1
                let bg = style.background.map { Int16($0.mapped(toPalette: palette)) } ?? -1
                init_pair(next, fg, bg)
                pair = next
                next += 1
            }
            pairs[role] = (pair, attrs)
        }
    }

    public func present(_ canvas: Canvas) {
        let window = samen_stdscr()
        let full = previous == nil || previous!.width != canvas.width || previous!.height != canvas.height
        if full { werase(window) }
        var cell = cchar_t()
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let c = canvas[x, y]
                if c.text.isEmpty { continue }  // right half of a wide character
                if !full, let p = previous, p[x, y] == c { continue }
                let (pair, attrs) = pairs[c.role] ?? (0, samen_a_normal())
                var wide = c.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                if wide.count > 5 { wide = Array(wide.prefix(5)) }
                wide.append(0)
                setcchar(&cell, wide, attrs, pair, nil)
                mvwadd_wch(window, Int32(y), Int32(x), &cell)
            }
        }
        previous = canvas
        wnoutrefresh(window)
        doupdate()
    }

    public func invalidate() {
        previous = nil
        clearok(samen_stdscr(), true)
    }

    /// The signal (SIGINT, SIGTERM, SIGHUP) that ended the session, if one
    /// did: after restoring the terminal the launcher dies of it, so a
    /// script or `timeout` sees the same status as for any other program.
    public private(set) var stoppedBySignal: Int32?
    /// Keys read ahead while telling Esc from a sequence, given out next.
    private var pending: [InputEvent] = []

    public func nextEvent(timeout milliseconds: Int) -> InputEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        if let signal = Signals.pending() {
            if signal == SIGWINCH { return nil }
            stoppedBySignal = signal
            return .hangup
        }
        wtimeout(samen_stdscr(), Int32(milliseconds))
        var ch: wint_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let result = wget_wch(samen_stdscr(), &ch)
        if let signal = Signals.pending(), signal != SIGWINCH {
            stoppedBySignal = signal
            return .hangup
        }
        if result == samen_err() {
            // A read that fails at once, again and again, is a terminal that went away.
            let elapsed = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            if milliseconds > 0 && elapsed < 1 {
                instantFailures += 1
                if instantFailures > 20 { return .hangup }
            } else {
                instantFailures = 0
            }
            return nil
        }
        instantFailures = 0
        if result == KEY_CODE_YES {
            return functionKey(Int32(ch))
        }
        return character(UInt32(ch))
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case samen_key_resize():
            width = Int(samen_cols())
            height = Int(samen_lines())
            previous = nil
            return .resize(width: width, height: height)
        case samen_key_mouse():
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let state = event.bstate
            if state & samen_button4_pressed() != 0 { return .mouse(MouseEvent(kind: .wheelUp, x: Int(event.x), y: Int(event.y))) }
            if state & samen_button5_pressed() != 0 { return .mouse(MouseEvent(kind: .wheelDown, x: Int(event.x), y: Int(event.y))) }
            if state & samen_button1_clicked() != 0 { return .mouse(MouseEvent(kind: .click, x: Int(event.x), y: Int(event.y))) }
            return nil
        default:
            if code >= KEY_F0 && code <= KEY_F0 + 12 { return .key(.function(Int(code - KEY_F0))) }
            return nil
        }
    }

    private func character(_ value: UInt32) -> InputEvent? {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return escapeOrAlt()
        case 8, 127: return .key(.backspace)
        case 1...26:
            return .key(.ctrl(Character(UnicodeScalar(value + 96)!)))
        default:
            guard let scalar = UnicodeScalar(value) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    /// Esc alone, Alt with a key (the terminal sends ESC and the key at once),
    /// or the rest of an escape sequence curses did not know (Ctrl-← as
    /// ESC [ 1 ; 5 D), which is read to its end and dropped rather than typed
    /// into a field. Only a sequence with parameters counts as one: Esc and
    /// then `[` typed quickly stay Esc and `[`.
    private func escapeOrAlt() -> InputEvent? {
        wtimeout(samen_stdscr(), 0)
        func next() -> UInt32? {
            var ch: wint_t = 0
            let result = wget_wch(samen_stdscr(), &ch)
            return result == samen_err() || result == KEY_CODE_YES ? nil : UInt32(ch)
        }
        guard let first = next() else { return .key(.escape) }
        if first == 0x5B {  // "["
            var read: [UInt32] = []
            while read.count < 16, let c = next() {
                read.append(c)
                if (0x40...0x7E).contains(c) { break }
            }
            if read == Array("200~".unicodeScalars.map(\.value)) { return .paste(readPaste()) }
            let parameters = read.dropLast().allSatisfy { (0x30...0x3F).contains($0) }
            if read.count >= 2, parameters, let last = read.last, (0x40...0x7E).contains(last) { return nil }
            pending += ([first] + read).compactMap(character)
            return .key(.escape)
        }
        guard first >= 0x20, first != 0x7F, let scalar = UnicodeScalar(first) else {
            pending += character(first).map { [$0] } ?? []
            return .key(.escape)
        }
        return .key(.alt(Character(scalar)))
    }

    /// The pasted text up to ESC [201~ (or until the terminal has sent
    /// nothing for a second, or the most any field takes): carriage returns
    /// as line breaks, other control characters dropped.
    private func readPaste() -> String {
        wtimeout(samen_stdscr(), 1000)
        let end: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
        var scalars: [UInt32] = []
        while scalars.count < PastedText.maximum + end.count {
            var ch: wint_t = 0
            let result = wget_wch(samen_stdscr(), &ch)
            if result == samen_err() { break }
            if result == KEY_CODE_YES { continue }   // a key curses decoded inside the paste: not text
            scalars.append(UInt32(ch))
            if scalars.count >= end.count && Array(scalars.suffix(end.count)) == end {
                scalars.removeLast(end.count)
                break
            }
        }
        var text = ""
        for v in scalars {
            guard let s = UnicodeScalar(v == 13 ? 10 : v) else { continue }
            text.unicodeScalars.append(s)
        }
        return text
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        Self.writeToTerminal("\u{1B}[?2004l")
        if isendwin() == false {
            curs_set(1)
            endwin()
        }
        if let screen { delscreen(screen) }
        screen = nil
        Signals.uninstall()
    }
}

/// Something that stops the dashboard from starting or running.
public struct DashboardError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
