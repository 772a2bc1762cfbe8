import SamenCore

/// The heat map's question as a form (`m`): "who has at least H free hours a
/// week, for N weeks from week W, with skills S?", the same question as
/// `samen capacity --min-spare H --weeks N --from DATE --skill S`.
enum CapacityQueryForm {
    static func make(_ view: CapacityView, maxWeeks: Int) -> FormState {
        typealias W = CapacityWords
        var form = FormState(title: W.whoIsFree.text, purpose: .capacityQuestion, fields: [
            .init(key: "free", label: W.fieldFree.text, kind: .hours, value: view.minFree?.shown ?? "",
                  hint: W.hintFree.text),
            .init(key: "weeks", label: W.fieldWeeks.text, kind: .number, value: String(view.weeks), hint: W.hintWeeks(maxWeeks).text),
            .init(key: "from", label: W.fieldFromWeek.text, kind: .week, value: view.first.shown, hint: W.hintFromWeek.text),
            .init(key: "skills", label: W.fieldSkills.text, kind: .tags, value: view.skills.joined(separator: ", "),
                  hint: W.hintSkills.text),
        ])
        form.submitLabel = FormWords.apply.text
        return form
    }

    struct Answer: Equatable {
        var minFree: Hours?
        var weeks: Int
        var first: ISOWeek
        var skills: [String]
    }

    struct Problem: Error { var message: String; var field: String }

    /// What the form asks, or what is wrong with what was typed, named.
    static func answer(_ form: FormState, today: Day, maxWeeks: Int, knownSkills: Set<String>) -> Result<Answer, Problem> {
        let minFree: Hours?
        switch form.hours("free", CapacityWords.fieldFree.text, in: Limits.hoursPerWeek) {
        case let .success(h): minFree = h
        case let .failure(e): return .failure(Problem(message: e.message + CapacityWords.emptyForAnyone.text, field: "free"))
        }
        let weeksText = form.value("weeks").trimmingSpacesTUI()
        guard let weeks = Int(weeksText), (1...maxWeeks).contains(weeks) else {
            return .failure(Problem(message: CapacityWords.weeksRange(max: maxWeeks, got: weeksText).text, field: "weeks"))
        }
        let fromText = form.value("from").trimmingSpacesTUI()
        let thisWeek = ISOWeek(containing: today)
        let first: ISOWeek
        if fromText.isEmpty { first = thisWeek }
        else if ISOWeek.looksLikeWeek(fromText) || DayInput.parse(fromText, today: today) != nil {
            // What the field shows (`wk 48 2026` in Dutch) reads back, and what people type besides (`WeekInput`).
            switch Limits.week(fromText, today: today) {
            case let .success(w): first = w
            case let .failure(e): return .failure(Problem(message: "\(CapacityWords.fieldFromWeek.text) \(e.predicate)", field: "from"))
            }
        } else {
            return .failure(Problem(message: CapacityWords.notAWeek(got: fromText, week: thisWeek.shown, day: today.shown).text, field: "from"))
        }
        guard first >= thisWeek else {
            return .failure(Problem(message: CapacityWords.weekPassed(week: first.shown, thisWeek: thisWeek.shown).text, field: "from"))
        }
        guard thisWeek.weeks(until: first) <= CapacityView.maxWeeksAhead else {
            return .failure(Problem(message: CapacityWords.tooFarAhead(week: first.shown, max: CapacityView.maxWeeksAhead).text, field: "from"))
        }
        let skills = form.tags("skills")
        for s in skills where !knownSkills.contains(s.lowercased()) {
            let hint = closest(to: s.lowercased(), in: knownSkills).map { CapacityWords.didYouMean($0).text } ?? ""
            return .failure(Problem(message: CapacityWords.unknownSkill(skill: s, hint: hint).text, field: "skills"))
        }
        return .success(Answer(minFree: minFree, weeks: weeks, first: first, skills: skills))
    }

    /// The known skill a typo most likely meant: at most two letters off.
    static func closest(to typed: String, in known: Set<String>) -> String? {
        known.map { ($0, editDistance(typed, $0)) }.filter { $0.1 <= 2 }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
