extension NetworkState {
    mutating func addRequest(_ proposed: HelpRequest, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var r = proposed
        let asker = try existingMember(r.from)
        if let left = asker.left, left <= ctx.today { throw DomainError(ChangeRefusal.memberLeftNetwork(asker.id, on: left), field: .member) }
        r.tags = try Rules.tags(r.tags, .topicTags, field: .topic)
        switch r.kind {
        case .needsWork:
            guard let h = r.hoursPerWeek, h > 0 else { throw DomainError(RequestRefusal.needsWorkNeedsHours, field: .hours) }
            try Rules.hoursPerWeek(h)
            if r.text.trimmingSpaces().isEmpty { r.text = "Looking for \(h) hours a week of work" }
            if let open = requests.first(where: { $0.from == r.from && $0.kind == .needsWork && $0.isOpen }) {
                throw DomainError(RequestRefusal.openNeedsWorkAlready(asker.name, open.id))
            }
        case .advice, .other:
            if r.hoursPerWeek != nil { throw DomainError(RequestRefusal.hoursOnlyForNeedsWork, field: .hours) }
        }
        r.text = try Rules.nonEmpty(r.text, .requestText, field: .text)
        if let d = r.deadline, d < ctx.today { throw DomainError(RequestRefusal.deadlinePassed(d), field: .deadline) }
        r.id = (requests.lastID ?? 0) + 1
        r.status = .open; r.offers = []; r.accepted = nil; r.closingNote = nil; r.created = ctx.now; r.closed = nil
        // New tags are welcome; one that is nearly an existing tag is pointed out (TagVocabulary).
        let warnings = r.tags.isEmpty ? [] : TagVocabulary(self).warnings(for: r.tags)
        requests.append(sortedAfterLast: r)
        var out = ChangeOutcome(applied: .addRequest(r), said: .asks(name: asker.name, kind: r.kind, text: r.text))
        out.requests = [r.id]
        out.warnings = warnings
        return out
    }

    mutating func offerHelp(_ id: Int, _ member: String, _ note: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var r = try existingRequest(id)
        guard r.status == .open || r.status == .matched else { throw DomainError(RequestRefusal.offersClosed(id, r.status)) }
        let m = try workingMember(member, on: ctx.today)
        guard member != r.from else { throw DomainError(RequestRefusal.ownRequest(m.name)) }
        guard !r.offers.contains(where: { $0.member == member }) else { throw DomainError(RequestRefusal.offeredAlready(m.name, id)) }
        try Rules.noteLength(note, .offerNote)
        r.offers.append(Offer(member: member, note: note.trimmingSpaces(), at: ctx.now))
        requests.upsert(r)
        var out = ChangeOutcome(applied: .offerHelp(request: id, member: member, note: note), said: .offers(name: m.name, request: id))
        out.requests = [id]
        return out
    }

    mutating func acceptOffer(_ id: Int, _ member: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var r = try existingRequest(id)
        guard r.status == .open else { throw DomainError(RequestRefusal.acceptOnlyWhenOpen(id, r.status)) }
        guard r.offers.contains(where: { $0.member == member }) else { throw DomainError(RequestRefusal.noOffer(member, id)) }
        r.status = .matched
        r.accepted = member
        requests.upsert(r)
        let helper = members[id: member]?.name ?? member
        var out = ChangeOutcome(applied: .acceptOffer(request: id, member: member),
                                said: .matched(request: id, asker: askerName(r), helper: helper))
        out.requests = [id]
        return out
    }

    mutating func closeRequest(_ id: Int, _ note: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var r = try existingRequest(id)
        guard r.isOpen else { throw DomainError(RequestRefusal.already(id, r.status)) }
        try Rules.noteLength(note, .closingNote)
        r.status = .closed
        r.closingNote = note.trimmingSpaces().isEmpty ? nil : note.trimmingSpaces()
        r.closed = ctx.now
        requests.upsert(r)
        var out = ChangeOutcome(applied: .closeRequest(request: id, note: note),
                                said: .requestClosed(request: id, note: r.closingNote))
        out.requests = [id]
        return out
    }

    mutating func withdrawRequest(_ id: Int, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var r = try existingRequest(id)
        guard r.isOpen else { throw DomainError(RequestRefusal.already(id, r.status)) }
        r.status = .withdrawn
        r.closed = ctx.now
        requests.upsert(r)
        var out = ChangeOutcome(applied: .withdrawRequest(request: id), said: .withdrawn(request: id))
        out.requests = [id]
        return out
    }
}

extension NetworkState {
    /// The asker's name, or their id when they are no longer on file.
    func askerName(_ r: HelpRequest) -> String { members[id: r.from]?.name ?? r.from }
}
