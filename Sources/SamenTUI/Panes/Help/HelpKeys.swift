import SamenCore

extension AppModel {
    var helpListHeight: Int { MembersLayout(width: width, height: height).listHeight }

    /// Brings the help pane up to date with the data, if it fell behind
    /// while another pane was shown (it is only rebuilt when looked at).
    mutating func refreshHelpIfStale() {
        guard help.stale else { return }
        help.rebuild(state: state, actor: actor, today: today, nameRank: members.nameRank)
        help.keepSelectionVisible(listHeight: helpListHeight)
    }

    mutating func helpMouse(_ m: MouseEvent) {
        let h = helpListHeight
        if m.kind == .click, m.y == 1, let l = help.listTab(atColumn: m.x) {
            help.switchList(by: l.rawValue - help.list.rawValue, listHeight: h)
            return
        }
        let layout = MembersLayout(width: width, height: height)
        help.listMouse(m, firstRowY: layout.firstRowY, listHeight: h, inList: !help.detailOnly && m.x < layout.listWidth)
    }

    // MARK: Actions on the selected request.
    //
    // Each first asks the domain whether the change could be made at all, on
    // a copy of the state, so a refusal ("request 3 is closed") comes before
    // any typing, in the rule's own words, and the UI repeats no rule.

    /// The change's refusal, if the rules would refuse it now.
    func refusal(of change: Change) -> String? {
        var copy = state
        do {
            _ = try copy.apply(change, context: changeContext)
            return nil
        } catch {
            return "\(error)"
        }
    }

    private mutating func selectedRequestOrSay(_ verb: String) -> HelpRequest? {
        guard let r = help.selectedRequestRecord else {
            message = StatusLine(text: help.list == .share ? "\(verb) works on a request: go to Open (←)" : "no request selected", kind: .info)
            return nil
        }
        return r
    }

    private mutating func refuse(_ text: String) -> [Effect] {
        message = StatusLine(text: "not possible: \(text)", kind: .error)
        return []
    }

    mutating func offerHelp() -> [Effect] {
        guard let r = selectedRequestOrSay("o") else { return [] }
        guard let me = help.me else {
            return refuse("you act as '\(actor)', who is not a member here; start samen with --as LOGIN")
        }
        if let no = refusal(of: .offerHelp(request: r.id, member: me, note: "")) { return refuse(no) }
        overlay = .form(HelpForms.offer(r, askerName: help.name(r.from)))
        return []
    }

    mutating func acceptAnOffer() -> [Effect] {
        guard let r = selectedRequestOrSay("m") else { return [] }
        guard let first = r.offers.first else { return refuse("request \(r.id) has no offers yet") }
        if let no = refusal(of: .acceptOffer(request: r.id, member: first.member)) { return refuse(no) }
        overlay = .form(HelpForms.accept(r, names: help.names))
        return []
    }

    mutating func closeRequest() -> [Effect] {
        guard let r = selectedRequestOrSay("c") else { return [] }
        if let no = refusal(of: .closeRequest(request: r.id, note: "")) { return refuse(no) }
        overlay = .form(HelpForms.close(r))
        return []
    }

    mutating func withdrawRequest() -> [Effect] {
        guard let r = selectedRequestOrSay("w") else { return [] }
        if let no = refusal(of: .withdrawRequest(request: r.id)) { return refuse(no) }
        overlay = .confirm(Confirmation(
            question: "Withdraw request \(r.id), \"\(r.text.prefix(60))\"? It stays on record as withdrawn.",
            change: .withdrawRequest(request: r.id), origin: .confirmation))
        return []
    }

    /// A help form sent with Enter: its change saved, or asked about first
    /// (closing without a note), or what is wrong shown beside its field.
    mutating func submitHelpForm(_ form: FormState) -> [Effect] {
        let result = HelpForms.change(from: form, me: help.me, today: today)
        if case let .success(.closeRequest(id, note)) = result, note.trimmingSpacesTUI().isEmpty, !form.confirmed {
            // What came of a request is what the next person who asks learns from.
            var form = form
            form.ask("Close request \(id) without a note on what came of it? Enter closes it, any other key goes back", field: "note")
            overlay = .form(form)
            return []
        }
        return save(result, from: form)
    }

    /// After a saved change: show a new request where it landed.
    mutating func helpApplied(_ outcome: ChangeOutcome) {
        if case let .addRequest(r) = outcome.applied {
            if pane != .help { switchPane(to: .help) }
            help.select(request: r.id, listHeight: helpListHeight)
        }
    }
}
