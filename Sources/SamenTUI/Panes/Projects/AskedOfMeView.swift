import SamenCore

/// "Asked of me" (`m` in Projects): the projects the acting member is asked
/// to join, newest first, open ones with their age and answered ones with the
/// answer; `y` says yes (with the hours they can give), `n` no (with a
/// reason). `a` shows every open question in the network instead, for the
/// partner who asked. The rows are read from the data on every draw, so an
/// answer given from the command line shows as soon as the dashboard reloads.
struct AskedOfMeView: Equatable {
    var selection = 0
    var scroll = 0
    /// Every open question, not only the acting member's.
    var all = false

    /// The questions shown, in order.
    func rows(_ ctx: PaneContext) -> [(project: Project, ask: JoinAsk)] {
        if all { return ctx.state.openAsks() }
        guard let me = ctx.state.member(actingAs: ctx.actor) else { return [] }
        return ctx.state.asks(of: me.id)
    }

    func selected(_ ctx: PaneContext) -> (project: Project, ask: JoinAsk)? {
        let r = rows(ctx)
        return r.isEmpty ? nil : r[min(selection, r.count - 1)]
    }

    // Rows 0 (tabs) and the last (keys) belong to the shell.
    static let titleY = 1, headerY = 3, firstRowY = 4
    /// Lines under the list for the selected question (asked by, note).
    static let detailRows = 4
    static func listHeight(_ area: Rect) -> Int { max(1, area.height - 1 - firstRowY - detailRows) }

    mutating func move(_ motion: ListMotion, count: Int, listHeight: Int) {
        guard count > 0 else { return }
        selection = motion.target(from: min(selection, count - 1), count: count)
        if selection < scroll { scroll = selection }
        if selection >= scroll + listHeight { scroll = selection - listHeight + 1 }
    }

    func render(into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let width = area.width, glyph = ctx.glyph, today = ctx.today, state = ctx.state
        let rows = self.rows(ctx)
        canvas.put((all ? AskWords.allOpenQuestions : .askedOfMe).text, x: 1, y: Self.titleY, role: .title)
        let me = state.member(actingAs: ctx.actor)
        if let me, !all { canvas.put(" " + ctx.dot + " " + TerminalText.sanitise(me.name), x: 1 + DisplayWidth.of(AskWords.askedOfMe.text), y: Self.titleY, role: .dim, maxWidth: width / 2) }
        // Columns: id, project title, asked by (or member, for all), hours, state.
        let idW = max(2, rows.map { String($0.project.id).count }.max() ?? 2)
        let stateW = min(24, max(DisplayWidth.of(AskWords.headerState.text), rows.map { DisplayWidth.of(JoinWords.state($0.ask, today: today).text) }.max() ?? 0))
        let hoursW = 5, whoW = min(20, max(8, width / 5))
        let titleW = max(8, width - 2 - idW - 2 - whoW - 2 - hoursW - 2 - stateW - 2)
        let xTitle = 1 + idW + 2, xWho = xTitle + titleW + 2, xHours = xWho + whoW + 2, xState = xHours + hoursW + 2
        canvas.fill(x: 0, y: Self.headerY, width: width, height: 1, role: .header)
        canvas.put("#", x: 1 + idW - 1, y: Self.headerY, role: .header)
        canvas.put(AskWords.headerProject.text, x: xTitle, y: Self.headerY, role: .header)
        canvas.put((all ? AskWords.headerMember : .headerAskedBy).text, x: xWho, y: Self.headerY, role: .header, maxWidth: whoW)
        canvas.put(AskWords.headerHours.text, x: xHours, y: Self.headerY, role: .header)
        canvas.put(AskWords.headerState.text, x: xState, y: Self.headerY, role: .header, maxWidth: width - xState - 1)
        let listHeight = Self.listHeight(area)
        if rows.isEmpty {
            let why = all ? AskWords.noOpenQuestions : me == nil ? .notAMember : .nothingAskedOfYou
            canvas.put(why.text, x: 2, y: Self.firstRowY + 1, role: .dim, maxWidth: width - 4)
        }
        let fit = { (t: String, w: Int) in DisplayWidth.fit(TerminalText.sanitise(t), w, pad: false, ellipsis: glyph("…", "~")) }
        let sel = min(selection, max(0, rows.count - 1))
        for (k, row) in rows.enumerated().dropFirst(scroll).prefix(listHeight) {
            let y = Self.firstRowY + k - scroll
            let selected = k == sel
            let base: StyleRole = selected ? .selection : .normal
            if selected { canvas.fill(x: 0, y: y, width: width, height: 1, role: .selection) }
            let id = String(row.project.id)
            canvas.put(id, x: 1 + idW - id.count, y: y, role: base)
            canvas.put(fit(row.project.title + " " + ctx.dot + " " + row.project.client, titleW), x: xTitle, y: y, role: base)
            let who = all ? row.ask.member : row.ask.by
            canvas.put(fit(state.member(who)?.name ?? who, whoW), x: xWho, y: y, role: base)
            let h = row.ask.hoursPerWeek.shown
            canvas.put(h, x: xHours + hoursW - h.count, y: y, role: base)
            let role: StyleRole = selected ? .selection : row.ask.isOpen ? .accent : (row.ask.answer.map { if case .yes = $0 { return StyleRole.success } else { return StyleRole.dim } } ?? .normal)
            canvas.put(fit(JoinWords.state(row.ask, today: today).text, width - xState - 1), x: xState, y: y, role: role)
        }
        guard let (p, ask) = rows.isEmpty ? nil : rows[sel] else { return }
        let top = area.height - 1 - Self.detailRows
        canvas.horizontalLine(x: 0, y: top, width: width)
        let by = state.member(ask.by)?.name ?? ask.by
        canvas.put(fit(AskWords.askedBy(by, on: ask.at.day, hours: ask.hoursPerWeek).text + "  " + ctx.dot + "  " + p.period.start.shown + " – " + p.period.end.shown + " " + ctx.dot + " " + p.city, width - 2),
                   x: 1, y: top + 1, role: .label)
        if !ask.note.isEmpty { canvas.put(fit("“" + ask.note + "”", width - 2), x: 1, y: top + 2, role: .normal) }
        if case let .no(_, note, _)? = ask.answer, !note.isEmpty {
            canvas.put(fit(JoinWords.state(ask, today: today).text + " " + ctx.dot + " " + note, width - 2), x: 1, y: top + 3, role: .dim)
        }
    }
}

extension ProjectsPane {
    /// `m`: "Asked of me" over the pane; Esc comes back.
    func askedOfMeOpener(_ ctx: PaneContext) -> [KeyBinding<ProjectsPane>] {
        [KeyBinding([.char("m")], line: detailOnly ? nil : (210, "m", AskWords.askedOfMeKey.text), help: ("m", AskWords.askedOfMeHelp.text)) { v, _, _ in
            v.askedOfMe = AskedOfMeView()
        }]
    }

    /// The keys of "Asked of me".
    func askedOfMeKeymap(_ view: AskedOfMeView, _ ctx: PaneContext) -> Keymap<ProjectsPane> {
        let glyph = ctx.glyph
        let count = view.rows(ctx).count
        let open = view.selected(ctx).map { $0.ask.isOpen } ?? false
        return Keymap([
            KeyBinding.list(line: (0, glyph("↑↓", "Up/Dn"), AskWords.move.text), help: (glyph("↑ ↓  j k", "Up Down  j k"), ProjectsWords.move.text)) { v, io, k in
                let h = AskedOfMeView.listHeight(io.area)
                v.askedOfMe?.move(ListMotion(key: k, page: h - 1)!, count: count, listHeight: h)
            },
            KeyBinding([.char("y")], line: open ? (1, "y", AskWords.yesKey.text) : nil, help: ("y", AskWords.yesHelp.text)) { _, io, _ in
                Self.answer(view, yes: true, &io)
            },
            KeyBinding([.char("n")], line: open ? (2, "n", AskWords.noKey.text) : nil, help: ("n", AskWords.noHelp.text)) { _, io, _ in
                Self.answer(view, yes: false, &io)
            },
            KeyBinding([.char("a")], line: (3, "a", AskWords.allKey.text), help: ("a", AskWords.allHelp.text)) { v, _, _ in
                v.askedOfMe?.all.toggle()
                v.askedOfMe?.selection = 0
                v.askedOfMe?.scroll = 0
            },
            KeyBinding([.escape], line: (4, "Esc", AskWords.back.text), help: ("Esc", ProjectsWords.back.text)) { v, _, _ in v.askedOfMe = nil },
            .named(line: (5, "?", AskWords.keys.text)), .named(line: (6, "q", AskWords.quit.text)),
        ])
    }

    /// `y` or `n` on the selected question: the form, if the answer is the acting person's to give.
    static func answer(_ view: AskedOfMeView, yes: Bool, _ io: inout PaneIO) {
        guard let (p, ask) = view.selected(io.context) else { return io.say(AskWords.nothingAskedOfYou.text) }
        guard ask.isOpen else { return io.say(AskWords.alreadyAnswered.text) }
        let probe = Change.answerAsk(project: p.id, member: ask.member, reply: .no(reason: nil, note: ""))
        guard io.mayOpen(probe) else { return }
        io.open(yes ? AskForms.yes(p, ask) : AskForms.no(p, ask))
    }
}
