// The snapshot form of each record kept in the data files. Each type lists
// its fields (checked against the type by `SnapshotCodecTests`) and writes
// and reads them in that order.

extension Member: SnapshotCodable {
    static let snapshotFields = ["id", "name", "role", "skills", "seniority", "city", "email", "phone", "login", "pitch",
                                 "involvement", "hours", "timeOff", "desks", "declinedClients", "joined", "left", "keys", "application", "wantsMore"]

    func write(to w: inout SnapshotWriter) {
        w.string(id); w.string(name); w.enumValue(role); w.strings(skills); w.enumValue(seniority); w.string(city)
        w.optional(email) { $0.string($1) }; w.optional(phone) { $0.string($1) }; w.optional(login) { $0.string($1) }
        w.string(pitch); w.enumValue(involvement); w.records(hours); w.records(timeOff); w.int(desks)
        w.strings(declinedClients); w.day(joined); w.optional(left) { $0.day($1) }; w.records(keys)
        // An application (issue 16) as its JSON line: rare, and read back by the data file's own decoder.
        w.optional(application) { $0.string(String(decoding: JSONWriter.line($1.json), as: UTF8.self)) }
        w.strings(wantsMore)
    }

    init(from r: inout SnapshotReader) throws {
        self.init(id: try r.string(), name: try r.string(), role: try r.enumValue(), skills: try r.strings(),
                  seniority: try r.enumValue(), city: try r.string(), email: try r.optional { try $0.string() },
                  phone: try r.optional { try $0.string() }, login: try r.optional { try $0.string() },
                  pitch: try r.string(), involvement: try r.enumValue(), hours: try r.records(), timeOff: try r.records(),
                  desks: try r.smallInt(), declinedClients: try r.strings(), joined: try r.day(),
                  left: try r.optional { try $0.day() }, keys: try r.records(),
                  application: try r.optional { r in try JSONScanner.decode(Array(try r.string().utf8)) { try Application(from: &$0) } },
                  wantsMore: try r.strings())
    }
}

extension MemberKey: SnapshotCodable {
    static let snapshotFields = ["key", "added", "revoked"]
    func write(to w: inout SnapshotWriter) { w.string(key.line); w.string(key.comment); w.timestamp(added); w.optional(revoked) { $0.timestamp($1) } }
    init(from r: inout SnapshotReader) throws {
        // The key is read as the data file's is, so a forged snapshot cannot hold one the file would refuse.
        let parsed = try SSHPublicKey(line: try r.string())
        self.init(key: SSHPublicKey(raw: parsed.raw, comment: try r.string()), added: try r.timestamp(), revoked: try r.optional { try $0.timestamp() })
    }
}

extension ContractedHours: SnapshotCodable {
    static let snapshotFields = ["hoursPerWeek", "from"]
    func write(to w: inout SnapshotWriter) { w.hours(hoursPerWeek); w.day(from) }
    init(from r: inout SnapshotReader) throws { self.init(hoursPerWeek: try r.hours(), from: try r.day()) }
}

extension TimeOff: SnapshotCodable {
    static let snapshotFields = ["range", "note"]
    func write(to w: inout SnapshotWriter) { w.range(range); w.string(note) }
    init(from r: inout SnapshotReader) throws { self.init(range: try r.range(), note: try r.string()) }
}

extension Project: SnapshotCodable {
    static let snapshotFields = ["id", "title", "client", "source", "description", "skills", "optionalSkills", "city", "estimatedHours",
                                 "period", "budget", "maxTravelKm", "status", "lead", "allocations", "externalHires",
                                 "declineReason", "accepted", "received", "log", "asks"]

    func write(to w: inout SnapshotWriter) {
        w.int(id); w.string(title); w.string(client); w.optional(source) { $0.string($1) }; w.string(description)
        w.strings(skills); w.strings(optionalSkills); w.string(city); w.hours(estimatedHours); w.range(period); w.optional(budget) { $0.money($1) }
        w.optional(maxTravelKm) { $0.int($1) }; w.enumValue(status); w.optional(lead) { $0.string($1) }
        w.records(allocations); w.records(externalHires); w.optional(declineReason) { $0.enumValue($1) }
        w.optional(accepted) { $0.day($1) }; w.timestamp(received); w.records(log)
        w.records(asks)
    }

    init(from r: inout SnapshotReader) throws {
        self.init(id: try r.smallInt(), title: try r.string(), client: try r.string(), source: try r.optional { try $0.string() },
                  description: try r.string(), skills: try r.strings(), optionalSkills: try r.strings(), city: try r.string(), estimatedHours: try r.hours(),
                  period: try r.range(), budget: try r.optional { try $0.money() }, maxTravelKm: try r.optional { try $0.smallInt() },
                  status: try r.enumValue(), lead: try r.optional { try $0.string() }, allocations: try r.records(),
                  externalHires: try r.records(), declineReason: try r.optional { try $0.enumValue() },
                  accepted: try r.optional { try $0.day() }, received: try r.timestamp(), log: try r.records(), asks: try r.records())
    }
}

extension Allocation: SnapshotCodable {
    static let snapshotFields = ["member", "hoursPerWeek", "range"]
    func write(to w: inout SnapshotWriter) { w.string(member); w.hours(hoursPerWeek); w.range(range) }
    init(from r: inout SnapshotReader) throws {
        self.init(member: try r.string(), hoursPerWeek: try r.hours(), range: try r.range())
    }
}

extension ExternalHire: SnapshotCodable {
    static let snapshotFields = ["name", "reason", "hoursPerWeek"]
    func write(to w: inout SnapshotWriter) { w.string(name); w.string(reason); w.optional(hoursPerWeek) { $0.hours($1) } }
    init(from r: inout SnapshotReader) throws {
        self.init(name: try r.string(), reason: try r.string(), hoursPerWeek: try r.optional { try $0.hours() })
    }
}

extension Decision: SnapshotCodable {
    static let snapshotFields = ["at", "by", "from", "to", "note"]
    func write(to w: inout SnapshotWriter) {
        w.timestamp(at); w.string(by); w.optional(from) { $0.enumValue($1) }; w.enumValue(to); w.string(note)
    }
    init(from r: inout SnapshotReader) throws {
        self.init(at: try r.timestamp(), by: try r.string(), from: try r.optional { try $0.enumValue() },
                  to: try r.enumValue(), note: try r.string())
    }
}

extension HelpRequest: SnapshotCodable {
    static let snapshotFields = ["id", "from", "kind", "tags", "text", "hoursPerWeek", "deadline", "status", "offers",
                                 "accepted", "closingNote", "created", "closed"]

    func write(to w: inout SnapshotWriter) {
        w.int(id); w.string(from); w.enumValue(kind); w.strings(tags); w.string(text)
        w.optional(hoursPerWeek) { $0.hours($1) }; w.optional(deadline) { $0.day($1) }; w.enumValue(status)
        w.records(offers); w.optional(accepted) { $0.string($1) }; w.optional(closingNote) { $0.string($1) }
        w.timestamp(created); w.optional(closed) { $0.timestamp($1) }
    }

    init(from r: inout SnapshotReader) throws {
        self.init(id: try r.smallInt(), from: try r.string(), kind: try r.enumValue(), tags: try r.strings(), text: try r.string(),
                  hoursPerWeek: try r.optional { try $0.hours() }, deadline: try r.optional { try $0.day() },
                  status: try r.enumValue(), offers: try r.records(), accepted: try r.optional { try $0.string() },
                  closingNote: try r.optional { try $0.string() }, created: try r.timestamp(),
                  closed: try r.optional { try $0.timestamp() })
    }
}

extension Offer: SnapshotCodable {
    static let snapshotFields = ["member", "note", "at"]
    func write(to w: inout SnapshotWriter) { w.string(member); w.string(note); w.timestamp(at) }
    init(from r: inout SnapshotReader) throws {
        self.init(member: try r.string(), note: try r.string(), at: try r.timestamp())
    }
}

extension LedgerEntry: SnapshotCodable {
    static let snapshotFields = ["id", "kind", "date", "amount", "member", "project", "category", "payee", "note", "rate",
                                 "relatesTo", "year", "at", "by", "planned"]

    func write(to w: inout SnapshotWriter) {
        w.int(id); w.enumValue(kind); w.day(date); w.money(amount); w.optional(member) { $0.string($1) }
        w.optional(project) { $0.int($1) }; w.optional(category) { $0.string($1) }; w.optional(payee) { $0.string($1) }
        w.string(note); w.optional(rate) { $0.int($1) }; w.optional(relatesTo) { $0.int($1) }
        w.optional(year) { $0.int($1) }; w.timestamp(at); w.string(by); w.bool(planned)
    }

    init(from r: inout SnapshotReader) throws {
        self.init(id: try r.smallInt(), kind: try r.enumValue(), date: try r.day(), amount: try r.money(),
                  member: try r.optional { try $0.string() }, project: try r.optional { try $0.smallInt() },
                  category: try r.optional { try $0.string() }, payee: try r.optional { try $0.string() },
                  note: try r.string(), rate: try r.optional { try $0.int() }, relatesTo: try r.optional { try $0.smallInt() },
                  year: try r.optional { try $0.smallInt() }, at: try r.timestamp(), by: try r.string(), planned: try r.bool())
    }
}

/// What a snapshot's layout depends on: the codec's version, every record's
/// fields and every enum's cases. A snapshot written under a different
/// schema is ignored, so changing a record never reads an old cache wrongly.
enum SnapshotSchema {
    static let codecVersion = 2
    static let fingerprint: UInt64 = {
        var text = "samen-snapshot-\(codecVersion)"
        let fields: [[String]] = [Member.snapshotFields, MemberKey.snapshotFields, ContractedHours.snapshotFields, TimeOff.snapshotFields,
                                  Project.snapshotFields, Allocation.snapshotFields, ExternalHire.snapshotFields,
                                  Decision.snapshotFields, HelpRequest.snapshotFields, Offer.snapshotFields,
                                  LedgerEntry.snapshotFields, JoinAsk.snapshotFields]
        for f in fields { text += "|" + f.joined(separator: ",") }
        let enums: [[String]] = [Role.allCases.map(\.rawValue), Seniority.allCases.map(\.rawValue),
                                 Involvement.allCases.map(\.rawValue), ProjectStatus.allCases.map(\.rawValue),
                                 DeclineReason.allCases.map(\.rawValue), RequestKind.allCases.map(\.rawValue),
                                 RequestStatus.allCases.map(\.rawValue), LedgerKind.allCases.map(\.rawValue),
                                 JoinDeclineReason.allCases.map(\.rawValue)]
        for e in enums { text += "|" + e.joined(separator: ",") }
        return Array(text.utf8).withUnsafeBytes { snapshotChecksum($0) }
    }()
}
