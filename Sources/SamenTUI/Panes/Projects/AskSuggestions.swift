import SamenCore

/// Asking from "who could do this?": `a` asks the selected member whether
/// they want to join (a small form: hours a week, a note); a member asked
/// shows how long the question has been open, and those who said no are
/// listed under the suggestions with their reason (the advisor leaves them out).
extension SuggestionsView {
    /// "asked 2 days ago" for a suggested member with an open question.
    func askMark(member id: String, _ ctx: PaneContext) -> (text: String, role: StyleRole)? {
        guard let ask = report.project.ask(to: id), ask.isOpen else { return nil }
        return (JoinWords.state(ask, today: ctx.today).text, .accent)
    }

    /// Lines under the suggestions for members who said no, with why.
    func saidNoLines() -> [Line] {
        let p = report.project
        var out: [Line] = []
        for (member, _) in p.saidNo.sorted(by: { $0.key < $1.key }) {
            guard let ask = p.ask(to: member), case let .no(reason, note, _)? = ask.answer else { continue }
            let why = JoinWords.no(reason).text
            // By name, as every other line of this screen: the advisor names who it left out for a no.
            let name = report.excluded.first { $0.memberID == member && !$0.name.isEmpty }?.name ?? member
            out.append(.note(TerminalText.sanitise(AskWords.saidNoLine(name: name, why: why, note: note).text)))
        }
        return out.isEmpty ? [] : [.blank, .heading(AskWords.saidNoHeading.text, warning: false)] + out
    }

    /// `a`: the form to ask the selected member, at the hours Space would offer.
    func askSelected(_ io: inout PaneIO) {
        guard let p = io.context.state.project(projectID) else { return }
        guard let s = selectedSuggestion else { return io.say(AskWords.nobodyToAsk.text) }
        let probe = Change.askToJoin(project: p.id, members: [s.member.id], hoursPerWeek: defaultHours, note: "")
        guard io.mayOpen(probe) else { return }
        if let refusal = io.dryRun([probe]) { return io.say(ProjectsWords.notAllowed(refusal).text, .error) }
        io.open(AskForms.ask(p, member: s.member.id, name: TerminalText.sanitise(s.member.name), hours: defaultHours))
    }

    /// The key `a`, on the bottom line first where the network asks before it staffs.
    static func askBindings(_ view: SuggestionsView, _ ctx: PaneContext) -> [KeyBinding<ProjectsPane>] {
        let first = ctx.state.network.asksFirst
        return [KeyBinding([.char("a")], line: (first ? 0 : 5, "a", AskWords.askKey.text), help: ("a", AskWords.askHelp.text)) { _, io, _ in
            view.askSelected(&io)
        }]
    }
}
