import SamenCore

extension MembersPane {
    /// `A`: the applicants and their applications over the directory.
    func applicantsKey() -> KeyBinding<MembersPane> {
        KeyBinding([.char("A")], line: detailOnly ? nil : (13, "A", ApplicantsWords.keyOpen.text),
                   help: ("A", ApplicantsWords.keyOpenHelp.text)) { v, io, _ in
            v.openApplicants(io.context, area: io.area)
        }
    }

    mutating func openApplicants(_ c: PaneContext, area: Rect) {
        var view = ApplicantsView()
        view.rebuild(state: c.state, today: c.today)
        view.keepSelectionVisible(listHeight: ApplicantsView.listHeight(area))
        applicantsView = view
    }

    /// The applicants' keys: moving, the whole application, and the steps
    /// of an application, each a form. The same list makes the bottom line and `?`.
    /// The bottom line keeps the steps (v c a d) before the arrows: in Dutch
    /// at 80 columns not all fit, and the list's highlight and the
    /// application's "↓ more" already say the arrows are there. An
    /// application that fits on the pane has nothing to scroll, so its
    /// bottom line does not offer it.
    func applicantsKeymap(context ctx: PaneContext, area: Rect) -> Keymap<MembersPane> {
        let glyph = ctx.glyph
        let full = applicantsView?.full ?? false
        let arrows: (Int, String, String)? = !full ? (7, glyph("↑↓", "Up/Dn"), ApplicantsWords.keyMove.text)
            : applicantsView?.scrolls(area: area, context: ctx) == true ? (7, glyph("↑↓", "Up/Dn"), ShellWords.scroll.text) : nil
        return Keymap([
            KeyBinding.list(line: arrows,
                            help: (glyph("↑ ↓  j k", "Up Down  j k"), full ? ApplicantsWords.keyScrollHelp.text : ApplicantsWords.keyMoveHelp.text)) { v, io, k in
                if v.applicantsView?.full == true {
                    v.applicantsView?.scrollApplication(k, area: io.area, context: io.context)
                } else {
                    _ = v.applicantsView?.listKey(k, listHeight: ApplicantsView.listHeight(io.area))
                }
            },
            .named(help: ("PgUp PgDn", full ? ApplicantsWords.keyScrollPage.text : MembersWords.keyPage.text)),
            .named(help: ("g G  Home End", full ? ApplicantsWords.keyScrollEnds.text : MembersWords.keyFirstLast.text)),
        ] + KeyBinding.paneSwitchHelp + [
            KeyBinding([.enter], line: full ? nil : (10, "Enter", ApplicantsWords.keyApplication.text),
                       help: ("Enter", ApplicantsWords.keyApplicationHelp.text)) { v, _, _ in
                v.applicantsView?.full.toggle()
            },
            KeyBinding([.escape], line: (1, "Esc", ApplicantsWords.keyBack.text), help: ("Esc", ApplicantsWords.keyBackHelp.text)) { v, _, _ in
                if v.applicantsView?.full == true { v.applicantsView?.full = false } else { v.applicantsView = nil }
            },
            KeyBinding([.char("v")], line: (3, "v", ApplicantsWords.keyView.text), help: ("v", ApplicantsWords.keyViewHelp.text)) { v, io, _ in
                v.openAdmissionForm(.view, &io)
            },
            KeyBinding([.char("c")], line: (4, "c", ApplicantsWords.keyNote.text), help: ("c", ApplicantsWords.keyNoteHelp.text)) { v, io, _ in
                v.openAdmissionForm(.note, &io)
            },
            KeyBinding([.char("a")], line: (5, "a", ApplicantsWords.keyAdmit.text), help: ("a", ApplicantsWords.keyAdmitHelp.text)) { v, io, _ in
                v.openAdmissionForm(.admit, &io)
            },
            KeyBinding([.char("d")], line: (6, "d", ApplicantsWords.keyDecline.text), help: ("d", ApplicantsWords.keyDeclineHelp.text)) { v, io, _ in
                v.openAdmissionForm(.decline, &io)
            },
            .named(line: (8, "?", MembersWords.keyAllKeys.text)),
            .named(line: (9, "q", ShellWords.quit.text)),
            .named(line: (11, "1-4", MembersWords.keyPanes.text)),
        ])
    }

    /// A click selects an applicant; the wheel scrolls the list, or the
    /// application when it takes the whole pane.
    mutating func applicantsMouse(_ m: MouseEvent, area: Rect, context ctx: PaneContext) {
        if let view = applicantsView, view.full {
            guard let motion = ListMotion(wheel: m.kind), let e = view.selected else { return }
            applicantsView?.scrollApplication(motion, page: view.page(e, area: ApplicantsView.fullArea(area), context: ctx))
            return
        }
        let layout = ApplicantsView.layout(area)
        applicantsView?.listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight, inList: m.x < layout.listWidth)
    }
}
