/// "Wants more facilitation": the kinds of work a member says they would
/// like more of (`Member.wantsMore`), matched against what a project is.
extension StaffingAdvisor {
    /// Of member `i`'s wishes, those this project answers: a skill it lists,
    /// or a word of its title or description (a topic such as "healthcare"
    /// need not be a listed skill). Empty when none, or no wishes.
    func wantedWork(_ i: Int, _ ask: Ask) -> [String] {
        let wishes = state.members.records[i].wantsMore
        guard !wishes.isEmpty else { return [] }
        let text = (ask.project.title + " " + ask.project.description).lowercased()
        return wishes.filter { w in
            let wish = w.lowercased()
            return ask.listed.contains(wish) || text.contains(wish)
        }
    }
}
