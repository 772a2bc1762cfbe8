extension NetworkState {
    mutating func addRequest(_ proposed: HelpRequest, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var r = proposed
        let asker = try existingMember(r.from)
        if let left = asker.left, left <= ctx.today { throw DomainError("member '\(asker.id)' left the network on \(left)", field: .member) }
        r.tags = try Rules.tags(r.tags, "topic tags", field: .topic)
        switch r.kind {
        case .needsWork:
            guard let h = r.hoursPerWeek, h > 0 else { throw DomainError("a 'needs work' request needs the hours a week you would like to fill", field: .hours) }
            try Rules.hoursPerWeek(h)
            if r.text.trimmingSpaces().isEmpty { r.text = "Looking for \(h) hours a week of work" }
            if let open = requests.first(where: { $0.from == r.from && $0.kind == .needsWork && $0.isOpen }) {
                throw DomainError("\(asker.name) already has an open 'needs work' request (\(open.id)); close it first")
            }
        case .advice, .other:
            if r.hoursPerWeek != nil { throw DomainError("hours a week only go with a 'needs work' request", field: .hours) }
        }
        r.text = try Rules.nonEmpty(r.text, "the request's text", field: .text)
        if let d = r.deadline, d < ctx.today { throw DomainError("the deadline \(d) has already passed", field: .deadline) }
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
        guard r.status == .open || r.status == .matched else { throw DomainError("request \(id) is \(r.status.rawValue); offers are closed") }
        let m = try workingMember(member, on: ctx.today)
        guard member != r.from else { throw DomainError("\(m.name) asked this; you cannot offer help on your own request") }
        guard !r.offers.contains(where: { $0.member == member }) else { throw DomainError("\(m.name) already offered help on request \(id)") }
        try Rules.noteLength(note, "the offer's note")
        r.offers.append(Offer(member: member, note: note.trimmingSpaces(), at: ctx.now))
        requests.upsert(r)
        var out = ChangeOutcome(applied: .offerHelp(request: id, member: member, note: note), said: .offers(name: m.name, request: id))
        out.requests = [id]
        return out
    }

    mutating func acceptOffer(_ id: Int, _ member: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var r = try existingRequest(id)
        guard r.status == .open else { throw DomainError("request \(id) is \(r.status.rawValue); only an open request can accept an offer") }
        guard r.offers.contains(where: { $0.member == member }) else { throw DomainError("'\(member)' has not offered help on request \(id)") }
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
        guard r.isOpen else { throw DomainError("request \(id) is already \(r.status.rawValue)") }
        try Rules.noteLength(note, "the closing note")
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
        guard r.isOpen else { throw DomainError("request \(id) is already \(r.status.rawValue)") }
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
