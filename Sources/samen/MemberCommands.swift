import ArgumentParser
import Foundation
import SamenCore

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: MemberHelpWords.memberAbstract.text,
        subcommands: [List.self, Show.self, Add.self, Edit.self, Left.self, TimeOffCommand.self, DeclineClient.self, KeyCommand.self],
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
            var table = TextTable("ID", "NAME", "ROLE", "CITY", "H/WK", "NEEDS", "SKILLS")
            table.rightAligned = [4]
            for m in members {
                table.add(m.id, m.name, m.left == nil ? m.role.rawValue : "left", m.city, m.contractedHours(on: today).description,
                          needsWork[m.id].map { "\($0.unmetHoursPerWeek) h" } ?? "", m.skills.joined(separator: ", "))
            }
            Console.out(table.render())
            printError("\(members.count) of \(state.members.count) members")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: MemberHelpWords.showAbstract.text, discussion: MemberHelpWords.showDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String

        func run() throws {
            let state = try options.openStore().state
            guard let m = state.member(id) else { throw ValidationError("member '\(id)' does not exist") }
            if output.json { printJSON(m.json); return }
            let today = options.context().today
            var lines: [(String, String)] = [
                ("id", m.id), ("name", m.name), ("role", m.role.rawValue), ("seniority", m.seniority.rawValue),
                ("city", m.city), ("skills", m.skills.joined(separator: ", ")), ("involvement", m.involvement.rawValue),
                ("hours/week", "\(m.contractedHours(on: today)) (" + m.hours.map { "\($0.hoursPerWeek) from \($0.from)" }.joined(separator: ", ") + ")"),
                ("joined", m.joined.iso),
            ]
            if let l = m.left { lines.append(("left", l.iso)) }
            if let e = m.email { lines.append(("email", e)) }
            if let p = m.phone { lines.append(("phone", p)) }
            if let l = m.login { lines.append(("login", l)) }
            if m.desks > 0 { lines.append(("desks", String(m.desks))) }
            if !m.pitch.isEmpty { lines.append(("share", m.pitch)) }
            if !m.declinedClients.isEmpty { lines.append(("declines", m.declinedClients.joined(separator: ", "))) }
            for k in m.keys { lines.append(("key", KeyCommand.describe(k))) }
            for t in m.timeOff where t.range.end >= today { lines.append(("time off", "\(t.range) \(t.note)")) }
            if let nw = state.needsWorkSignals(on: today)[m.id] {
                lines.append(("needs work", nw.isMet ? "met: staffed for \(nw.staffedHoursPerWeek) h/week (request \(nw.request.id) still open)"
                                                     : "\(nw.unmetHoursPerWeek) of \(nw.wantedHoursPerWeek) h/week still to find (request \(nw.request.id))"))
            }
            for r in state.requests where r.isOpen && r.involves(m.id) {
                let what = r.from == m.id ? "asks" : "offers on"
                lines.append(("help", "\(what) \(r.id) (\(r.kind.rawValue), \(r.offers.count) offer\(r.offers.count == 1 ? "" : "s")): \(r.text)"))
            }
            for p in state.projects where !p.status.isClosed {
                if let a = p.allocations.first(where: { $0.member == m.id }) {
                    lines.append(("project", "\(p.id) \(p.title) (\(p.status.rawValue)): \(a.hoursPerWeek) h/wk \(a.range)"))
                } else if p.lead == m.id {
                    lines.append(("leads", "\(p.id) \(p.title) (\(p.status.rawValue))"))
                }
            }
            for (k, v) in lines { Console.out(DisplayWidth.fit(k, 12) + TerminalText.sanitise(v)) }
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
            guard let name = fields.name else { throw ValidationError("--name is required") }
            guard let city = fields.city else { throw ValidationError("--city is required (it is used for travel distances)") }
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

        func run() throws {
            var e = MemberEdit(id: id)
            e.name = fields.name
            e.role = try fields.role.map { try Parse.value($0, "--role") }
            e.skills = Parse.list(fields.skills)
            e.seniority = try fields.seniority.map { try Parse.value($0, "--seniority") }
            e.city = fields.city; e.email = fields.email; e.phone = fields.phone; e.login = fields.login
            e.pitch = fields.pitch
            e.involvement = try fields.involvement.map { try Parse.value($0, "--involvement") }
            e.hoursPerWeek = try fields.hours.map { try Parse.hours($0, option: "--hours", in: Limits.storedHours) }
            e.hoursFrom = try hoursFrom.map { try Parse.day($0, option: "--hours-from") }
            e.desks = fields.desks
            if e.isEmpty { throw ValidationError("say what to change, e.g. --hours 24 or --city Haarlem (see samen member edit --help)") }
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
            if remove, to != nil || !note.isEmpty { throw ValidationError("--remove takes only --from, the first day of the time off to take back") }
            if !remove, to == nil { throw ValidationError("--to is needed: the last day off (or --remove to take time off back)") }
        }

        func run() throws {
            let start = try Parse.day(from, option: "--from")
            if remove {
                try options.apply(.removeTimeOff(member: id, from: start))
                return
            }
            let end = try Parse.day(to ?? from, option: "--to")
            guard let range = DateRange(start, end) else { throw ValidationError("--to (\(end)) is before --from (\(start))") }
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
            if none, !clients.isEmpty || remove { throw ValidationError("--none takes no clients and no --remove") }
            if !none, clients.isEmpty { throw ValidationError("name at least one client (or --none to empty the list)") }
        }

        func run() throws {
            let store = try options.openStore()
            guard let m = store.state.member(id) else { throw DomainError("member '\(id)' does not exist") }
            func same(_ a: String, _ b: String) -> Bool { a.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(b.trimmingCharacters(in: .whitespaces)) == .orderedSame }
            var list = m.declinedClients
            if none {
                list = []
            } else if remove {
                if let unknown = clients.first(where: { c in !list.contains { same($0, c) } }) {
                    throw DomainError("\(m.name) does not decline '\(unknown)'" + (list.isEmpty ? "; they decline no clients" : "; they decline: " + list.joined(separator: ", ")))
                }
                list.removeAll { c in clients.contains { same($0, c) } }
            } else {
                list += clients
            }
            try options.apply(.setDeclinedClients(member: id, clients: list), to: store)
        }
    }
}
