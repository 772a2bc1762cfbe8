import SamenCore

/// What the Finances pane does in answer to keys, the mouse and new data,
/// on the pane itself; what it needs of the shell (a form, a question, a
/// message, a save) it asks through `PaneIO`.
extension FinancesPane {
    /// The ledger rows that fit the pane's area.
    static func listHeight(_ area: Rect) -> Int { FinancesLayout(width: area.width, height: area.height).listHeight }
    /// The statements list's rows: the page under a line of text and the header.
    static func statementListHeight(_ area: Rect) -> Int { max(1, FinancesLayout(width: area.width, height: area.height).pageHeight - 2) }

    /// The pane as drawn now, for what a key needs to know of a page (its length).
    func screen(_ io: PaneIO) -> FinancesScreen { FinancesScreen(finances: self, context: io.context, area: io.area) }

    /// Brings the pane up to date with the data, if it fell behind while
    /// another pane was shown (it is only rebuilt when looked at).
    mutating func refreshIfStale(_ ctx: PaneContext, area: Rect) {
        guard stale else { return }
        stale = false
        rebuild(state: ctx.state, today: ctx.today)
        applyFilter(state: ctx.state)
        keepSelectionVisible(listHeight: Self.listHeight(area))
        prepare(state: ctx.state)
    }

    /// `n`: a new ledger entry, with the contribution a revenue would bring.
    func openNewEntry(_ io: inout PaneIO) {
        let state = io.context.state
        var form = FinanceForms.new(network: state.network, member: state.member(actingAs: io.context.actor)?.id, today: io.context.today,
                                    keepsTheBooks: state.keepsTheBooks(io.context.identity))
        form.today = io.context.today
        form.notice = FinanceForms.contributionPreview(form, state: state)
        io.open(form)
    }

    mutating func switchView(to v: FinancesView, _ io: PaneIO) {
        view = v
        pageScroll = 0
        prepare(state: io.context.state)
        if v == .ledger { keepSelectionVisible(listHeight: Self.listHeight(io.area)) }
    }

    /// `[` and `]`: the previous or next year there are entries for (up to
    /// this year). Every view follows; the report is worked out once per year.
    mutating func switchYear(by step: Int, _ io: inout PaneIO) {
        let state = io.context.state
        let next = year + step
        guard years.contains(next) else {
            return io.say((step < 0 ? FinancesWords.noEntriesBefore(year: year) : .lastYearWithEntries(year: year)).text)
        }
        // The member whose statement is shown stays shown, in the other year.
        let member = yearStatements.indices.contains(statementCursor.selection)
            ? yearStatements[statementCursor.selection].member : nil
        year = next
        resetCursor()
        pageScroll = 0
        applyFilter(state: state)
        keepSelectionVisible(listHeight: Self.listHeight(io.area))
        prepare(state: state)
        if view == .statements {
            if let member, let at = yearStatements.firstIndex(where: { $0.member == member }) {
                statementCursor.selection = at
            } else {
                statementOpen = false
            }
            statementCursor.scroll = 0
            moveStatement(by: 0, io.area)
            if statementOpen { prepareReport(state: state) }
        }
    }

    /// Up, down, pages, first and last in a view that is a page of text.
    mutating func pageKey(_ key: Key, _ io: PaneIO) {
        guard let motion = ListMotion(key: key, page: Self.listHeight(io.area) - 1) else { return }
        scrollPage(motion, io)
    }

    /// A page of text scrolls by lines; it stops where its last line shows.
    mutating func scrollPage(_ motion: ListMotion, _ io: PaneIO) {
        let last = max(0, screen(io).pageLength - FinancesLayout(width: io.area.width, height: io.area.height).pageHeight)
        pageScroll = motion.target(from: pageScroll, count: last + 1)
    }

    /// Esc in the ledger: back from an entry open full size, else the filter cleared.
    mutating func ledgerBack(_ io: PaneIO) {
        if detailOnly { detailOnly = false }
        else if !filter.isEmpty {
            filter = ""
            cursor.scroll = 0
            applyFilter(state: io.context.state)
            keepSelectionVisible(listHeight: Self.listHeight(io.area))
        }
    }

    /// Keys of the statements view: a member list, or one statement open.
    mutating func statementsKey(_ key: Key, _ io: PaneIO) {
        let h = Self.statementListHeight(io.area)
        if statementOpen {
            switch key {
            case .escape, .enter: statementOpen = false; pageScroll = 0
            default: pageKey(key, io)
            }
            return
        }
        if let motion = ListMotion(key: key, page: h - 1) {
            statementCursor.apply(motion, count: yearStatements.count, height: h)
            return
        }
        switch key {
        case .enter:
            guard !yearStatements.isEmpty else { return }
            // The partner's share line needs the year's result.
            statementOpen = true
            pageScroll = 0
            prepareReport(state: io.context.state)
        default: break
        }
    }

    mutating func moveStatement(by step: Int, _ area: Rect) {
        statementCursor.apply(.by(step), count: yearStatements.count, height: Self.statementListHeight(area))
    }

    /// `r`: correcting the selected entry, refused at once where the domain would refuse it.
    func askCorrection(_ io: inout PaneIO) {
        let state = io.context.state, today = io.context.today
        guard let e = selectedEntry else { return io.say(FinancesWords.noEntrySelected.text) }
        // A correction, or an entry already corrected, is refused at once in
        // the domain's words. The domain refuses these before it appends
        // anything, so trying it on a copy costs no copy of the ledger.
        // So is someone else's entry for a person who does not keep the
        // books: the rights are checked first too, before a reason is asked.
        let own = (e.kind == .revenue || e.kind == .payment) && e.member != nil && state.member(actingAs: io.context.actor)?.id == e.member
        let refusedAtOnce = e.kind == .correction || index.correctedBy[e.id] != nil
            || (!state.keepsTheBooks(io.context.identity) && !own)
        if refusedAtOnce, let refusal = io.dryRun([.correctLedgerEntry(entry: e.id, reason: "-", date: today)]) {
            return io.say(FinancesWords.notAllowed("\(refusal)").text, .error)
        }
        io.open(FinanceForms.correct(e, today: today))
    }

    /// A finance form sent with Enter: a new entry is saved at once, a
    /// correction is asked about first.
    func submit(_ current: FormState, _ io: inout PaneIO) {
        let state = io.context.state
        var form = current
        // A payout without an amount pays out all the network owes the partner, as `samen ledger payout` does.
        if form.purpose == .newLedgerEntry, FinancesWords.ledgerKind(form.value("kind")) == .payout, form.value("amount").trimmingSpacesTUI().isEmpty,
           let m = state.member(form.value("member").trimmingSpacesTUI()), state.owedToPartner(m.id).cents > 0,
           let i = form.fields.firstIndex(where: { $0.key == "amount" }) {
            form.fields[i].value = state.owedToPartner(m.id).format(state.network.moneyStyle, symbol: false)
        }
        let change: Change
        let result = if case .shareCost = form.purpose { CostShareForm.change(from: form, state: state) } else { FinanceForms.change(from: form) }
        switch result {
        case let .success(c): change = c
        case let .failure(problem):
            form.showError(problem.message, field: problem.field)
            return io.open(form)
        }
        if case let .correctLedgerEntry(id, reason, date) = change {
            guard !reason.isEmpty else {
                form.showError(FinancesWords.needsReason(entry: id).text, field: "reason")
                return io.open(form)
            }
            let what = index.entry(id).map { Self.describe($0, state) } ?? FinancesWords.entry(id).text
            // In the form's words first: a date the domain refuses never reaches the question.
            if let refusal = io.refusing([change]) {
                form.showRefusal(refusal)
                return io.open(form)
            }
            var question = date.map { FinancesWords.correctQuestionDated(what: what, day: $0.spoken, reason: reason).text }
                ?? FinancesWords.correctQuestion(what: what, reason: reason).text
            if let date, let e = index.entry(id), date != e.date {
                // Another date than the entry's moves its money there: said before it is saved.
                question = FinancesWords.correctOtherDay(what: what, day: date.spoken).text
                    + (date.year != e.date.year
                        ? FinancesWords.movesYear(amount: e.amount.format(state.network.moneyStyle), from: e.date.year, to: date.year).text
                        : FinancesWords.countsFrom(date.spoken, instead: e.date.spoken).text)
                    + FinancesWords.reversesNothingDeleted(reason: reason).text
            }
            if let e = index.entry(id), e.kind == .revenue, let c = index.contribution(of: id) {
                question += FinancesWords.contributionReversed(c.amount.format(state.network.moneyStyle)).text
            }
            return io.confirm(Confirmation(question: question, change: change, origin: .confirmation))
        }
        io.save(.success(change), from: form)
    }

    /// "cost € 1.180,00 of 2026-09-03 (computers, IT-beheer Midden)", for questions.
    static func describe(_ e: LedgerEntry, _ state: NetworkState) -> String {
        let style = state.network.moneyStyle
        var parts: [String] = []
        if let m = e.member { parts.append(state.member(m)?.name ?? m) }
        if let c = e.category { parts.append(c) }
        if let p = e.payee { parts.append(p) }
        return FinancesWords.describe(entry: e.id, kind: FinancesWords.kind(e.kind).text, amount: e.amount.format(style), day: e.date.spoken,
                                      parts: parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))").text
    }

    /// The wheel scrolls; a click on a view's tab opens it, on a row selects it.
    mutating func mouse(_ m: MouseEvent, _ io: PaneIO) {
        let layout = FinancesLayout(width: io.area.width, height: io.area.height)
        switch m.kind {
        case .wheelUp, .wheelDown:
            let step = m.kind == .wheelUp ? -ListMotion.wheelStep : ListMotion.wheelStep
            switch view {
            case .ledger: move(by: step, listHeight: layout.listHeight)
            case .statements: moveStatement(by: step, io.area)
            case .overview, .rates: scrollPage(.by(step), io)
            }
        case .click:
            if m.y == layout.barY, let hit = FinancesScreen.viewTabs.first(where: { m.x >= $0.x && m.x < $0.x + DisplayWidth.of($0.label) }) {
                return switchView(to: hit.view, io)
            }
            if view == .ledger {
                listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight,
                          inList: !detailOnly && m.x < layout.listWidth)
            }
            // Statements: the list starts two rows under the view bar (a line of text, the header).
            let count = yearStatements.count, h = Self.statementListHeight(io.area)
            if view == .statements, !statementOpen,
               let row = statementCursor.row(atY: m.y, firstRowY: layout.pageTop + 2, count: count, height: h) {
                statementCursor.select(row, count: count, height: h)
            }
        }
    }
}

extension FinancesScreen {
    /// How many lines the page shown has, so scrolling stops at its end.
    var pageLength: Int {
        switch finances.view {
        case .overview:
            guard let r = finances.report else { return 0 }
            let members = max(1, r.contributionsByMember.count) + 2
            if width >= 110 {
                let half = (width - 3) / 2
                return max(overviewSummary(r, width: half).count + 1 + members,
                           overviewCosts(r, width: width - half - 4).count + 1 + overviewMonths(r, width: width - half - 4).count)
            }
            let w = width - 2
            return overviewSummary(r, width: w).count + overviewCosts(r, width: w).count + overviewMonths(r, width: w).count + 3 + members
        case .rates: return ratesLines.count
        case .statements:
            let list = finances.yearStatements
            return finances.statementOpen && finances.statementCursor.selection < list.count ? statementLines(list[finances.statementCursor.selection]).count : 0
        case .ledger: return 0
        }
    }
}
