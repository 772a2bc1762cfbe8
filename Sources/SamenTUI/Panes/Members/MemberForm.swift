import SamenCore

/// The add and edit forms of the member directory, and how their fields
/// become a domain change.
enum MemberForm {
    static func fields(_ m: Member?, hours: Hours) -> [FormState.Field] {
        typealias W = MembersWords
        // Choices keep their English value (what the change reads); each is shown in the language's words.
        let roles = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0.rawValue, W.role($0).text) })
        let seniorities = Dictionary(uniqueKeysWithValues: Seniority.allCases.map { ($0.rawValue, W.seniority($0).text) })
        let involvements = Dictionary(uniqueKeysWithValues: Involvement.allCases.map { ($0.rawValue, W.involvement($0).text) })
        return [
            .init(key: "name", label: W.fieldName.text, kind: .text, value: m?.name ?? "", hint: W.hintName.text),
            .init(key: "role", label: W.fieldRole.text, kind: .choice(Role.allCases.map(\.rawValue)), value: (m?.role ?? .member).rawValue,
                  names: roles),
            .init(key: "skills", label: W.fieldSkills.text, kind: .tags, value: m?.skills.joined(separator: ", ") ?? "", hint: W.hintSkills.text),
            .init(key: "seniority", label: W.fieldSeniority.text, kind: .choice(Seniority.allCases.map(\.rawValue)), value: (m?.seniority ?? .medior).rawValue,
                  names: seniorities),
            .init(key: "city", label: W.fieldCity.text, kind: .text, value: m?.city ?? "", hint: W.hintCity.text),
            .init(key: "hours", label: W.fieldHours.text, kind: .hours, value: hours.shown, hint: W.hintHours.text),
            .init(key: "involvement", label: W.fieldInvolvement.text, kind: .choice(Involvement.allCases.map(\.rawValue)),
                  value: (m?.involvement ?? .weekly).rawValue, names: involvements),
            .init(key: "email", label: W.fieldEmail.text, kind: .text, value: m?.email ?? ""),
            .init(key: "phone", label: W.fieldPhone.text, kind: .text, value: m?.phone ?? ""),
            .init(key: "login", label: W.fieldLogin.text, kind: .text, value: m?.login ?? "", hint: W.hintLogin.text),
            .init(key: "desks", label: W.fieldDesks.text, kind: .number, value: String(m?.desks ?? 0)),
            .init(key: "pitch", label: W.fieldPitch.text, kind: .paragraph, value: m?.pitch ?? "", hint: W.hintPitch.text),
        ]
    }

    static func add(network: Network) -> FormState {
        FormState(title: MembersWords.newMember.text, purpose: .addMember, fields: fields(nil, hours: Hours(network.defaultHoursPerWeek)))
    }

    static func edit(_ m: Member, today: Day) -> FormState {
        var fields = fields(m, hours: m.contractedHours(on: today))
        // New hours count from a day, so capacity before it keeps the old ones.
        let at = (fields.firstIndex { $0.key == "hours" } ?? fields.count - 1) + 1
        fields.insert(.init(key: "hoursFrom", label: MembersWords.fieldHoursFrom.text, kind: .date, value: today.shown,
                            hint: MembersWords.hintHoursFrom.text), at: at)
        // The work they want more of and the clients they will not work for,
        // both for staffing; before the pitch, which stays last (Shift-Tab reaches it from the first field).
        fields.insert(.init(key: "wantsMore", label: MembersWords.fieldWantsMore.text, kind: .tags, value: m.wantsMore.joined(separator: ", "),
                            hint: MembersWords.hintWantsMore.text), at: fields.firstIndex { $0.key == "pitch" } ?? fields.count)
        fields.insert(.init(key: "declines", label: MembersWords.fieldDeclines.text, kind: .tags, value: m.declinedClients.joined(separator: ", "),
                            hint: MembersWords.hintDeclines.text), at: fields.firstIndex { $0.key == "pitch" } ?? fields.count)
        return FormState(title: MembersWords.edit(m.name).text, purpose: .editMember(m.id), fields: fields)
    }

    struct Problem: Error { var message: String; var field: String? }

    /// The change the form asks for, or what is wrong with what was typed.
    static func change(from form: FormState, state: NetworkState, today: Day) -> Result<Change, Problem> {
        func number(_ key: String, _ what: String) -> Result<Int, Problem> {
            let text = form.value(key).trimmingSpacesTUI()
            guard let n = Int(text) else { return .failure(Problem(message: MembersWords.wholeNumber(what: what, got: text).text, field: key)) }
            return .success(n)
        }
        let skills = form.tags("skills")
        let optional = { (key: String) -> String? in let v = form.value(key).trimmingSpacesTUI(); return v.isEmpty ? nil : v }
        let hours: Hours, desks: Int
        // The range is the domain's to say (it names the contracted hours).
        switch form.hours("hours", MembersWords.whatHoursPerWeek.text, in: Limits.storedHours) {
        case let .success(h?): hours = h
        case .success(nil): return .failure(Problem(message: MembersWords.howManyHours.text, field: "hours"))
        case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
        }
        switch number("desks", MembersWords.whatDesks.text) { case let .success(d): desks = d; case let .failure(p): return .failure(p) }
        guard case let .editMember(id) = form.purpose else {
            let m = Member(id: "", name: form.value("name"), role: Role(rawValue: form.value("role")) ?? .member, skills: skills,
                           seniority: Seniority(rawValue: form.value("seniority")) ?? .medior, city: form.value("city"),
                           email: optional("email"), phone: optional("phone"), login: optional("login"), pitch: form.value("pitch"),
                           involvement: Involvement(rawValue: form.value("involvement")) ?? .weekly,
                           hours: [ContractedHours(hoursPerWeek: hours, from: today)], desks: desks, joined: today)
            return .success(.addMember(m))
        }
        var e = MemberEdit(id: id)
        if form.changed("name") { e.name = form.value("name") }
        if form.changed("role") { e.role = Role(rawValue: form.value("role")) }
        if form.changed("skills") { e.skills = skills }
        // Emptied, it says they want nothing more in particular.
        if form.changed("wantsMore") { e.wantsMore = form.tags("wantsMore") }
        if form.changed("seniority") { e.seniority = Seniority(rawValue: form.value("seniority")) }
        if form.changed("city") { e.city = form.value("city") }
        if form.changed("hours") {
            e.hoursPerWeek = hours
            switch form.day("hoursFrom", MembersWords.whatHoursStart.text) {
            case let .failure(err): return .failure(Problem(message: err.message, field: err.field))
            case let .success(d): e.hoursFrom = d
            }
        } else if form.changed("hoursFrom") {
            return .failure(Problem(message: MembersWords.hoursStay(hours.shown).text, field: "hoursFrom"))
        }
        if form.changed("involvement") { e.involvement = Involvement(rawValue: form.value("involvement")) }
        // Emptied fields clear the value (MemberEdit takes "" as "none").
        if form.changed("email") { e.email = optional("email") ?? "" }
        if form.changed("phone") { e.phone = optional("phone") ?? "" }
        if form.changed("login") { e.login = optional("login") ?? "" }
        if form.changed("desks") { e.desks = desks }
        if form.changed("pitch") { e.pitch = form.value("pitch") }
        // The clients they will not work for are a change of their own, logged apart.
        let declines: Change? = form.changed("declines")
            ? .setDeclinedClients(member: id, clients: form.tags("declines"))
            : nil
        if e.isEmpty, declines == nil { return .failure(Problem(message: MembersWords.nothingChanged.text, field: nil)) }
        return .success(Change.one((e.isEmpty ? [] : [.editMember(e)]) + (declines.map { [$0] } ?? [])))
    }
}
