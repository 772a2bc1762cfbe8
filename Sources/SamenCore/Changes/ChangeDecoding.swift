/// Reading a change back from what `Change.json` wrote: the first step of
/// replaying the history (issue 14), where every line must become the very
/// change that was applied, or say why not.
///
/// Each field is read by the same typed readers that read the data files
/// (`JSONScanner.day`, `.hours`, the records' own decoders), so a value a
/// data file would refuse is refused here in the same words. A key the
/// change does not have is an error: a line that carries more than its
/// change was not written by Samen.
extension Change {
    public init(json value: JSONValue) throws {
        let f = try ChangeFields(value, what: "change")
        let name: String = try f.required("change") { try $0.string() }
        func check(_ keys: String...) throws { try f.only(["change"] + keys, in: name) }
        switch name {
        case "add-member": try check("member"); self = .addMember(try f.record("member"))
        case "edit-member": try check("edit"); self = .editMember(try MemberEdit(json: try f.value("edit")))
        case "member-left":
            try check("member", "on")
            self = .memberLeft(member: try f.required("member") { try $0.string() }, on: try f.required("on") { try $0.day() })
        case "add-time-off":
            try check("member", "timeOff")
            self = .addTimeOff(member: try f.required("member") { try $0.string() }, try f.record("timeOff"))
        case "remove-time-off":
            try check("member", "from")
            self = .removeTimeOff(member: try f.required("member") { try $0.string() }, from: try f.required("from") { try $0.day() })
        case "set-declined-clients":
            try check("member", "clients")
            self = .setDeclinedClients(member: try f.required("member") { try $0.string() }, clients: try f.optional("clients") { try $0.stringArray() } ?? [])
        case "add-key":
            try check("member", "key", "comment")
            let line: String = try f.required("key") { try $0.string() }
            let comment = try f.optional("comment") { try $0.string() } ?? ""
            let key = try SSHPublicKey(line: line)
            self = .addKey(member: try f.required("member") { try $0.string() }, key: SSHPublicKey(raw: key.raw, comment: comment))
        case "revoke-key":
            try check("member", "fingerprint")
            self = .revokeKey(member: try f.required("member") { try $0.string() }, fingerprint: try f.required("fingerprint") { try $0.string() })
        case "add-project": try check("project"); self = .addProject(try f.record("project"))
        case "edit-project": try check("edit"); self = .editProject(try ProjectEdit(json: try f.value("edit")))
        case "set-lead":
            try check("project", "member")
            self = .setLead(project: try f.id("project"), member: try f.required("member") { try $0.string() })
        case "move-project":
            try check("project", "to", "reason", "note")
            self = .moveProject(project: try f.id("project"), to: try f.required("to") { try $0.enumValue() },
                                reason: try f.optional("reason") { try $0.enumValue() }, note: try f.optional("note") { try $0.string() } ?? "")
        case "allocate": try check("project", "allocation"); self = .allocate(project: try f.id("project"), try f.record("allocation"))
        case "remove-allocation":
            try check("project", "member")
            self = .removeAllocation(project: try f.id("project"), member: try f.required("member") { try $0.string() })
        case "hire-external": try check("project", "hire"); self = .hireExternal(project: try f.id("project"), try f.record("hire"))
        case "mark-skills-optional":
            try check("project", "skills")
            self = .markSkillsOptional(project: try f.id("project"), skills: try f.optional("skills") { try $0.stringArray() } ?? [])
        case "add-request": try check("request"); self = .addRequest(try f.record("request"))
        case "offer-help":
            try check("request", "member", "note")
            self = .offerHelp(request: try f.id("request"), member: try f.required("member") { try $0.string() },
                              note: try f.optional("note") { try $0.string() } ?? "")
        case "accept-offer":
            try check("request", "member")
            self = .acceptOffer(request: try f.id("request"), member: try f.required("member") { try $0.string() })
        case "close-request":
            try check("request", "note")
            self = .closeRequest(request: try f.id("request"), note: try f.optional("note") { try $0.string() } ?? "")
        case "withdraw-request": try check("request"); self = .withdrawRequest(request: try f.id("request"))
        case "add-ledger-entry": try check("entry"); self = .addLedgerEntry(try f.record("entry"))
        case "correct-ledger-entry":
            try check("entry", "reason", "date")
            self = .correctLedgerEntry(entry: try f.id("entry"), reason: try f.optional("reason") { try $0.string() } ?? "",
                                       date: try f.optional("date") { try $0.day() })
        case "close-year": try check("year"); self = .closeYear(try f.required("year") { try $0.smallInt() })
        case "update-network": try check("network"); self = .updateNetwork(try f.record("network"))
        case "set-hourly-rate":
            try check("seniority", "sizeBand", "hourlyCents", "from")
            self = .setHourlyRate(seniority: try f.required("seniority") { try $0.enumValue() }, band: try f.required("sizeBand") { try $0.enumValue() },
                                  hourly: try f.required("hourlyCents") { try $0.money() }, from: try f.required("from") { try $0.day() })
        case "set-contribution-rate":
            try check("role", "basisPoints", "from")
            self = .setContributionRate(role: try f.required("role") { try $0.enumValue() }, basisPoints: try f.required("basisPoints") { try $0.int() },
                                        from: try f.required("from") { try $0.day() })
        case "share-cost": try check("share"); self = .shareCost(try CostShare(json: try f.value("share")))
        case "ask-to-join":
            try check("project", "members", "hoursPerWeek", "note")
            self = .askToJoin(project: try f.id("project"), members: try f.required("members") { try $0.stringArray() },
                              hoursPerWeek: try f.required("hoursPerWeek") { try $0.hours() }, note: try f.optional("note") { try $0.string() } ?? "")
        case "answer-ask":
            try check("project", "member", "answer", "hoursPerWeek", "reason", "note")
            self = .answerAsk(project: try f.id("project"), member: try f.required("member") { try $0.string() }, reply: try JoinReply(f))
        case "steps":
            try check("steps")
            guard case let .array(steps) = try f.value("steps") else { throw JSONFieldError(ChangeDecodingWords.stepsNotAList) }
            self = .steps(try steps.enumerated().map { i, step in
                do { return try Change(json: step) } catch { throw JSONFieldError(ChangeDecodingWords.step(i + 1, Said.error(error))) }
            })
        case "add-applicant": try check("member"); self = .addApplicant(try f.record("member"))
        case "view-applicant":
            try check("applicant", "view")
            self = .viewApplicant(applicant: try f.required("applicant") { try $0.string() }, try f.record("view"))
        case "note-criterion":
            try check("applicant", "note")
            self = .noteCriterion(applicant: try f.required("applicant") { try $0.string() }, try f.record("note"))
        case "admit-applicant":
            try check("applicant", "role", "from")
            self = .admitApplicant(applicant: try f.required("applicant") { try $0.string() }, role: try f.required("role") { try $0.enumValue() },
                                   from: try f.required("from") { try $0.day() })
        case "decline-applicant":
            try check("applicant", "reason")
            self = .declineApplicant(applicant: try f.required("applicant") { try $0.string() }, reason: try f.required("reason") { try $0.string() })
        case "add-product": try check("product"); self = .addProduct(try f.record("product"))
        case "add-product-contributor":
            try check("product", "member")
            self = .addProductContributor(product: try f.required("product") { try $0.string() }, member: try f.required("member") { try $0.string() })
        default:
            throw JSONFieldError(ChangeDecodingWords.notAChange(name))
        }
    }
}

extension MemberEdit {
    init(json value: JSONValue) throws {
        let f = try ChangeFields(value, what: "member edit")
        try f.only(["id", "name", "role", "skills", "seniority", "city", "email", "phone", "login", "pitch", "involvement",
                    "hoursPerWeek", "hoursFrom", "desks", "wantsMore"], in: "edit-member")
        self.init(id: try f.required("id") { try $0.string() })
        name = try f.optional("name") { try $0.string() }
        role = try f.optional("role") { try $0.enumValue() }
        skills = try f.optional("skills") { try $0.stringArray() }
        seniority = try f.optional("seniority") { try $0.enumValue() }
        city = try f.optional("city") { try $0.string() }
        email = try f.optional("email") { try $0.string() }
        phone = try f.optional("phone") { try $0.string() }
        login = try f.optional("login") { try $0.string() }
        pitch = try f.optional("pitch") { try $0.string() }
        involvement = try f.optional("involvement") { try $0.enumValue() }
        hoursPerWeek = try f.optional("hoursPerWeek") { try $0.hours() }
        hoursFrom = try f.optional("hoursFrom") { try $0.day() }
        desks = try f.optional("desks") { try $0.smallInt() }
        wantsMore = try f.optional("wantsMore") { try $0.stringArray() }
    }
}

extension ProjectEdit {
    init(json value: JSONValue) throws {
        let f = try ChangeFields(value, what: "project edit")
        try f.only(["project", "title", "client", "description", "skills", "estimatedHours", "start", "weeks", "city",
                    "budget", "clearBudget", "maxTravelKm", "clearMaxTravel"], in: "edit-project")
        self.init(project: try f.id("project"))
        title = try f.optional("title") { try $0.string() }
        client = try f.optional("client") { try $0.string() }
        description = try f.optional("description") { try $0.string() }
        skills = try f.optional("skills") { try $0.stringArray() }
        estimatedHours = try f.optional("estimatedHours") { try $0.hours() }
        start = try f.optional("start") { try $0.day() }
        weeks = try f.optional("weeks") { try $0.smallInt() }
        city = try f.optional("city") { try $0.string() }
        budget = try f.optional("budget") { try $0.money() }
        clearBudget = try f.flag("clearBudget")
        maxTravelKm = try f.optional("maxTravelKm") { try $0.smallInt() }
        clearMaxTravel = try f.flag("clearMaxTravel")
    }
}

extension CostShare {
    init(json value: JSONValue) throws {
        let f = try ChangeFields(value, what: "cost share")
        try f.only(["cost", "parts", "note", "unit"], in: "share-cost")
        guard case let .array(list) = try f.value("parts") else { throw JSONFieldError(ChangeDecodingWords.partsNotAList) }
        let parts = try list.map { part -> Part in
            let p = try ChangeFields(part, what: "part of a cost share")
            try p.only(["member", "weight"], in: "a part of a cost share")
            return Part(member: try p.required("member") { try $0.string() }, weight: try p.required("weight") { try $0.int() })
        }
        self.init(cost: try f.id("cost"), parts: parts, note: try f.optional("note") { try $0.string() } ?? "",
                  unit: try f.optional("unit") { try $0.string() } ?? "")
    }
}

/// The fields of one JSON object of a change, each read with the data
/// files' own typed readers from its own bytes.
struct ChangeFields {
    let what: String
    private var values: [String: JSONValue] = [:]
    private let order: [String]

    init(_ value: JSONValue, what: String) throws {
        guard case let .object(pairs) = value else { throw JSONFieldError(ChangeDecodingWords.notAnObject(what)) }
        self.what = what
        var seen: [String] = []
        for (k, v) in pairs {
            guard values[k] == nil else { throw JSONFieldError(ChangeDecodingWords.twice(what, key: k)) }
            values[k] = v
            seen.append(k)
        }
        order = seen
    }

    /// Refuses keys the change does not have.
    func only(_ keys: [String], in name: String) throws {
        if let extra = order.first(where: { !keys.contains($0) }) { throw JSONFieldError(ChangeDecodingWords.unknownField(name, key: extra)) }
    }

    func value(_ key: String) throws -> JSONValue {
        guard let v = values[key] else { throw JSONFieldError(ChangeDecodingWords.missing(what, key: key)) }
        return v
    }

    func required<T>(_ key: String, _ read: (inout JSONScanner) throws -> T) throws -> T {
        try decode(key, try value(key), read)
    }

    /// Nil when the key is absent (the writer leaves out what is nil).
    func optional<T>(_ key: String, _ read: (inout JSONScanner) throws -> T) throws -> T? {
        guard let v = values[key], v != .null else { return nil }
        return try decode(key, v, read)
    }

    /// True or false; absent is false.
    func flag(_ key: String) throws -> Bool {
        switch values[key] {
        case nil: return false
        case let .bool(b)?: return b
        default: throw JSONFieldError(ChangeDecodingWords.notBool(what, key: key))
        }
    }

    /// A record (member, project, entry...) by its own decoder, as in a data file.
    func record<R: JSONRecord>(_ key: String) throws -> R {
        try decode(key, try value(key)) { try R(from: &$0) }
    }

    /// A record id: a whole number within the ids' range.
    func id(_ key: String) throws -> Int {
        let n = try required(key) { try $0.int() }
        guard Limits.ids.contains(n) else { throw JSONFieldError(ChangeDecodingWords.notAnID(what, key: key, low: Int(Limits.ids.lowerBound), high: Int(Limits.ids.upperBound), got: Int(n))) }
        return Int(n)
    }

    private func decode<T>(_ key: String, _ v: JSONValue, _ read: (inout JSONScanner) throws -> T) throws -> T {
        do {
            return try JSONScanner.decode(JSONWriter.line(v), read)
        } catch {
            throw JSONFieldError(ChangeDecodingWords.field(what, key: key, Said.error(error)))
        }
    }
}
