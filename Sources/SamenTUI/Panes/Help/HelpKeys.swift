import SamenCore

/// What the help pane does in answer to keys, the mouse and its forms, on
/// the pane itself; what it needs of the shell (a form, a question, a
/// message, a save) it asks through `PaneIO`.
extension HelpPane {
    /// The rows that fit the pane's area (the directory's layout).
    static func listHeight(_ area: Rect) -> Int { MembersLayout(width: area.width, height: area.height).listHeight }

    /// Brings the pane up to date with the data, if it fell behind while
    /// another pane was shown (it is only rebuilt when looked at).
    /// `nameRank` is the directory's name order, shared so it is sorted once.
    mutating func refreshIfStale(_ ctx: PaneContext, nameRank: [Int], area: Rect) {
        guard stale else { return }
        rebuild(state: ctx.state, actor: ctx.actor, today: ctx.today, nameRank: nameRank)
        keepSelectionVisible(listHeight: Self.listHeight(area))
    }

    /// A click on a list's name switches to it; on a row, selects it; the wheel scrolls.
    mutating func mouse(_ m: MouseEvent, area: Rect) {
        let h = Self.listHeight(area)
        if m.kind == .click, m.y == 1, let l = listTab(atColumn: m.x) {
            switchList(by: l.rawValue - list.rawValue, listHeight: h)
            return
        }
        let layout = MembersLayout(width: area.width, height: area.height)
        listMouse(m, firstRowY: layout.firstRowY, listHeight: h, inList: !detailOnly && m.x < layout.listWidth)
    }

    // MARK: Actions on the selected request.
    //
    // Each first asks the domain whether the change could be made at all, on
    // a copy of the state (`PaneIO.refusal`), so a refusal ("request 3 is
    // closed") comes before any typing, in the rule's own words.

    private func selectedRequestOrSay(_ verb: String, _ io: inout PaneIO) -> HelpRequest? {
        guard let r = selectedRequestRecord else {
            io.say((list == .share ? HelpWords.worksOnRequest(key: verb) : .noRequestSelected).text)
            return nil
        }
        return r
    }

    private func refuse(_ text: String, _ io: inout PaneIO) { io.say(HelpWords.notPossible(text).text, .error) }

    func offerHelp(_ io: inout PaneIO) {
        guard let r = selectedRequestOrSay("o", &io) else { return }
        guard let me else {
            return refuse(HelpWords.youActAs(actor: io.context.actor).text, &io)
        }
        if let no = io.refusal(of: .offerHelp(request: r.id, member: me, note: "")) { return refuse(no, &io) }
        io.open(HelpForms.offer(r, askerName: name(r.from)))
    }

    func acceptAnOffer(_ io: inout PaneIO) {
        guard let r = selectedRequestOrSay("m", &io) else { return }
        guard let first = r.offers.first else { return refuse(HelpWords.noOffersYet(id: r.id).text, &io) }
        if let no = io.refusal(of: .acceptOffer(request: r.id, member: first.member)) { return refuse(no, &io) }
        io.open(HelpForms.accept(r, names: names))
    }

    func closeRequest(_ io: inout PaneIO) {
        guard let r = selectedRequestOrSay("c", &io) else { return }
        if let no = io.refusal(of: .closeRequest(request: r.id, note: "")) { return refuse(no, &io) }
        io.open(HelpForms.close(r))
    }

    func withdrawRequest(_ io: inout PaneIO) {
        guard let r = selectedRequestOrSay("w", &io) else { return }
        if let no = io.refusal(of: .withdrawRequest(request: r.id)) { return refuse(no, &io) }
        io.confirm(Confirmation(
            question: HelpWords.withdrawQuestion(id: r.id, text: String(r.text.prefix(60))).text,
            change: .withdrawRequest(request: r.id), origin: .confirmation))
    }

    /// A help form sent with Enter: its change saved, or asked about first
    /// (closing without a note), or what is wrong shown beside its field.
    func submit(_ form: FormState, _ io: inout PaneIO) {
        let result = HelpForms.change(from: form, me: me, today: io.context.today)
        if case let .success(.closeRequest(id, note)) = result, note.trimmingSpacesTUI().isEmpty, !form.confirmed {
            // What came of a request is what the next person who asks learns from.
            var form = form
            form.ask(HelpWords.closeWithoutNote(id: id).text, field: "note")
            io.open(form)
            return
        }
        io.save(result, from: form)
    }

    /// The request a saved change added, to be shown where it landed.
    static func newRequest(in outcome: ChangeOutcome) -> Int? {
        if case let .addRequest(r) = outcome.applied { return r.id }
        return nil
    }
}
