import SamenCore

/// The proposed team as `samen project suggest` prints it: the heading,
/// one line a skill (`journalism 27.5 h (3 days · 9.2 h/day): Eva Prins 15 h
/// + Eric Went 13.5 h`), a table of the members with their hours and
/// reasons, then what is uncovered with the outside contacts for it. The
/// dashboard says the same lines (`TeamProposalText`).
enum TeamProposalTable {
    static func write(_ t: TeamProposal) {
        var head = [TeamProposalText.heading(t)]
        for l in TeamProposalText.skillLines(t) { head.append("  " + l.text) }
        if !t.swappedOut.isEmpty { head.append("  " + TeamWords.swappedOut(t.swappedOut.map(\.name)).text) }
        for line in head { Console.out(TerminalText.sanitise(line)) }
        if !t.members.isEmpty { Console.out(table(t).render()) }
        for line in TeamProposalText.outside(t) { Console.out(TerminalText.sanitise(line)) }
    }

    static func table(_ t: TeamProposal) -> TextTable {
        var table = TextTable("#", Heading.score.text, Heading.id.text, Heading.name.text, TeamWords.proposedHeading.text.uppercased(), Heading.why.text)
        table.rightAligned = [0, 1]
        table.maxWidth = [3: 24]
        for (k, m) in t.members.enumerated() {
            let s = m.suggestion
            table.add(String(k + 1), StaffingReportText.score(s.score), s.member.id, s.member.name,
                      TeamProposalText.proposed(m, t), s.line + (m.isOverbooked ? SuggestionText.separator + TeamProposalText.freeTime(m) : ""))
        }
        return table
    }
}
