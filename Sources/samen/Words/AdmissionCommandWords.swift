import SamenCore

/// Help and errors of the application commands (`samen member apply`, `view`,
/// `note`, `admit`, `decline`, `applicants`, `application`).
enum AdmissionHelpWords: Phrase {
    case applyAbstract, applyDiscussion, introducedByHelp
    case applicantsAbstract, applicantsAllHelp
    case applicationAbstract, applicantIdHelp
    case viewAbstract, forHelp, againstHelp, questionHelp, viewNoteHelp
    case noteAbstract, criterionHelp, criterionNoteHelp
    case admitAbstract, admitRoleHelp, admitFromHelp
    case declineAbstract, reasonHelp
    case oneStance
    case headingApplied, headingIntroduced, headingViews, headingDecision

    var en: String {
        switch self {
        case .applyAbstract: "Enter someone who applies to join, with their skills, Share pitch and who introduced them."
        case .applyDiscussion: """
            The applicant is added with the role applicant and an application
            dated today; members then give their views (samen member view), note
            the network's criteria (samen member note), and those who admit
            members decide (samen member admit / decline). Nothing is ever
            deleted: a "not now" stays on file with its reason.

            Example:
              samen member apply --name "Lieke Kuipers" --city Leiden --skills podcast,audio --introduced-by fleur
            """
        case .introducedByHelp: "The member (id) who introduced them; by default you, when you are a member."
        case .applicantsAbstract: "List the applications waiting for a decision, and those said not now."
        case .applicantsAllHelp: "Also list applications whose applicant was admitted."
        case .applicationAbstract: "Show one application: the network's criteria beside the facts, the views, the decision."
        case .applicantIdHelp: "The applicant's id."
        case .viewAbstract: "Give your view on an application: for, against, or a question, with a note."
        case .forHelp: "You are for admitting them."
        case .againstHelp: "You are against admitting them."
        case .questionHelp: "You have a question first."
        case .viewNoteHelp: "What you want the others to know."
        case .noteAbstract: "Note what you found against one of the network's criteria (never amounts)."
        case .criterionHelp: "The criterion's id, as network.json's admissionCriteria lists them."
        case .criterionNoteHelp: "What you noted."
        case .admitAbstract: "Admit an applicant with a role, from a day on."
        case .admitRoleHelp: "The role they get: member, associate or partner."
        case .admitFromHelp: "The day they start (default: today)."
        case .declineAbstract: "Say not now to an applicant, with a reason they and the members read."
        case .reasonHelp: "Why not now."
        case .oneStance: "say one of --for, --against or --question"
        case .headingApplied: "APPLIED"
        case .headingIntroduced: "INTRODUCED BY"
        case .headingViews: "FOR/AGAINST/?"
        case .headingDecision: "DECISION"
        }
    }

    var nl: String {
        switch self {
        case .applyAbstract: "Voer iemand in die lid wil worden, met vaardigheden, Share-pitch en wie hen voorstelde."
        case .applyDiscussion: """
            Het aspirant-lid wordt toegevoegd met de rol applicant en een
            aanmelding van vandaag; leden geven daarna hun mening (samen member
            view), noteren de criteria van het netwerk (samen member note), en
            wie leden toelaat besluit (samen member admit / decline). Er wordt
            nooit iets gewist: een 'nu niet' blijft bewaard met de reden.

            Voorbeeld:
              samen member apply --name "Lieke Kuipers" --city Leiden --skills podcast,audio --introduced-by fleur
            """
        case .introducedByHelp: "Het lid (id) dat hen voorstelde; standaard jij, als je lid bent."
        case .applicantsAbstract: "Toon de aanmeldingen die op een besluit wachten, en die met 'nu niet'."
        case .applicantsAllHelp: "Toon ook aanmeldingen van wie al is toegelaten."
        case .applicationAbstract: "Toon één aanmelding: de criteria van het netwerk naast de feiten, de meningen, het besluit."
        case .applicantIdHelp: "De id van het aspirant-lid."
        case .viewAbstract: "Geef je mening over een aanmelding: voor, tegen of een vraag, met een notitie."
        case .forHelp: "Je bent voor toelaten."
        case .againstHelp: "Je bent tegen toelaten."
        case .questionHelp: "Je hebt eerst een vraag."
        case .viewNoteHelp: "Wat je de anderen wilt laten weten."
        case .noteAbstract: "Noteer wat je vond bij een van de criteria van het netwerk (nooit bedragen)."
        case .criterionHelp: "De id van het criterium, zoals admissionCriteria in network.json ze noemt."
        case .criterionNoteHelp: "Wat je noteerde."
        case .admitAbstract: "Laat een aspirant-lid toe met een rol, vanaf een dag."
        case .admitRoleHelp: "De rol die ze krijgen: member, associate of partner."
        case .admitFromHelp: "De dag waarop ze beginnen (standaard: vandaag)."
        case .declineAbstract: "Zeg 'nu niet' tegen een aspirant-lid, met een reden die zij en de leden lezen."
        case .reasonHelp: "Waarom nu niet."
        case .oneStance: "kies één van --for, --against of --question"
        case .headingApplied: "AANGEMELD"
        case .headingIntroduced: "VOORGESTELD DOOR"
        case .headingViews: "VOOR/TEGEN/?"
        case .headingDecision: "BESLUIT"
        }
    }
}
