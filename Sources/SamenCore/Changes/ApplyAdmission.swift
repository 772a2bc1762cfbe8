/// An application's steps (issue 16): applying, views, notes on the
/// network's criteria, and the decision. Each checks everything before it
/// changes anything; a "not now" keeps the application, and every step is
/// a history line of its own.
extension NetworkState {
    mutating func addApplicant(_ proposed: Member, _ ctx: ChangeContext) throws -> ChangeOutcome {
        guard proposed.role == .applicant else { throw DomainError(AdmissionRefusal.notAnApplicant(proposed.role.rawValue), field: .role) }
        var m = proposed
        var introducer: Member?
        if let by = m.application?.introducedBy?.trimmingSpaces(), !by.isEmpty {
            let who = try existingMember(by)
            try checkSpeaker(who, about: m.id, on: ctx.today)
            introducer = who
        }
        // The application starts today, empty: views, notes and decisions come as their own steps.
        m.application = Application(introducedBy: introducer?.id, appliedOn: ctx.today)
        m.joined = ctx.today
        m.left = nil
        var out = try addMember(m, ctx)
        guard let added = members[id: out.members.first ?? m.id] else { return out }
        out.applied = .addApplicant(added)
        out.said = .admission(.applied(name: added.name, id: added.id, introducedBy: introducer?.name))
        return out
    }

    mutating func viewApplicant(_ id: String, _ view: ApplicantView, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var (m, app) = try application(of: id)
        let speaker = try existingMember(view.by)
        try checkSpeaker(speaker, about: m.id, on: ctx.today)
        if app.isAdmitted, let d = app.decision { throw DomainError(AdmissionRefusal.decidedAlready(m.name, on: d.on)) }
        try Rules.noteLength(view.note, .offerNote)
        var v = view
        v.by = speaker.id
        v.note = view.note.trimmingSpaces()
        v.on = ctx.today
        // One view per member: a changed mind replaces the earlier view (the history keeps both).
        if let i = app.views.firstIndex(where: { $0.by == speaker.id }) { app.views[i] = v } else { app.views.append(v) }
        m.application = app
        members.upsert(m)
        var out = ChangeOutcome(applied: .viewApplicant(applicant: m.id, v),
                                said: .admission(.viewed(by: speaker.name, applicant: m.name, stance: v.stance)))
        out.members = [m.id]
        return out
    }

    mutating func noteCriterion(_ id: String, _ note: CriterionNote, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var (m, app) = try application(of: id)
        guard let criterion = network.admissionCriterion(note.criterion) else {
            throw DomainError(AdmissionRefusal.unknownCriterion(note.criterion, known: network.admissionCriteria.map(\.id)))
        }
        let speaker = try existingMember(note.by)
        try checkSpeaker(speaker, about: m.id, on: ctx.today)
        if app.isAdmitted, let d = app.decision { throw DomainError(AdmissionRefusal.decidedAlready(m.name, on: d.on)) }
        let text = note.note.trimmingSpaces()
        guard !text.isEmpty else { throw DomainError(AdmissionRefusal.emptyCriterionNote(criterion.id), field: .note) }
        let n = CriterionNote(criterion: criterion.id, by: speaker.id, note: text, on: ctx.today)
        app.notes.append(n)
        m.application = app
        members.upsert(m)
        var out = ChangeOutcome(applied: .noteCriterion(applicant: m.id, n),
                                said: .admission(.noted(by: speaker.name, applicant: m.name, criterion: criterion.id)))
        out.members = [m.id]
        return out
    }

    mutating func admitApplicant(_ id: String, _ role: Role, _ from: Day, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var (m, app) = try application(of: id)
        if app.isAdmitted, let d = app.decision {
            throw DomainError(AdmissionRefusal.alreadyAdmitted(m.name, on: d.on, role: d.role ?? m.role))
        }
        guard [.partner, .associate, .member].contains(role) else { throw DomainError(AdmissionRefusal.admitAs(role), field: .role) }
        guard from >= app.appliedOn else { throw DomainError(AdmissionRefusal.startsBeforeApplying(from: from, applied: app.appliedOn), field: .start) }
        guard !app.views.isEmpty else { throw DomainError(AdmissionRefusal.noViewsYet(m.name)) }
        app.decisions.append(AdmissionDecision(outcome: .admit, role: role, from: from, by: decider(ctx), on: ctx.today))
        m.application = app
        m.role = role
        // They are in the network from the start date; hours they gave when applying count from then.
        m.joined = from
        var hours: [ContractedHours] = []
        for h in m.hours {
            let moved = ContractedHours(hoursPerWeek: h.hoursPerWeek, from: max(h.from, from))
            if let last = hours.last, last.from == moved.from { hours[hours.count - 1] = moved } else { hours.append(moved) }
        }
        m.hours = hours
        members.upsert(m)
        var out = ChangeOutcome(applied: .admitApplicant(applicant: m.id, role: role, from: from),
                                said: .admission(.admitted(name: m.name, role: role, from: from)))
        out.members = [m.id]
        return out
    }

    mutating func declineApplicant(_ id: String, _ reason: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var (m, app) = try application(of: id)
        if let d = app.decision {
            if d.outcome == .admit { throw DomainError(AdmissionRefusal.alreadyAdmitted(m.name, on: d.on, role: d.role ?? m.role)) }
            throw DomainError(AdmissionRefusal.alreadyNotNow(m.name, on: d.on))
        }
        let text = reason.trimmingSpaces()
        guard !text.isEmpty else { throw DomainError(AdmissionRefusal.emptyReason, field: .reason) }
        guard !app.views.isEmpty else { throw DomainError(AdmissionRefusal.noViewsYet(m.name)) }
        app.decisions.append(AdmissionDecision(outcome: .notNow, reason: text, by: decider(ctx), on: ctx.today))
        m.application = app
        members.upsert(m)
        var out = ChangeOutcome(applied: .declineApplicant(applicant: m.id, reason: text),
                                said: .admission(.notNow(name: m.name, reason: text)))
        out.members = [m.id]
        return out
    }

    /// The member and their application, or why there is none.
    private func application(of id: String) throws -> (Member, Application) {
        let m = try existingMember(id)
        guard let app = m.application else { throw DomainError(AdmissionRefusal.noApplication(m.id, name: m.name), field: .member) }
        return (m, app)
    }

    /// Views, notes and introductions come from members in the network, never from the applicant.
    private func checkSpeaker(_ speaker: Member, about applicant: String, on day: Day) throws {
        guard speaker.id != applicant else { throw DomainError(AdmissionRefusal.ownApplication(speaker.name), field: .member) }
        guard takesOnWork(speaker) else { throw DomainError(AdmissionRefusal.viewerTakesNoPart(speaker.name, speaker.role), field: .member) }
        guard speaker.isActive(on: day) else { throw DomainError(AdmissionRefusal.viewerLeft(speaker.name), field: .member) }
    }

    /// Who decides: the member acted as, else the person (an administrator).
    private func decider(_ ctx: ChangeContext) -> String {
        (try? acting(ctx))?.member?.id ?? ctx.actor
    }
}
