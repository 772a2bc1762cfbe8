import ArgumentParser
import Foundation
import SamenCore

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: MemberHelpWords.memberAbstract.text,
        subcommands: [List.self, Show.self, Add.self, Edit.self, Left.self, TimeOffCommand.self, DeclineClient.self, KeyCommand.self,
                      Apply.self, Applicants.self, ShowApplication.self, View.self, Note.self, Admit.self, Decline.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MemberHelpWords.listAbstract.text,
            discussion: MemberHelpWords.listDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: ArgumentHelp(MemberHelpWords.listSkillHelp.text)) var skill: [String] = []
        @Option(help: ArgumentHelp(MemberHelpWords.listRoleHelp.text)) var role: String?
        @Flag(help: ArgumentHelp(MemberHelpWords.listAllHelp.text)) var all = false

        func run() throws {
            let store = try options.openStore()
            let state = store.state
            let today = options.context().today
            let role = try self.role.map { try Parse.value($0, "--role", Role.self) }
            // Unmet signals only: closing one, or being staffed for its hours, removes the mark.
            let needsWork = state.unmetNeedsWork(on: today)
            Spelling.warnAboutFilter(skills: skill, in: state)
            let members = state.members.filter { m in
                (all || m.left.map { $0 > today } ?? true)
                    && skill.allSatisfy { m.hasSkill($0) }
                    && (role == nil || m.role == role)
            }
            if output.json {
                printJSON(.array(members.map { m in
                    var v = m.json
                    if case var .object(pairs) = v {
                        pairs.append(("contractedHoursNow", m.contractedHours(on: today).json))
                        pairs.append(("needsWorkHours", needsWork[m.id].map { $0.unmetHoursPerWeek.json } ?? .null))
                        pairs.sort { $0.0 < $1.0 }
                        v = .object(pairs)
                    }
                    return v
                }))
                return
            }
            var table = TextTable(Heading.id.text, Heading.name.text, Heading.role.text, Heading.city.text, Heading.hoursPerWeek.text,
                                  Heading.needs.text, Heading.skills.text)
            table.rightAligned = [4]
            for m in members {
                table.add(m.id, m.name, m.left == nil ? ValueWords.role(m.role).text : CLIWords.left.text, m.city, m.contractedHours(on: today).shown,
                          needsWork[m.id].map { CLIWords.hours($0.unmetHoursPerWeek.shown).text } ?? "", m.skills.joined(separator: ", "))
            }
            Console.out(table.render())
            printError(CLIWords.membersCount(members.count, of: state.members.count).text)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: MemberHelpWords.showAbstract.text, discussion: MemberHelpWords.showDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String

        func run() throws {
            let state = try options.openStore().state
            guard let m = state.member(id) else { throw ValidationError(ChangeRefusal.noMember(id).text) }
            if output.json { printJSON(m.json); return }
            let today = options.context().today
            typealias W = CLIWords
            var lines: [(String, String)] = [
                (W.labelID.text, m.id), (W.labelName.text, m.name), (W.labelRole.text, ValueWords.role(m.role).text),
                (W.labelSeniority.text, ValueWords.seniority(m.seniority).text),
                (W.labelCity.text, m.city), (W.labelSkills.text, m.skills.joined(separator: ", ")),
                (W.labelInvolvement.text, ValueWords.involvement(m.involvement).text),
                (W.labelHoursPerWeek.text, "\(m.contractedHours(on: today).shown) ("
                    + m.hours.map { W.hoursFrom(hours: $0.hoursPerWeek.shown, day: $0.from.shown).text }.joined(separator: ", ") + ")"),
                (W.labelJoined.text, m.joined.shown),
            ]
            if let l = m.left { lines.append((W.labelLeft.text, l.shown)) }
            if let e = m.email { lines.append((W.labelEmail.text, e)) }
            if let p = m.phone { lines.append((W.labelPhone.text, p)) }
            if let l = m.login { lines.append((W.labelLogin.text, l)) }
            if m.desks > 0 { lines.append((W.labelDesks.text, String(m.desks))) }
            if !m.pitch.isEmpty { lines.append((W.labelShare.text, m.pitch)) }
            if !m.wantsMore.isEmpty { lines.append((W.labelWantsMore.text, m.wantsMore.joined(separator: ", "))) }
            if !m.declinedClients.isEmpty { lines.append((W.labelDeclines.text, m.declinedClients.joined(separator: ", "))) }
            for k in m.keys { lines.append((W.labelKey.text, KeyCommand.describe(k))) }
            for t in m.timeOff where t.range.end >= today { lines.append((W.labelTimeOff.text, "\(W.range(t.range).text) \(t.note)")) }
            if let nw = state.needsWorkSignals(on: today)[m.id] {
                lines.append((W.labelNeedsWork.text, nw.isMet ? W.needsWorkMet(hours: nw.staffedHoursPerWeek.shown, request: nw.request.id).text
                                                             : W.needsWorkUnmet(unmet: nw.unmetHoursPerWeek.shown, wanted: nw.wantedHoursPerWeek.shown,
                                                                                request: nw.request.id).text))
            }
            for r in state.requests where r.isOpen && r.involves(m.id) {
                let what = r.from == m.id ? W.asks.text : W.offersOn.text
                lines.append((W.labelHelp.text, W.helpLine(what: what, id: r.id, kind: ValueWords.requestKind(r.kind).text, offers: r.offers.count, text: r.text).text))
            }
            for p in state.projects where !p.status.isClosed {
                if let a = p.allocations.first(where: { $0.member == m.id }) {
                    lines.append((W.labelProject.text, W.projectLine(id: p.id, title: p.title, status: ValueWords.status(p.status).text,
                                                                     hours: a.hoursPerWeek.shown, range: W.range(a.range).text).text))
                } else if p.lead == m.id {
                    lines.append((W.labelLeads.text, W.leadsLine(id: p.id, title: p.title, status: ValueWords.status(p.status).text).text))
                }
            }
            for (k, v) in lines { Console.out(DisplayWidth.fit(k, CLIWords.labelWidth) + TerminalText.sanitise(v)) }
        }
    }

    /// Options shared by add and edit; nil means "not given".
    struct Fields: ParsableArguments {
        @Option(help: ArgumentHelp(MemberHelpWords.nameHelp.text)) var name: String?
        @Option(help: ArgumentHelp(MemberHelpWords.roleHelp.text)) var role: String?
        @Option(help: ArgumentHelp(MemberHelpWords.skillsHelp.text)) var skills: String?
        @Option(help: ArgumentHelp(MemberHelpWords.seniorityHelp.text)) var seniority: String?
        @Option(help: ArgumentHelp(MemberHelpWords.cityHelp.text)) var city: String?
        @Option(help: ArgumentHelp(MemberHelpWords.hoursHelp.text, valueName: "H")) var hours: String?
        @Option(help: ArgumentHelp(MemberHelpWords.emailHelp.text)) var email: String?
        @Option(help: ArgumentHelp(MemberHelpWords.phoneHelp.text)) var phone: String?
        @Option(help: ArgumentHelp(MemberHelpWords.loginHelp.text)) var login: String?
        @Option(help: ArgumentHelp(MemberHelpWords.pitchHelp.text)) var pitch: String?
        @Option(help: ArgumentHelp(MemberHelpWords.involvementHelp.text)) var involvement: String?
        @Option(help: ArgumentHelp(MemberHelpWords.desksHelp.text)) var desks: Int?
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MemberHelpWords.addAbstract.text,
            discussion: MemberHelpWords.addDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @OptionGroup var fields: Fields
        @OptionGroup var spelling: SpellingOptions
        @Option(help: ArgumentHelp(MemberHelpWords.addIdHelp.text)) var id: String?
        @Option(help: ArgumentHelp(MemberHelpWords.addJoinedHelp.text)) var joined: String?

        func run() throws {
            guard let name = fields.name else { throw ValidationError(ErrorWords.required("--name").text) }
            guard let city = fields.city else { throw ValidationError(ErrorWords.cityRequired.text) }
            let ctx = options.context()
            let joinedDay = try joined.map { try Parse.day($0, option: "--joined") } ?? ctx.today
            let member = Member(
                id: id ?? "", name: name, role: try Parse.value(fields.role ?? "member", "--role"),
                skills: Parse.list(fields.skills) ?? [], seniority: try Parse.value(fields.seniority ?? "medior", "--seniority"),
                city: city, email: fields.email, phone: fields.phone, login: fields.login, pitch: fields.pitch ?? "",
                involvement: try Parse.value(fields.involvement ?? "weekly", "--involvement"),
                hours: try fields.hours.map { [ContractedHours(hoursPerWeek: try Parse.hours($0, option: "--hours", in: Limits.storedHours), from: joinedDay)] } ?? [],
                desks: fields.desks ?? 0, joined: joinedDay)
            let store = try options.openStore()
            try spelling.check(skills: member.skills, city: member.city, in: store.state)
            let outcome = try options.apply(.addMember(member), to: store, json: output.json)
            if output.json, case let .addMember(m) = outcome.applied { printJSON(store.state.member(m.id)!.json) }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MemberHelpWords.editAbstract.text,
            discussion: MemberHelpWords.editDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String
        @OptionGroup var fields: Fields
        @OptionGroup var spelling: SpellingOptions
        @Option(help: ArgumentHelp(MemberHelpWords.editHoursFromHelp.text)) var hoursFrom: String?
        @Option(help: ArgumentHelp(AskCommandWords.wantsMoreHelp.text)) var wantsMore: String?

        func run() throws {
            var e = MemberEdit(id: id)
            e.name = fields.name
            e.role = try fields.role.map { try Parse.value($0, "--role") }
            e.skills = Parse.list(fields.skills)
            e.seniority = try fields.seniority.map { try Parse.value($0, "--seniority") }
            e.city = fields.city; e.email = fields.email; e.phone = fields.phone; e.login = fields.login
            e.pitch = fields.pitch
            e.wantsMore = Parse.list(wantsMore)
            e.involvement = try fields.involvement.map { try Parse.value($0, "--involvement") }
            e.hoursPerWeek = try fields.hours.map { try Parse.hours($0, option: "--hours", in: Limits.storedHours) }
            e.hoursFrom = try hoursFrom.map { try Parse.day($0, option: "--hours-from") }
            e.desks = fields.desks
            if e.isEmpty { throw ValidationError(ErrorWords.sayWhatToChangeMember.text) }
            let store = try options.openStore()
            try spelling.check(skills: e.skills ?? [], city: e.city, in: store.state)
            try options.apply(.editMember(e), to: store)
        }
    }

    struct Left: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MemberHelpWords.leftAbstract.text,
            discussion: MemberHelpWords.leftDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String
        @Option(help: ArgumentHelp(MemberHelpWords.leftOnHelp.text)) var on: String?

        func run() throws {
            let day = try on.map { try Parse.day($0, option: "--on") } ?? options.context().today
            try options.apply(.memberLeft(member: id, on: day))
        }
    }

    struct TimeOffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "time-off",
            abstract: MemberHelpWords.timeOffAbstract.text,
            discussion: MemberHelpWords.timeOffDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String
        @Option(help: ArgumentHelp(MemberHelpWords.timeOffFromHelp.text)) var from: String
        @Option(help: ArgumentHelp(MemberHelpWords.timeOffToHelp.text)) var to: String?
        @Option(help: ArgumentHelp(MemberHelpWords.timeOffNoteHelp.text)) var note: String = ""
        @Flag(help: ArgumentHelp(MemberHelpWords.timeOffRemoveHelp.text)) var remove = false

        func validate() throws {
            if remove, to != nil || !note.isEmpty { throw ValidationError(ErrorWords.removeTakesOnlyFrom.text) }
            if !remove, to == nil { throw ValidationError(ErrorWords.toIsNeeded.text) }
        }

        func run() throws {
            let start = try Parse.day(from, option: "--from")
            if remove {
                try options.apply(.removeTimeOff(member: id, from: start))
                return
            }
            let end = try Parse.day(to ?? from, option: "--to")
            guard let range = DateRange(start, end) else { throw ValidationError(ErrorWords.toBeforeFrom(to: end.shown, from: start.shown).text) }
            try options.apply(.addTimeOff(member: id, TimeOff(range: range, note: note)))
        }
    }

    struct DeclineClient: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decline-client",
            abstract: MemberHelpWords.declineAbstract.text,
            discussion: MemberHelpWords.declineDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String
        @Argument(help: ArgumentHelp(MemberHelpWords.declineClientsHelp.text)) var clients: [String] = []
        @Flag(help: ArgumentHelp(MemberHelpWords.declineRemoveHelp.text)) var remove = false
        @Flag(help: ArgumentHelp(MemberHelpWords.declineNoneHelp.text)) var none = false

        func validate() throws {
            if none, !clients.isEmpty || remove { throw ValidationError(ErrorWords.noneTakesNoClients.text) }
            if !none, clients.isEmpty { throw ValidationError(ErrorWords.nameAClient.text) }
        }

        func run() throws {
            let store = try options.openStore()
            guard let m = store.state.member(id) else { throw DomainError(ChangeRefusal.noMember(id)) }
            func same(_ a: String, _ b: String) -> Bool { a.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(b.trimmingCharacters(in: .whitespaces)) == .orderedSame }
            var list = m.declinedClients
            if none {
                list = []
            } else if remove {
                if let unknown = clients.first(where: { c in !list.contains { same($0, c) } }) {
                    throw DomainError(ErrorWords.doesNotDecline(name: m.name, client: unknown).text
                                      + (list.isEmpty ? ErrorWords.declinesNone.text : ErrorWords.declines(list.joined(separator: ", ")).text))
                }
                list.removeAll { c in clients.contains { same($0, c) } }
            } else {
                list += clients
            }
            try options.apply(.setDeclinedClients(member: id, clients: list), to: store)
        }
    }
}
