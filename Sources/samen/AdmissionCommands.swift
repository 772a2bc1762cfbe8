import ArgumentParser
import SamenCore

/// The application commands (issue 16): someone applies or is entered, the
/// members give views and note the network's criteria, and those who admit
/// members decide. Every step is a change of its own, so the history shows
/// who said what when.
extension MemberCommand {
    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: AdmissionHelpWords.applyAbstract.text,
                                                        discussion: AdmissionHelpWords.applyDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var fields: Fields
        @OptionGroup var spelling: SpellingOptions
        @Option(help: ArgumentHelp(MemberHelpWords.addIdHelp.text)) var id: String?
        @Option(help: ArgumentHelp(AdmissionHelpWords.introducedByHelp.text)) var introducedBy: String?

        func run() throws {
            guard let name = fields.name else { throw ValidationError(ErrorWords.required("--name").text) }
            guard let city = fields.city else { throw ValidationError(ErrorWords.cityRequired.text) }
            if let role = fields.role, role != Role.applicant.rawValue { throw DomainError(AdmissionRefusal.notAnApplicant(role)) }
            let ctx = options.context()
            let store = try options.openStore()
            // Who introduced them: as said, else the member entering them.
            let introducer = introducedBy ?? (try? store.state.acting(ctx))?.member?.id
            let member = Member(
                id: id ?? "", name: name, role: .applicant,
                skills: Parse.list(fields.skills) ?? [], seniority: try Parse.value(fields.seniority ?? "medior", "--seniority"),
                city: city, email: fields.email, phone: fields.phone, login: fields.login, pitch: fields.pitch ?? "",
                involvement: try Parse.value(fields.involvement ?? "weekly", "--involvement"),
                hours: try fields.hours.map { [ContractedHours(hoursPerWeek: try Parse.hours($0, option: "--hours", in: Limits.storedHours), from: ctx.today)] } ?? [],
                desks: fields.desks ?? 0, joined: ctx.today, application: Application(introducedBy: introducer, appliedOn: ctx.today))
            try spelling.check(skills: member.skills, city: member.city, in: store.state)
            let outcome = try options.apply(.addApplicant(member), to: store, json: output.json)
            if output.json, case let .addApplicant(m) = outcome.applied, let saved = store.state.member(m.id) { printJSON(saved.json) }
        }
    }

    struct Applicants: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: AdmissionHelpWords.applicantsAbstract.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Flag(help: ArgumentHelp(AdmissionHelpWords.applicantsAllHelp.text)) var all = false

        func run() throws {
            let state = try options.openStore().state
            let applications = state.members.filter { $0.application != nil }
            let shown = applications.filter { all || !($0.application?.isAdmitted ?? false) }
            if output.json { printJSON(.array(shown.map(\.json))); return }
            if applications.isEmpty { printError(ApplicationWords.noApplicants.text); return }
            let name = { (id: String) in state.member(id)?.name ?? id }
            typealias H = AdmissionHelpWords
            var table = TextTable(Heading.id.text, Heading.name.text, H.headingApplied.text, H.headingIntroduced.text, H.headingViews.text,
                                  H.headingDecision.text)
            for m in shown {
                guard let app = m.application else { continue }
                table.add(m.id, m.name, app.appliedOn.shown, app.introducedBy.map(name) ?? "",
                          "\(app.count(.for))/\(app.count(.against))/\(app.count(.question))", app.decisionWords(names: name).text)
            }
            if !shown.isEmpty { Console.out(table.render()) } else { printError(ApplicationWords.allDecided.text) }
            let notNow = applications.filter { $0.application?.decision?.outcome == .notNow }.count
            let admitted = applications.filter { $0.application?.isAdmitted ?? false }.count
            printError(ApplicationWords.count(open: applications.count - notNow - admitted, notNow: notNow, admitted: admitted).text)
        }
    }

    struct ShowApplication: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "application", abstract: AdmissionHelpWords.applicationAbstract.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(AdmissionHelpWords.applicantIdHelp.text)) var id: String

        func run() throws {
            let state = try options.openStore().state
            guard let m = state.member(id) else { throw DomainError(ChangeRefusal.noMember(id)) }
            guard let app = m.application else { throw DomainError(AdmissionRefusal.noApplication(m.id, name: m.name)) }
            let facts = InHouseSkills(m, in: state, on: options.context().today)
            if output.json {
                var b = JSONObjectBuilder()
                b.set("member", m.json)
                b.set("inHouse", .array(facts.skills.map(\.json)))
                b.set("criteria", .array(state.network.admissionCriteria.map(\.json)))
                printJSON(b.value)
                return
            }
            Console.out(TerminalText.sanitise(ApplicationText.render(m, app, facts: facts, state: state)))
        }
    }

    struct View: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: AdmissionHelpWords.viewAbstract.text)
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(AdmissionHelpWords.applicantIdHelp.text)) var id: String
        @Flag(name: .customLong("for"), help: ArgumentHelp(AdmissionHelpWords.forHelp.text)) var isFor = false
        @Flag(help: ArgumentHelp(AdmissionHelpWords.againstHelp.text)) var against = false
        @Flag(help: ArgumentHelp(AdmissionHelpWords.questionHelp.text)) var question = false
        @Option(help: ArgumentHelp(AdmissionHelpWords.viewNoteHelp.text)) var note: String = ""

        func validate() throws {
            if [isFor, against, question].filter({ $0 }).count != 1 { throw ValidationError(AdmissionHelpWords.oneStance.text) }
        }

        func run() throws {
            let stance: ApplicantView.Stance = isFor ? .for : against ? .against : .question
            let ctx = options.context()
            let store = try options.openStore()
            let by = try store.state.acting(ctx).member?.id ?? ctx.actor
            try options.apply(.viewApplicant(applicant: id, ApplicantView(by: by, stance: stance, note: note, on: ctx.today)), to: store)
        }
    }

    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: AdmissionHelpWords.noteAbstract.text)
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(AdmissionHelpWords.applicantIdHelp.text)) var id: String
        @Option(help: ArgumentHelp(AdmissionHelpWords.criterionHelp.text)) var criterion: String
        @Option(help: ArgumentHelp(AdmissionHelpWords.criterionNoteHelp.text)) var note: String

        func run() throws {
            let ctx = options.context()
            let store = try options.openStore()
            let by = try store.state.acting(ctx).member?.id ?? ctx.actor
            try options.apply(.noteCriterion(applicant: id, CriterionNote(criterion: criterion, by: by, note: note, on: ctx.today)), to: store)
        }
    }

    struct Admit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: AdmissionHelpWords.admitAbstract.text)
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(AdmissionHelpWords.applicantIdHelp.text)) var id: String
        @Option(help: ArgumentHelp(AdmissionHelpWords.admitRoleHelp.text)) var role: String
        @Option(help: ArgumentHelp(AdmissionHelpWords.admitFromHelp.text)) var from: String?

        func run() throws {
            let r: Role = try Parse.value(role, "--role")
            let day = try from.map { try Parse.day($0, option: "--from") } ?? options.context().today
            try options.apply(.admitApplicant(applicant: id, role: r, from: day))
        }
    }

    struct Decline: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: AdmissionHelpWords.declineAbstract.text)
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(AdmissionHelpWords.applicantIdHelp.text)) var id: String
        @Option(help: ArgumentHelp(AdmissionHelpWords.reasonHelp.text)) var reason: String

        func run() throws {
            try options.apply(.declineApplicant(applicant: id, reason: reason))
        }
    }
}

/// One application as text: who, the criteria beside the facts, the views, the decision.
enum ApplicationText {
    static func render(_ m: Member, _ app: Application, facts: InHouseSkills, state: NetworkState) -> String {
        typealias W = ApplicationWords
        let name = { (id: String) in state.member(id)?.name ?? id }
        var out: [String] = []
        out.append("\(m.name) (\(m.id)), \(W.appliedOn(app.appliedOn).text), "
                   + (app.introducedBy.map { W.introducedBy(name($0)).text } ?? W.cameOnTheirOwn.text))
        if !m.pitch.isEmpty { out.append("\(W.shareTitle.text): \(m.pitch)") }
        out.append("")
        out.append(W.skillsTitle.text)
        let width = facts.skills.map { DisplayWidth.of($0.name) }.max() ?? 0
        for s in facts.skills {
            out.append("  " + DisplayWidth.fit(s.name, width + 2) + s.words.text + (s.wouldAdd ? "  ← " + W.wouldAdd.text : ""))
        }
        for c in state.network.admissionCriteria {
            out.append("")
            out.append(c.shown)
            let notes = app.notes(on: c.id)
            if notes.isEmpty { out.append("  " + W.nothingNoted.text) }
            for n in notes { out.append("  \(name(n.by)), \(n.on.shown): \(n.note)") }
        }
        out.append("")
        out.append("\(W.viewsTitle.text): " + (app.views.isEmpty ? W.noViews.text
                                                                  : W.views(for: app.count(.for), against: app.count(.against), questions: app.count(.question)).text))
        for v in app.views {
            out.append("  " + DisplayWidth.fit(W.stance(v.stance).text, 10) + "\(name(v.by)), \(v.on.shown)" + (v.note.isEmpty ? "" : ": \(v.note)"))
        }
        out.append("")
        out.append("\(W.decisionTitle.text): " + app.decisionWords(names: name).text)
        for d in app.decisions.dropLast() {
            var earlier = app
            earlier.decisions = [d]
            out.append("  " + earlier.decisionWords(names: name).text)
        }
        return out.joined(separator: "\n")
    }
}
