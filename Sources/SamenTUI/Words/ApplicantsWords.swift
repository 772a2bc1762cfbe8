import SamenCore

/// The applicants' list and the application screen (issue 16), a view of
/// the Members pane (`A`), with its forms and keys. Words shared with the
/// command line (criteria, views, the decision) are `ApplicationWords`.
enum ApplicantsWords: Phrase {
    case title
    case summary(open: Int, notNow: Int, admitted: Int)
    case row(Int)
    case columnName, columnApplied, columnViews, columnDecision
    case waiting, notNowShort, admittedShort
    case noApplicants
    // Forms.
    case viewTitle(String), noteTitle(String), admitTitle(String), declineTitle(String)
    case fieldStance, fieldNote, fieldCriterion, fieldRole, fieldFrom, fieldReason
    case hintStance, hintNote, hintCriterion, hintRole, hintFrom, hintReason
    case whatStart
    case notAMember
    // Keys.
    case keyOpen, keyOpenHelp, keyMove, keyMoveHelp, keyApplication, keyApplicationHelp, keyBack, keyBackHelp
    case keyScrollHelp, keyScrollPage, keyScrollEnds
    case keyView, keyViewHelp, keyNote, keyNoteHelp, keyAdmit, keyAdmitHelp, keyDecline, keyDeclineHelp

    var en: String {
        switch self {
        case .title: "Applicants"
        case let .summary(open, notNow, admitted): "\(open) waiting, \(notNow) not now, \(admitted) admitted"
        case let .row(n): "row \(n)"
        case .columnName: "NAME"
        case .columnApplied: "APPLIED"
        case .columnViews: "+ - ?"
        case .columnDecision: "DECISION"
        case .waiting: "waiting"
        case .notNowShort: "not now"
        case .admittedShort: "admitted"
        case .noApplicants: "Nobody has applied. Someone who wants to join is entered with samen member apply."
        case let .viewTitle(n): "Your view on \(n)"
        case let .noteTitle(n): "A note on a criterion for \(n)"
        case let .admitTitle(n): "Admit \(n)"
        case let .declineTitle(n): "Not now for \(n)"
        case .fieldStance: "View"
        case .fieldNote: "Note"
        case .fieldCriterion: "Criterion"
        case .fieldRole: "Role"
        case .fieldFrom: "From"
        case .fieldReason: "Reason"
        case .hintStance: "for, against, or a question first (←→)"
        case .hintNote: "what you want the others to know"
        case .hintCriterion: "the network's own criteria (←→)"
        case .hintRole: "the role they get (←→)"
        case .hintFrom: "the day they start"
        case .hintReason: "the applicant and the members read it"
        case .whatStart: "the day they start"
        case .notAMember: "only a member gives a view or a note, in their own name"
        case .keyOpen: "applicants"
        case .keyOpenHelp: "the applicants: their applications, the criteria beside the facts, views and the decision"
        case .keyMove: "move"
        case .keyMoveHelp: "move through the applicants"
        case .keyScrollHelp: "scroll the application a row at a time"
        case .keyScrollPage: "scroll the application a page at a time"
        case .keyScrollEnds: "the application's top or end"
        case .keyApplication: "application"
        case .keyApplicationHelp: "the application on the whole screen, and back"
        case .keyBack: "back"
        case .keyBackHelp: "back to the member directory"
        case .keyView: "view"
        case .keyViewHelp: "give your view: for, against or a question, with a note"
        case .keyNote: "note"
        case .keyNoteHelp: "note what you found on one of the network's criteria (never amounts)"
        case .keyAdmit: "admit"
        case .keyAdmitHelp: "admit them, with a role and a start date"
        case .keyDecline: "not now"
        case .keyDeclineHelp: "say not now, with a reason; the application stays"
        }
    }

    var nl: String {
        switch self {
        case .title: "Aspirant-leden"
        case let .summary(open, notNow, admitted): "\(open) wachtend, \(notNow) nu niet, \(admitted) toegelaten"
        case let .row(n): "rij \(n)"
        case .columnName: "NAAM"
        case .columnApplied: "AANGEMELD"
        case .columnViews: "+ - ?"
        case .columnDecision: "BESLUIT"
        case .waiting: "wachtend"
        case .notNowShort: "nu niet"
        case .admittedShort: "toegelaten"
        case .noApplicants: "Niemand heeft zich aangemeld. Wie lid wil worden, voer je in met samen member apply."
        case let .viewTitle(n): "Jouw mening over \(n)"
        case let .noteTitle(n): "Een notitie bij een criterium voor \(n)"
        case let .admitTitle(n): "\(n) toelaten"
        case let .declineTitle(n): "Nu niet voor \(n)"
        case .fieldStance: "Mening"
        case .fieldNote: "Notitie"
        case .fieldCriterion: "Criterium"
        case .fieldRole: "Rol"
        case .fieldFrom: "Vanaf"
        case .fieldReason: "Reden"
        case .hintStance: "voor, tegen, of eerst een vraag (←→)"
        case .hintNote: "wat je de anderen wilt laten weten"
        case .hintCriterion: "de eigen criteria van het netwerk (←→)"
        case .hintRole: "de rol die ze krijgen (←→)"
        case .hintFrom: "de dag waarop ze beginnen"
        case .hintReason: "het aspirant-lid en de leden lezen het"
        case .whatStart: "de dag waarop ze beginnen"
        case .notAMember: "alleen een lid geeft een mening of notitie, op eigen naam"
        case .keyOpen: "aspiranten"
        case .keyOpenHelp: "de aspirant-leden: hun aanmelding, de criteria naast de feiten, meningen en het besluit"
        case .keyMove: "kies"
        case .keyMoveHelp: "door de aspirant-leden bladeren"
        case .keyScrollHelp: "door de aanmelding scrollen, een regel per keer"
        case .keyScrollPage: "door de aanmelding scrollen, een pagina per keer"
        case .keyScrollEnds: "naar het begin of het eind van de aanmelding"
        case .keyApplication: "aanmelding"
        case .keyApplicationHelp: "de aanmelding over het hele scherm, en terug"
        case .keyBack: "terug"
        case .keyBackHelp: "terug naar de ledenlijst"
        case .keyView: "mening"
        case .keyViewHelp: "geef je mening: voor, tegen of een vraag, met een notitie"
        case .keyNote: "notitie"
        case .keyNoteHelp: "noteer wat je vond bij een van de criteria van het netwerk (nooit bedragen)"
        case .keyAdmit: "toelaten"
        case .keyAdmitHelp: "laat toe, met een rol en een startdatum"
        case .keyDecline: "nu niet"
        case .keyDeclineHelp: "zeg nu niet, met een reden; de aanmelding blijft bewaard"
        }
    }
}
