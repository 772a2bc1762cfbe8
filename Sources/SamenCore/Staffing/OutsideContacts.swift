/// "If nobody inside fits, look outside; quality comes first" (Unit-2).
extension StaffingAdvisor {
    /// External contacts with any of `skills` (most skills first), then people
    /// hired from outside before on work that needed some of them.
    func outside(for project: Project, skills wanted: [String], today: Day) -> [OutsideContact] {
        let skills = wanted.map { $0.lowercased() }
        var contacts: [(Member, [String])] = []
        for m in state.members where m.role == .external && (m.left.map { $0 > today } ?? true) {
            let has = skills.filter { m.hasSkillLowercased($0) }
            if !has.isEmpty { contacts.append((m, has)) }
        }
        contacts.sort { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.0.name < $1.0.name }
        var hires: [OutsideContact] = []
        var seen = Set(contacts.map { $0.0.name.lowercased() })
        // Newest project first, one line per person.
        for p in state.projects.reversed() where p.id != project.id && !p.externalHires.isEmpty {
            let shared = p.skills.filter { s in skills.contains(s.lowercased()) }
            guard !shared.isEmpty else { continue }
            for h in p.externalHires where seen.insert(h.name.lowercased()).inserted {
                hires.append(.pastHire(h, project: p, sharedSkills: shared))
            }
        }
        return contacts.map { .contact($0.0, skills: $0.1) } + hires
    }

    /// Required skills no current member has, so "nobody fits" can say what is missing.
    func skillsNobodyHas(_ required: [String], today: Day) -> [String] {
        var missing = required
        let records = state.members.records
        for i in records.indices where !missing.isEmpty {
            guard records[i].role != .external, records[i].role != .applicant, records[i].left.map({ $0 > today }) ?? true else { continue }
            missing.removeAll { loweredSkills[i].contains($0) }
        }
        return missing
    }
}
