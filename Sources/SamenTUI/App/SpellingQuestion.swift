import SamenCore

/// Before saving a form with a skill or city that looks like a slip
/// ("ilustration", "Leidn"), the form asks; Enter keeps it as typed (a new
/// skill, a place outside the table, on purpose), any other key goes back
/// to the field. The same check as the command line's (`DidYouMean`).
enum SpellingQuestion {
    static func ask(about change: Change, in state: NetworkState) -> (text: String, field: String)? {
        let skills: [String], city: String?
        switch change {
        case let .addMember(m): (skills, city) = (m.skills, m.city)
        case let .editMember(e): (skills, city) = (e.skills ?? [], e.city)
        case let .addProject(p): (skills, city) = (p.skills, p.city)
        case let .editProject(e): (skills, city) = (e.skills ?? [], e.city)
        // A member edit with declined clients is two steps; the edit is the first.
        case let .steps(steps) where !steps.isEmpty: return ask(about: steps[0], in: state)
        default: return nil
        }
        let keep = AppWords.keepsAsTyped.text
        if let miss = state.skillNearMisses(skills).first {
            return ("\(miss) \(keep)", "skills")
        }
        if let city, let miss = DutchPlaces.shared.nearMiss(city) {
            return ("\(miss) \(keep)", "city")
        }
        return nil
    }
}
