import SamenCore

/// The heat map's question as a form (`m`): "who has at least H free hours a
/// week, for N weeks from week W, with skills S?", the same question as
/// `samen capacity --min-spare H --weeks N --from DATE --skill S`.
enum CapacityQueryForm {
    static func make(_ view: CapacityView, maxWeeks: Int) -> FormState {
        var form = FormState(title: "Who is free?", purpose: .capacityQuestion, fields: [
            .init(key: "free", label: "Free h/week", kind: .hours, value: view.minFree?.description ?? "",
                  hint: "at least, every week; empty: anyone"),
            .init(key: "weeks", label: "Weeks", kind: .number, value: String(view.weeks), hint: "1 to \(maxWeeks) on this screen"),
            .init(key: "from", label: "From week", kind: .week, value: view.first.iso, hint: "a week like 2026-W48, or a date"),
            .init(key: "skills", label: "Skills", kind: .tags, value: view.skills.joined(separator: ", "),
                  hint: "all of these, e.g. animation, design"),
        ])
        form.submitLabel = "apply"
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
        switch form.hours("free", "Free h/week", in: Limits.hoursPerWeek) {
        case let .success(h): minFree = h
        case let .failure(e): return .failure(Problem(message: e.message + "; empty for anyone", field: "free"))
        }
        let weeksText = form.value("weeks").trimmingSpacesTUI()
        guard let weeks = Int(weeksText), (1...maxWeeks).contains(weeks) else {
            return .failure(Problem(message: "Weeks must be from 1 to \(maxWeeks) (what fits this screen); got '\(weeksText)'", field: "weeks"))
        }
        let fromText = form.value("from").trimmingSpacesTUI()
        let thisWeek = ISOWeek(containing: today)
        let first: ISOWeek
        if fromText.isEmpty { first = thisWeek }
        else if let w = ISOWeek(iso: fromText.uppercased()) { first = w }
        else if let d = DayInput.parse(fromText, today: today), Limits.problem(with: d) == nil { first = ISOWeek(containing: d) }
        else if ISOWeek.looksLikeWeek(fromText) || DayInput.parse(fromText, today: today) != nil, case let .failure(e) = form.week("from", "From week") {
            return .failure(Problem(message: e.message, field: "from"))
        } else {
            return .failure(Problem(message: "From week: '\(fromText)' is not a week like \(thisWeek.iso) or a date like \(today.iso)", field: "from"))
        }
        guard first >= thisWeek else {
            return .failure(Problem(message: "From week: \(first.iso) has passed; the map plans from this week (\(thisWeek.iso)) on", field: "from"))
        }
        guard thisWeek.weeks(until: first) <= CapacityView.maxWeeksAhead else {
            return .failure(Problem(message: "From week: \(first.iso) is more than \(CapacityView.maxWeeksAhead) weeks ahead", field: "from"))
        }
        let skills = form.tags("skills")
        for s in skills where !knownSkills.contains(s.lowercased()) {
            let hint = closest(to: s.lowercased(), in: knownSkills).map { " (did you mean \($0)?)" } ?? ""
            return .failure(Problem(message: "Skills: nobody in the network has the skill '\(s)'\(hint)", field: "skills"))
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
