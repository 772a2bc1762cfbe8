import SamenCore

/// What the heat map does in answer to keys, the mouse and a resize, on the
/// map itself; what it needs of the shell (a message, a form, going back)
/// it asks through `PaneIO`.
extension CapacityView {
    /// The rows that fit the pane's area with this window.
    func listHeight(_ area: Rect) -> Int { CapacityLayout(width: area.width, height: area.height, weeks: weeks).listHeight }

    /// Moves the window to start a week earlier or later, or at this week
    /// (`step` 0); never before this week, at most `maxWeeksAhead` on.
    mutating func moveWindow(by step: Int, io: inout PaneIO) {
        let thisWeek = ISOWeek(containing: io.context.today)
        if step < 0, first <= thisWeek {
            io.say(CapacityWords.startsThisWeek(thisWeek.shown).text)
        } else if step > 0, thisWeek.weeks(until: first) >= Self.maxWeeksAhead {
            io.say(CapacityWords.atMostAhead(Self.maxWeeksAhead).text)
        } else {
            first = step == 0 ? thisWeek : first.advanced(by: step)
            windowChanged(capacity: io.context.capacity)
        }
    }

    /// A week more or less in the window, as many as fit the screen.
    mutating func widenWindow(by step: Int, io: inout PaneIO) {
        let fit = CapacityLayout.maxWeeks(width: io.area.width)
        if step > 0 {
            if weeks < fit { weeks += 1; windowChanged(capacity: io.context.capacity) }
            else { io.say(CapacityWords.asManyAsFit(fit).text) }
        } else if weeks > 1 {
            weeks -= 1
            windowChanged(capacity: io.context.capacity)
        }
    }

    /// The "who is free?" form's answer becomes the map's question; what is
    /// wrong with it goes back into the form beside its field.
    mutating func answer(_ form: FormState, io: inout PaneIO) {
        let fit = CapacityLayout.maxWeeks(width: io.area.width)
        switch CapacityQueryForm.answer(form, today: io.context.today, maxWeeks: fit, knownSkills: knownSkills) {
        case let .failure(problem):
            var form = form
            form.showError(problem.message, field: problem.field)
            io.open(form)
        case let .success(a):
            minFree = a.minFree
            weeks = a.weeks
            first = a.first
            skills = a.skills
            windowChanged(capacity: io.context.capacity)
            keepSelectionVisible(listHeight: listHeight(io.area))
            io.say(CapacityWords.answered(shown: rows.count, total: total, question: question(io.context), weeks: a.weeks, from: a.first.shown).text)
            io.closeOverlay()
        }
    }

    /// A narrower screen fits fewer weeks: the window shrinks to what fits
    /// (and says so in the week header), the selection stays in view.
    mutating func resized(to area: Rect, capacity: CapacityIndex) {
        let fit = CapacityLayout.maxWeeks(width: area.width)
        if weeks > fit {
            weeks = fit
            windowChanged(capacity: capacity)
        }
        keepSelectionVisible(listHeight: listHeight(area))
    }

    /// A click selects a member's row; the wheel scrolls.
    mutating func mouse(_ m: MouseEvent, area: Rect) {
        guard !showingMember else { return }
        let layout = CapacityLayout(width: area.width, height: area.height, weeks: weeks)
        listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight)
    }
}
