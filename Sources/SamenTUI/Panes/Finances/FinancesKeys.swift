import SamenCore

extension AppModel {
    var financesListHeight: Int { FinancesLayout(width: width, height: height).listHeight }

    /// Whether the pane wants every key itself (typing a filter), before the
    /// dashboard's own keys (q, ?, 1-4, Tab) are looked at.
    var financesCaptureKeys: Bool { finances.filtering }

    /// New data: rebuilt now if the pane is on screen, else when next shown
    /// (the index walks the whole ledger: not worth it on every reload).
    mutating func financesDataChanged() {
        finances.stale = true
        if pane == .finances { refreshFinancesIfStale() }
    }

    mutating func refreshFinancesIfStale() {
        guard finances.stale else { return }
        finances.stale = false
        finances.rebuild(state: state, today: today)
        finances.applyFilter(state: state)
        finances.keepSelectionVisible(listHeight: financesListHeight)
        finances.prepare(state: state)
    }

    /// Keys while the Finances pane is in front.
    mutating func financesKey(_ key: Key) -> [Effect] {
        if finances.filtering { financesFilterKey(key); return [] }
        switch key {
        case .char("["): switchYear(by: -1); return []
        case .char("]"): switchYear(by: 1); return []
        case .left: switchFinancesView(to: finances.view.next(by: -1)); return []
        case .right: switchFinancesView(to: finances.view.next(by: 1)); return []
        case .char("n"):
            var form = FinanceForms.new(network: state.network, member: state.member(actingAs: actor)?.id, today: today,
                                        keepsTheBooks: state.keepsTheBooks(identity))
            form.notice = FinanceForms.contributionPreview(form, state: state)
            overlay = .form(form)
            return []
        case .char("/"):
            if finances.view != .ledger { switchFinancesView(to: .ledger) }
            finances.filtering = true
            finances.detailOnly = false
            return []
        case let .char(c):
            if let v = FinancesView.allCases.first(where: { $0.key == c }) { switchFinancesView(to: v); return [] }
        default: break
        }
        switch finances.view {
        case .ledger: return ledgerKey(key)
        case .statements: statementsKey(key)
        case .overview, .rates: pageKey(key)
        }
        return []
    }

    mutating func switchFinancesView(to v: FinancesView) {
        finances.view = v
        finances.pageScroll = 0
        finances.prepare(state: state)
        if v == .ledger { finances.keepSelectionVisible(listHeight: financesListHeight) }
    }

    /// `[` and `]`: the previous or next year there are entries for (up to
    /// this year). Every view follows; the report is worked out once per year.
    mutating func switchYear(by step: Int) {
        let next = finances.year + step
        guard finances.years.contains(next) else {
            message = StatusLine(text: step < 0 ? "no entries before \(finances.year)" : "\(finances.year) is the last year with entries", kind: .info)
            return
        }
        // The member whose statement is shown stays shown, in the other year.
        let member = finances.yearStatements.indices.contains(finances.statementSelection)
            ? finances.yearStatements[finances.statementSelection].member : nil
        finances.year = next
        finances.cursor = LedgerCursor()
        finances.pageScroll = 0
        finances.applyFilter(state: state)
        finances.keepSelectionVisible(listHeight: financesListHeight)
        finances.prepare(state: state)
        finances.prepareText(state: state)
        if finances.view == .statements {
            if let member, let at = finances.yearStatements.firstIndex(where: { $0.member == member }) {
                finances.statementSelection = at
            } else {
                finances.statementOpen = false
            }
            finances.statementScroll = 0
            moveStatement(by: 0)
            if finances.statementOpen { finances.prepareReport(state: state) }
        }
    }

    /// Up, down, pages, first and last in a view that is a page of text.
    mutating func pageKey(_ key: Key) {
        let page = max(1, financesListHeight - 1)
        switch key {
        case .up, .char("k"): finances.pageScroll -= 1
        case .down, .char("j"): finances.pageScroll += 1
        case .pageUp: finances.pageScroll -= page
        case .pageDown: finances.pageScroll += page
        case .home, .char("g"): finances.pageScroll = 0
        case .end, .char("G"): finances.pageScroll = Int.max / 2
        default: return
        }
        finances.pageScroll = max(0, min(finances.pageScroll, financesPageLength - FinancesLayout(width: width, height: height).pageHeight))
    }

    /// How many lines the page shown has, so scrolling stops at its end.
    var financesPageLength: Int {
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
            return finances.statementOpen && finances.statementSelection < list.count ? statementLines(list[finances.statementSelection]).count : 0
        case .ledger: return 0
        }
    }

    /// Keys of the ledger list (and of an entry open full size).
    mutating func ledgerKey(_ key: Key) -> [Effect] {
        let h = financesListHeight
        let page = max(1, h - 1)
        switch key {
        case .up, .char("k"): finances.move(by: -1, listHeight: h)
        case .down, .char("j"): finances.move(by: 1, listHeight: h)
        case .pageUp: finances.move(by: -page, listHeight: h)
        case .pageDown: finances.move(by: page, listHeight: h)
        case .home, .char("g"): finances.selectRow(0, listHeight: h)
        case .end, .char("G"): finances.selectRow(finances.rows.count - 1, listHeight: h)
        case .enter:
            if finances.selectedEntry != nil { finances.detailOnly.toggle() }
        case .escape:
            if finances.detailOnly { finances.detailOnly = false }
            else if !finances.filter.isEmpty { finances.filter = ""; finances.cursor.scroll = 0; finances.applyFilter(state: state); finances.keepSelectionVisible(listHeight: h) }
        case .char("r"):
            guard let e = finances.selectedEntry else {
                message = StatusLine(text: "no entry selected", kind: .info)
                return []
            }
            // A correction, or an entry already corrected, is refused at once in
            // the domain's words. The domain refuses these before it appends
            // anything, so trying it on a copy costs no copy of the ledger.
            // So is someone else's entry for a person who does not keep the
            // books: the rights are checked first too, before a reason is asked.
            let own = (e.kind == .revenue || e.kind == .payment) && e.member != nil && state.member(actingAs: actor)?.id == e.member
            let refusedAtOnce = e.kind == .correction || finances.index.correctedBy[e.id] != nil
                || (!state.keepsTheBooks(identity) && !own)
            if refusedAtOnce, let refusal = dryRun([.correctLedgerEntry(entry: e.id, reason: "-", date: today)]) {
                message = StatusLine(text: "not allowed: \(refusal)", kind: .error)
                return []
            }
            overlay = .form(FinanceForms.correct(e, today: today))
        default: break
        }
        return []
    }

    /// Keys while typing a ledger filter: each one narrows the year's entries.
    mutating func financesFilterKey(_ key: Key) {
        let h = financesListHeight
        switch key {
        case .escape:
            finances.filter = ""
            finances.filtering = false
        case .enter, .tab:
            finances.filtering = false
            return
        case .down, .up:
            finances.filtering = false
            finances.move(by: key == .down ? 1 : -1, listHeight: h)
            return
        case .backspace:
            if !finances.filter.isEmpty { finances.filter.removeLast() }
        case .ctrl("u"):
            finances.filter = ""
        case let .char(c):
            finances.filter.append(c)
        default:
            return
        }
        finances.cursor = LedgerCursor()
        finances.applyFilter(state: state)
        finances.keepSelectionVisible(listHeight: h)
    }

    /// A finance form's keys: editing (the contribution preview follows what
    /// is typed), cancelling, or turning into a change: a new entry is
    /// saved at once, a correction is asked about first.
    mutating func updateFinanceForm(_ current: FormState, _ key: Key) -> [Effect] {
        var form = current
        switch form.key(key) {
        case .editing:
            form.notice = FinanceForms.contributionPreview(form, state: state)
            overlay = .form(form)
            return []
        case .cancelled:
            overlay = nil
            message = StatusLine(text: "cancelled; nothing saved", kind: .info)
            return []
        case .submitted:
            break
        }
        let change: Change
        switch FinanceForms.change(from: form) {
        case let .success(c): change = c
        case let .failure(problem):
            form.showError(problem.message, field: problem.field)
            overlay = .form(form)
            return []
        }
        if case let .correctLedgerEntry(id, reason, date) = change {
            guard !reason.isEmpty else {
                form.showError("a correction needs a reason: why is entry \(id) reversed?", field: "reason")
                overlay = .form(form)
                return []
            }
            let what = finances.index.entry(id).map { describe($0) } ?? "entry \(id)"
            var question = "Correct \(what)? A correction dated \(date.map(\.iso) ?? "on the entry's date") reverses it (\"\(reason)\"); nothing is deleted."
            if let e = finances.index.entry(id), e.kind == .revenue, let c = finances.index.contribution(of: id) {
                question += " Its contribution (\(c.amount.format(state.network.moneyStyle))) is reversed with it."
            }
            overlay = .confirm(Confirmation(question: question, change: change, origin: .confirmation))
            return []
        }
        form.submitting = true
        overlay = .form(form)
        return [.apply(change, .financeForm)]
    }

    /// "cost € 1.180,00 of 2026-09-03 (computers, IT-beheer Midden)", for questions.
    func describe(_ e: LedgerEntry) -> String {
        let style = state.network.moneyStyle
        var parts: [String] = []
        if let m = e.member { parts.append(state.member(m)?.name ?? m) }
        if let c = e.category { parts.append(c) }
        if let p = e.payee { parts.append(p) }
        return "entry \(e.id), \(e.kind.rawValue) \(e.amount.format(style)) of \(e.date)" + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
    }

    /// A saved ledger change: the ledger shows it, selected, in its year.
    mutating func financesApplied(_ outcome: ChangeOutcome) {
        guard pane == .finances, let first = outcome.ledgerAppended.first else { return }
        refreshFinancesIfStale()
        finances.view = .ledger
        finances.detailOnly = false
        // What came with it (a revenue's contribution) in view too, below the entry itself.
        if let last = outcome.ledgerAppended.last, last.id != first.id {
            finances.select(entry: last.id, state: state, listHeight: financesListHeight)
        }
        finances.select(entry: first.id, state: state, listHeight: financesListHeight)
    }

    /// The wheel scrolls; a click on a view's tab opens it, on a row selects it.
    mutating func financesMouse(_ m: MouseEvent) -> [Effect] {
        let layout = FinancesLayout(width: width, height: height)
        switch m.kind {
        case .wheelUp, .wheelDown:
            let step = m.kind == .wheelUp ? -3 : 3
            switch finances.view {
            case .ledger: finances.move(by: step, listHeight: layout.listHeight)
            case .statements: moveStatement(by: step)
            case .overview, .rates: finances.pageScroll = max(0, finances.pageScroll + step)
            }
        case .click:
            if m.y == layout.viewsY, let hit = financesViewTabs.first(where: { m.x >= $0.x && m.x < $0.x + DisplayWidth.of($0.label) }) {
                switchFinancesView(to: hit.view)
                return []
            }
            let row = m.y - layout.firstRowY
            if finances.view == .ledger, !finances.detailOnly, row >= 0, row < layout.listHeight, m.x < layout.listWidth {
                finances.selectRow(finances.cursor.scroll + row, listHeight: layout.listHeight)
            }
            // Statements: the list starts two rows under the view bar (a line of text, the header).
            let statementRow = m.y - layout.pageTop - 2
            if finances.view == .statements, !finances.statementOpen, statementRow >= 0, statementRow < statementListHeight {
                moveStatement(by: finances.statementScroll + statementRow - finances.statementSelection)
            }
        }
        return []
    }
}
