import SamenCore

/// The add and edit forms of the member directory, and how their fields
/// become a domain change.
enum MemberForm {
    static func fields(_ m: Member?, hours: Hours) -> [FormState.Field] {
        [
            .init(key: "name", label: "Name", kind: .text, value: m?.name ?? "", hint: "full name"),
            .init(key: "role", label: "Role", kind: .choice(Role.allCases.map(\.rawValue)), value: (m?.role ?? .member).rawValue),
            .init(key: "skills", label: "Skills", kind: .tags, value: m?.skills.joined(separator: ", ") ?? "", hint: "e.g. design, illustration"),
            .init(key: "seniority", label: "Seniority", kind: .choice(Seniority.allCases.map(\.rawValue)), value: (m?.seniority ?? .medior).rawValue),
            .init(key: "city", label: "City", kind: .text, value: m?.city ?? "", hint: "for travel distances"),
            .init(key: "hours", label: "Hours/week", kind: .hours, value: hours.description, hint: "for network work, 0-80, e.g. 16 or 2,5"),
            .init(key: "involvement", label: "Involvement", kind: .choice(Involvement.allCases.map(\.rawValue)), value: (m?.involvement ?? .weekly).rawValue),
            .init(key: "email", label: "Email", kind: .text, value: m?.email ?? ""),
            .init(key: "phone", label: "Phone", kind: .text, value: m?.phone ?? ""),
            .init(key: "login", label: "Login", kind: .text, value: m?.login ?? "", hint: "Unix user on this server"),
            .init(key: "desks", label: "Desks", kind: .number, value: String(m?.desks ?? 0)),
            .init(key: "pitch", label: "Share pitch", kind: .paragraph, value: m?.pitch ?? "", hint: "what they are good at"),
        ]
    }

    static func add(network: Network) -> FormState {
        FormState(title: "New member", purpose: .addMember, fields: fields(nil, hours: Hours(network.defaultHoursPerWeek)))
    }

    static func edit(_ m: Member, today: Day) -> FormState {
        var fields = fields(m, hours: m.contractedHours(on: today))
        // New hours count from a day, so capacity before it keeps the old ones.
        let at = (fields.firstIndex { $0.key == "hours" } ?? fields.count - 1) + 1
        fields.insert(.init(key: "hoursFrom", label: "Hours from", kind: .date, value: today.iso,
                            hint: "the day new hours start: 1-1-2027, mon"), at: at)
        // Before the pitch, which stays last (Shift-Tab reaches it from the first field).
        fields.insert(.init(key: "declines", label: "Won't work for", kind: .tags, value: m.declinedClients.joined(separator: ", "),
                            hint: "clients, comma separated; staffing leaves them out"), at: fields.firstIndex { $0.key == "pitch" } ?? fields.count)
        return FormState(title: "Edit \(m.name)", purpose: .editMember(m.id), fields: fields)
    }

    struct Problem: Error { var message: String; var field: String? }

    /// The change the form asks for, or what is wrong with what was typed.
    static func change(from form: FormState, state: NetworkState, today: Day) -> Result<Change, Problem> {
        func number(_ key: String, _ what: String) -> Result<Int, Problem> {
            let text = form.value(key).trimmingSpacesTUI()
            guard let n = Int(text) else { return .failure(Problem(message: "\(what) must be a whole number, got '\(text)'", field: key)) }
            return .success(n)
        }
        let skills = form.tags("skills")
        let optional = { (key: String) -> String? in let v = form.value(key).trimmingSpacesTUI(); return v.isEmpty ? nil : v }
        let hours: Hours, desks: Int
        // The range is the domain's to say (it names the contracted hours).
        switch form.hours("hours", "hours per week", in: Limits.storedHours) {
        case let .success(h?): hours = h
        case .success(nil): return .failure(Problem(message: "hours per week: how many? (0 for none)", field: "hours"))
        case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
        }
        switch number("desks", "desks") { case let .success(d): desks = d; case let .failure(p): return .failure(p) }
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
        if form.changed("seniority") { e.seniority = Seniority(rawValue: form.value("seniority")) }
        if form.changed("city") { e.city = form.value("city") }
        if form.changed("hours") {
            e.hoursPerWeek = hours
            switch form.day("hoursFrom", "the day the new hours start") {
            case let .failure(err): return .failure(Problem(message: err.message, field: err.field))
            case let .success(d): e.hoursFrom = d
            }
        } else if form.changed("hoursFrom") {
            return .failure(Problem(message: "the hours stay \(hours) h/week: change Hours/week too, or leave the day alone", field: "hoursFrom"))
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
        if e.isEmpty, declines == nil { return .failure(Problem(message: "nothing changed; edit a field or press Esc", field: nil)) }
        return .success(Change.one((e.isEmpty ? [] : [.editMember(e)]) + (declines.map { [$0] } ?? [])))
    }
}
