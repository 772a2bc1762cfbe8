import SamenCore

extension AppModel {
    var financesListHeight: Int { FinancesLayout(width: width, height: height).listHeight }

    mutating func refreshFinancesIfStale() {
        guard finances.stale else { return }
        finances.stale = false
        finances.rebuild(state: state, today: today)
        finances.applyFilter(state: state)
        finances.keepSelectionVisible(listHeight: financesListHeight)
        finances.prepare(state: state)
    }

    /// `n`: a new ledger entry, with the contribution a revenue would bring.
    mutating func openNewEntry() {
        var form = FinanceForms.new(network: state.network, member: state.member(actingAs: actor)?.id, today: today,
                                    keepsTheBooks: state.keepsTheBooks(identity))
        form.notice = FinanceForms.contributionPreview(form, state: state)
        overlay = .form(form)
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
        let member = finances.yearStatements.indices.contains(finances.statementCursor.selection)
            ? finances.yearStatements[finances.statementCursor.selection].member : nil
        finances.year = next
        finances.resetCursor()
        finances.pageScroll = 0
        finances.applyFilter(state: state)
        finances.keepSelectionVisible(listHeight: financesListHeight)
        finances.prepare(state: state)
        finances.prepareText(state: state)
        if finances.view == .statements {
            if let member, let at = finances.yearStatements.firstIndex(where: { $0.member == member }) {
                finances.statementCursor.selection = at
            } else {
                finances.statementOpen = false
            }
            finances.statementCursor.scroll = 0
            moveStatement(by: 0)
            if finances.statementOpen { finances.prepareReport(state: state) }
        }
    }

    /// Up, down, pages, first and last in a view that is a page of text.
    mutating func pageKey(_ key: Key) {
        guard let motion = ListMotion(key: key, page: financesListHeight - 1) else { return }
        scrollPage(motion)
    }

    /// A page of text scrolls by lines; it stops where its last line shows.
    mutating func scrollPage(_ motion: ListMotion) {
        let last = max(0, financesPageLength - FinancesLayout(width: width, height: height).pageHeight)
        finances.pageScroll = motion.target(from: finances.pageScroll, count: last + 1)
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
            return finances.statementOpen && finances.statementCursor.selection < list.count ? statementLines(list[finances.statementCursor.selection]).count : 0
        case .ledger: return 0
        }
    }

    /// Esc in the ledger: back from an entry open full size, else the filter cleared.
    mutating func ledgerBack() {
        if finances.detailOnly { finances.detailOnly = false }
        else if !finances.filter.isEmpty {
            finances.filter = ""
            finances.cursor.scroll = 0
            finances.applyFilter(state: state)
            finances.keepSelectionVisible(listHeight: financesListHeight)
        }
    }

    /// `r`: correcting the selected entry, refused at once where the domain would refuse it.
    mutating func askCorrection() -> [Effect] {
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
        return []
    }

    /// A finance form sent with Enter: a new entry is saved at once, a
    /// correction is asked about first.
    mutating func submitFinanceForm(_ current: FormState) -> [Effect] {
        var form = current
        // A payout without an amount pays out all the network owes the partner, as `samen ledger payout` does.
        if form.purpose == .newLedgerEntry, form.value("kind") == LedgerKind.payout.rawValue, form.value("amount").trimmingSpacesTUI().isEmpty,
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
            // In the form's words first: a date the domain refuses never reaches the question.
            if let refusal = dryRun([change]) {
                form.showError(refusal, field: FinanceForms.field(namedIn: refusal, form: form))
                overlay = .form(form)
                return []
            }
            var question = "Correct \(what)? A correction dated \(date.map(\.iso) ?? "on the entry's date") reverses it (\"\(reason)\"); nothing is deleted."
            if let date, let e = finances.index.entry(id), date != e.date {
                // Another date than the entry's moves its money there: said before it is saved.
                question = "Correct \(what) with a correction dated \(date), not on the entry's date? "
                    + (date.year != e.date.year
                        ? "It moves \(e.amount.format(state.network.moneyStyle)) from \(e.date.year)'s figures into \(date.year)'s. "
                        : "It counts from \(date) instead of \(e.date). ")
                    + "It reverses the entry (\"\(reason)\"); nothing is deleted."
            }
            if let e = finances.index.entry(id), e.kind == .revenue, let c = finances.index.contribution(of: id) {
                question += " Its contribution (\(c.amount.format(state.network.moneyStyle))) is reversed with it."
            }
            overlay = .confirm(Confirmation(question: question, change: change, origin: .confirmation))
            return []
        }
        return save(.success(change), from: form)
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
            let step = m.kind == .wheelUp ? -ListMotion.wheelStep : ListMotion.wheelStep
            switch finances.view {
            case .ledger: finances.move(by: step, listHeight: layout.listHeight)
            case .statements: moveStatement(by: step)
            case .overview, .rates: scrollPage(.by(step))
            }
        case .click:
            if m.y == layout.barY, let hit = financesViewTabs.first(where: { m.x >= $0.x && m.x < $0.x + DisplayWidth.of($0.label) }) {
                switchFinancesView(to: hit.view)
                return []
            }
            if finances.view == .ledger {
                finances.listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight,
                                   inList: !finances.detailOnly && m.x < layout.listWidth)
            }
            // Statements: the list starts two rows under the view bar (a line of text, the header).
            let count = finances.yearStatements.count
            if finances.view == .statements, !finances.statementOpen,
               let row = finances.statementCursor.row(atY: m.y, firstRowY: layout.pageTop + 2, count: count, height: statementListHeight) {
                finances.statementCursor.select(row, count: count, height: statementListHeight)
            }
        }
        return []
    }
}
