import SamenCore

extension AppModel {
    /// Draws the whole screen: header with tabs, the pane, overlays, and the
    /// bottom line with the keys that apply now (or the last message).
    public func render() -> Canvas {
        var canvas = Canvas(width: width, height: height, unicode: unicode)
        if isTooSmall {
            renderTooSmall(into: &canvas)
            return canvas
        }
        renderHeader(into: &canvas)
        switch pane {
        case .members:
            if let view = capacityView { view.render(into: &canvas, area: screen, context: context, directory: members) } else { members.render(into: &canvas, area: screen, context: context) }
        case .projects:
            if let view = projects.suggestions { view.render(into: &canvas, area: screen, context: context, directory: members) }
            else { projects.render(into: &canvas, area: screen, context: context) }
        case .help: help.render(into: &canvas, area: screen, context: context)
        case .finances: FinancesScreen(finances: finances, context: context, area: screen).render(into: &canvas)
        }
        switch overlay {
        case let .keys(top): renderKeys(top: top, into: &canvas)
        case let .form(form): form.render(into: &canvas, width: width, height: height)
        case let .confirm(c): renderConfirm(c, into: &canvas)
        case nil: break
        }
        renderBottomLine(into: &canvas)
        return canvas
    }

    /// What the screen needs and has, and how to leave, in whole words on
    /// as many lines as the screen has; a shorter wording when even that
    /// does not fit.
    func renderTooSmall(into canvas: inout Canvas) {
        let x = glyph("×", "x")
        let need = "\(Self.minimumWidth)\(x)\(Self.minimumHeight)", have = "\(width)\(x)\(height)"
        let wordings = [ShellWords.tooSmallLong(need: need, have: have), .tooSmallShort(need: need, have: have), .tooSmallShortest(need: need, have: have)]
            .map { $0.text.split(separator: "|").map(String.init) }
        var lines: [String] = []
        for sentences in wordings {
            lines = sentences.flatMap { Self.wrap($0, width: width) }
            if lines.count <= height && lines.allSatisfy({ DisplayWidth.of($0) <= width }) { break }
        }
        let top = max(0, (height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let w = min(width, DisplayWidth.of(l))
            canvas.put(l, x: max(0, (width - w) / 2), y: top + i, role: i == 0 ? .warning : .normal, maxWidth: width)
        }
    }

    /// The columns where each tab starts and its label, for drawing and for
    /// mouse clicks. The tabs come first: the network's name gives way to
    /// them (place, then letters), and on a screen too narrow for every
    /// title the other tabs show their number only. Words never run together.
    var tabPositions: [(pane: Pane, x: Int, width: Int, label: String)] {
        func labels(short: Bool) -> [String] {
            Pane.allCases.map { short && $0 != pane ? " \($0.rawValue) " : " \($0.rawValue) \($0.title) " }
        }
        var tabs = labels(short: false)
        var tabsWidth = tabs.reduce(0) { $0 + DisplayWidth.of($1) + 1 }
        if tabsWidth > width - 2 {
            tabs = labels(short: true)
            tabsWidth = tabs.reduce(0) { $0 + DisplayWidth.of($1) + 1 }
        }
        let name = headerName(room: min(width - tabsWidth, width / 3) - 3)
        var x = name.isEmpty ? 1 : DisplayWidth.of(name) + 3
        var out: [(Pane, Int, Int, String)] = []
        for (p, label) in zip(Pane.allCases, tabs) {
            out.append((p, x, DisplayWidth.of(label), label))
            x += DisplayWidth.of(label) + 1
        }
        return out
    }

    /// The network's name and place in at most `room` columns: the place goes
    /// first, then the name is cut with an ellipsis; nothing below 4 columns.
    func headerName(room: Int) -> String {
        let name = TerminalText.sanitise(state.network.name), place = TerminalText.sanitise(state.network.place)
        let full = " \(name) \(dot) \(place)"
        if DisplayWidth.of(full) <= room { return full }
        if DisplayWidth.of(" " + name) <= room { return " " + name }
        guard room >= 4 else { return "" }
        var cut = " " + name
        while DisplayWidth.of(cut) > room - 1 { cut.removeLast() }
        return cut + glyph("…", ".")
    }

    func tabAt(column: Int) -> Pane? {
        tabPositions.first { column >= $0.x && column < $0.x + $0.width }?.pane
    }

    func renderHeader(into canvas: inout Canvas) {
        canvas.fill(x: 0, y: 0, width: width, height: 1, role: .statusBar)
        let tabs = tabPositions
        canvas.put(headerName(room: (tabs.first?.x ?? 3) - 3), x: 0, y: 0, role: .title)
        var end = 0
        for (p, x, w, label) in tabs {
            canvas.put(label, x: x, y: 0, role: p == pane ? .tabActive : .tab)
            end = x + w
        }
        let who = ShellWords.actingAs(actorLabel).text + " "
        let whoWidth = DisplayWidth.of(who)
        if width - end - 2 >= whoWidth { canvas.put(who, x: width - whoWidth, y: 0, role: .statusBar) }
        else if width - end - 2 > 4 { canvas.put(actor, x: end + 2, y: 0, role: .statusBar, maxWidth: width - end - 3) }
        // Whether the directory verifies, left of who acts, where there is room for both.
        if let mark = verification.mark(unicode: unicode), width - end - 2 >= whoWidth + DisplayWidth.of(mark.text) + 2 {
            canvas.put(mark.text, x: width - whoWidth - DisplayWidth.of(mark.text) - 2, y: 0, role: mark.role)
        }
    }

    /// The keys that apply right now: the bottom line shows these unless a
    /// message is waiting to be read.
    var currentKeys: [(String, String)] {
        switch overlay {
        case .keys:
            let scrolls = keyListRows.count > keyListLines
            return [("Esc", ShellWords.close.text)] + (scrolls ? [(glyph("↑↓", "Up/Dn"), ShellWords.scroll.text)] : [])
        case let .form(form):
            let move = form.isParagraph ? (glyph("↑↓", "Up/Dn"), ShellWords.lines.text) : (glyph("←→", "<-->"), ShellWords.choose.text)
            return [("Tab", ShellWords.nextField.text), move, ("Enter", form.submitLabel), ("Esc", ShellWords.cancel.text)]
        case .confirm: return [(Language.current == .nl ? "j" : "y", ShellWords.yes.text), ("n", ShellWords.no.text)]
        case nil: break
        }
        return paneKeymap.keyLine
    }

    func renderBottomLine(into canvas: inout Canvas) {
        let y = height - 1
        canvas.fill(x: 0, y: y, width: width, height: 1, role: .statusBar)
        if let message {
            let role: StyleRole = message.kind == .error ? .error : message.kind == .warning ? .warning : (message.kind == .success ? .success : .message)
            canvas.put(" " + message.text, x: 0, y: y, role: role, maxWidth: width)
            return
        }
        // Keys in the pane's order while they fit; help and quit always
        // stay, so on a narrow screen the rarer keys give way, never `?` or `q`.
        let keys = currentKeys
        func need(_ k: (String, String)) -> Int { DisplayWidth.of(k.0) + DisplayWidth.of(k.1) + 3 }
        let essential = keys.filter { $0.0 == "?" || $0.0 == "q" }
        var room = width - 1 - essential.reduce(0) { $0 + need($1) }
        var shown: [(String, String)] = []
        for k in keys {
            if k.0 == "?" || k.0 == "q" { shown.append(k); continue }
            if need(k) > room { continue }
            room -= need(k)
            shown.append(k)
        }
        var x = 1
        for (key, what) in shown {
            if x + DisplayWidth.of(key) + DisplayWidth.of(what) + 3 > width { break }
            x += canvas.put(key, x: x, y: y, role: .statusKey)
            x += canvas.put(" \(what)  ", x: x, y: y, role: .statusBar)
        }
    }

    /// Every key of the current pane, for `?`, and the shell's own.
    var keyHelp: [(String, String)] {
        paneKeymap.helpList + [("Ctrl-L", ShellWords.redraw.text), ("?", ShellWords.thisList.text), ("q  Ctrl-C", ShellWords.quit.text)]
    }

    /// The key list's box: as wide as the screen allows up to 84 columns.
    var keyListWidth: Int { min(width - 4, 84) }
    /// Rows of keys the box has room for: the screen less its border, a blank line above and below, and the bottom line.
    var keyListLines: Int { max(1, height - 6) }
    var keyListRows: [(String, String)] {
        Self.keyRows(keyHelp, room: keyListWidth - 21)
    }

    func renderKeys(top: Int, into canvas: inout Canvas) {
        let w = keyListWidth
        let rows = keyListRows
        let h = min(height - 2, rows.count + 4)
        let x = (width - w) / 2, y = max(1, (height - h) / 2)
        canvas.fill(x: x, y: y, width: w, height: h, role: .normal)
        canvas.box(x: x, y: y, width: w, height: h, title: ShellWords.keysTitle(pane == .members && capacityView != nil ? ShellWords.capacity.text : pane.title).text)
        // A terminal made taller since the list was scrolled shows its end, not a gap.
        let top = min(top, max(0, rows.count - (h - 4)))
        let shown = rows.dropFirst(top).prefix(h - 4)
        for (i, (k, what)) in shown.enumerated() {
            canvas.put(k, x: x + 2, y: y + 2 + i, role: .statusKey, maxWidth: 16)
            canvas.put(what, x: x + 19, y: y + 2 + i, role: .normal, maxWidth: w - 21)
        }
        // Rows above or below the box: said on its frame, as the lists say "↓ more".
        if top > 0 { canvas.put(" \(glyph("↑", "^")) ", x: x + w - 6, y: y, role: .dim) }
        if top + shown.count < rows.count { canvas.put(" \(glyph("↓", "v")) \(ShellWords.more.text) ", x: x + 2, y: y + h - 1, role: .dim) }
    }

    /// The key list's rows: a description longer than `room` goes on under
    /// its key, whole. At 80 columns several descriptions (English and Dutch
    /// alike) were cut mid-word with nothing to say so; a list longer than
    /// the screen scrolls instead.
    static func keyRows(_ keys: [(String, String)], room: Int) -> [(String, String)] {
        keys.flatMap { k, what -> [(String, String)] in
            guard DisplayWidth.of(what) > room else { return [(k, what)] }
            return wrap(what, width: room).enumerated().map { i, line in (i == 0 ? k : "", line) }
        }
    }

    func renderConfirm(_ c: Confirmation, into canvas: inout Canvas) {
        let w = min(width - 4, 64)
        let lines = Self.wrap(c.question, width: w - 4)
        let h = lines.count + 4
        let x = (width - w) / 2, y = max(1, (height - h) / 2)
        canvas.fill(x: x, y: y, width: w, height: h, role: .normal)
        canvas.box(x: x, y: y, width: w, height: h, title: ShellWords.areYouSure.text, role: .warning)
        for (i, l) in lines.enumerated() { canvas.put(l, x: x + 2, y: y + 1 + i, role: .normal, maxWidth: w - 4) }
        canvas.put(ShellWords.yesNoHint(dot: dot).text, x: x + 2, y: y + h - 2, role: .dim)
    }
}
