/// How an application is shown, on the command line and in the dashboard
/// alike (issue 16): the criteria beside the facts, the views, the decision.
public enum ApplicationWords: Phrase, Equatable {
    case stance(ApplicantView.Stance)
    case nobodyInside
    /// "4 inside: 3 senior, 1 medior"
    case inside(Int, seniors: Int, mediors: Int, juniors: Int)
    case wouldAdd
    case nothingNoted
    case noViews
    case views(for: Int, against: Int, questions: Int)
    case appliedOn(Day)
    case introducedBy(String)
    case cameOnTheirOwn
    case open
    case admitted(role: Role, from: Day, by: String, on: Day)
    case notNow(by: String, on: Day, reason: String)
    case decisionTitle, viewsTitle, skillsTitle, shareTitle, criteriaTitle
    case noApplicants, allDecided
    /// "2 applicants waiting, 1 not now"
    case count(open: Int, notNow: Int, admitted: Int)

    public var en: String {
        switch self {
        case let .stance(s): s == .question ? "question" : s.rawValue
        case .nobodyInside: "nobody inside"
        case let .inside(n, s, m, j):
            "\(n) inside: " + [(s, "senior"), (m, "medior"), (j, "junior")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        case .wouldAdd: "would add"
        case .nothingNoted: "nothing noted yet"
        case .noViews: "no views yet"
        case let .views(f, a, q): "\(f) for, \(a) against, \(q) \(q == 1 ? "question" : "questions")"
        case let .appliedOn(d): "applied \(d.shown)"
        case let .introducedBy(n): "introduced by \(n)"
        case .cameOnTheirOwn: "came on their own"
        case .open: "open: waiting for the decision"
        case let .admitted(role, from, by, on): "admitted as \(role.rawValue) from \(from.shown) (\(by), \(on.shown))"
        case let .notNow(by, on, reason): "not now (\(by), \(on.shown)): \(reason)"
        case .decisionTitle: "Decision"
        case .viewsTitle: "Views"
        case .skillsTitle: "Skills beside those in house"
        case .shareTitle: "Share"
        case .criteriaTitle: "Criteria"
        case .noApplicants: "Nobody has applied."
        case .allDecided: "Every application is decided; --all shows them."
        case let .count(open, notNow, admitted):
            "\(open) waiting, \(notNow) not now" + (admitted > 0 ? ", \(admitted) admitted" : "")
        }
    }

    public var nl: String {
        switch self {
        case let .stance(s):
            switch s {
            case .for: "voor"
            case .against: "tegen"
            case .question: "vraag"
            }
        case .nobodyInside: "niemand binnen"
        case let .inside(n, s, m, j):
            "\(n) binnen: " + [(s, "senior"), (m, "medior"), (j, "junior")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        case .wouldAdd: "voegt toe"
        case .nothingNoted: "nog niets genoteerd"
        case .noViews: "nog geen meningen"
        case let .views(f, a, q): "\(f) voor, \(a) tegen, \(q) \(q == 1 ? "vraag" : "vragen")"
        case let .appliedOn(d): "aangemeld \(d.shown)"
        case let .introducedBy(n): "voorgesteld door \(n)"
        case .cameOnTheirOwn: "kwam zelf"
        case .open: "open: wacht op besluit"
        case let .admitted(role, from, by, on): "toegelaten als \(RightsRefusal.roleName(role).nl) vanaf \(from.shown) (\(by), \(on.shown))"
        case let .notNow(by, on, reason): "nu niet (\(by), \(on.shown)): \(reason)"
        case .decisionTitle: "Besluit"
        case .viewsTitle: "Meningen"
        case .skillsTitle: "Vaardigheden naast wat er in huis is"
        case .shareTitle: "Share"
        case .criteriaTitle: "Criteria"
        case .noApplicants: "Niemand heeft zich aangemeld."
        case .allDecided: "Over elke aanmelding is besloten; --all laat ze zien."
        case let .count(open, notNow, admitted):
            "\(open) wachtend, \(notNow) nu niet" + (admitted > 0 ? ", \(admitted) toegelaten" : "")
        }
    }
}

extension Application {
    /// The decision in words: open, admitted, or not now with its reason.
    public func decisionWords(names: (String) -> String) -> ApplicationWords {
        guard let d = decision else { return .open }
        switch d.outcome {
        case .admit: return .admitted(role: d.role ?? .member, from: d.from ?? d.on, by: names(d.by), on: d.on)
        case .notNow: return .notNow(by: names(d.by), on: d.on, reason: d.reason)
        }
    }
}

extension InHouseSkills.Skill {
    /// "nobody inside" / "4 inside: 3 senior, 1 medior".
    public var words: ApplicationWords {
        holders == 0 ? .nobodyInside : .inside(holders, seniors: seniors, mediors: mediors, juniors: juniors)
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("skill", name); b.set("holders", holders)
        b.set("senior", seniors); b.set("medior", mediors); b.set("junior", juniors)
        b.set("wouldAdd", wouldAdd)
        return b.value
    }
}
