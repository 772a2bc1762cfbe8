/// A question put to a member before they are staffed: "do you want to join
/// project 12, about 8 hours a week?" ST-groep passes work on "on the basis of
/// the competencies it needs, travel time, and of course whether the
/// freelancer wants to take it"; this is the last of those, on record.
///
/// It lives on the project (`Project.asks`), so the project's file holds
/// who was asked, by whom, and what they said; the answer is written onto
/// the same question, never as a new one.
public struct JoinAsk: Hashable, Sendable, JSONRecord {
    public var member: String
    public var hoursPerWeek: Hours
    public var note: String
    /// Who asked (the acting member's id).
    public var by: String
    public var at: Timestamp
    /// Nil while the question is open.
    public var answer: JoinAnswer?

    public init(member: String, hoursPerWeek: Hours, note: String = "", by: String, at: Timestamp, answer: JoinAnswer? = nil) {
        self.member = member; self.hoursPerWeek = hoursPerWeek; self.note = note; self.by = by; self.at = at; self.answer = answer
    }

    public var isOpen: Bool { answer == nil }

    /// Whole days since the question was asked, as of `today` (0 on the day itself).
    public func ageInDays(on today: Day) -> Int { max(0, at.day.distance(to: today)) }

    private enum Field {
        static let member: JSONKey = "member"
        static let hoursPerWeek: JSONKey = "hoursPerWeek"
        static let note: JSONKey = "note"
        static let by: JSONKey = "by"
        static let at: JSONKey = "at"
        static let answer: JSONKey = "answer"
        static let answerHours: JSONKey = "answerHours"
        static let reason: JSONKey = "reason"
        static let answerNote: JSONKey = "answerNote"
        static let answeredAt: JSONKey = "answeredAt"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "ask"
        var member: String?, hours: Hours?, note = "", by: String?, at: Timestamp?
        var answer: JoinAnswerKind?, answerHours: Hours?, reason: JoinDeclineReason?, answerNote = "", answeredAt: Timestamp?
        try s.object(what) { key, s in
            switch key {
            case Field.member: member = try s.string()
            case Field.hoursPerWeek: hours = try s.hours()
            case Field.note: note = try s.optionalString() ?? ""
            case Field.by: by = try s.string()
            case Field.at: at = try s.timestamp()
            case Field.answer: answer = try s.optionalEnum()
            case Field.answerHours: answerHours = try s.optionalHours()
            case Field.reason: reason = try s.optionalEnum()
            case Field.answerNote: answerNote = try s.optionalString() ?? ""
            case Field.answeredAt: answeredAt = try s.optionalTimestamp()
            default: throw s.unknown(key, in: what)
            }
        }
        var said: JoinAnswer?
        switch answer {
        case nil: said = nil
        case .yes?: said = .yes(hoursPerWeek: try required(answerHours, "answerHours", what), at: try required(answeredAt, "answeredAt", what))
        case .no?: said = .no(reason: reason, note: answerNote, at: try required(answeredAt, "answeredAt", what))
        }
        self.init(member: try required(member, "member", what), hoursPerWeek: try required(hours, "hoursPerWeek", what), note: note,
                  by: try required(by, "by", what), at: try required(at, "at", what), answer: said)
        if let p = rangeProblem { throw JSONFieldError(JSONFieldWords.record(what, p)) }
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("member", member); b.set("hoursPerWeek", hoursPerWeek)
        if !note.isEmpty { b.set("note", note) }
        b.set("by", by); b.set("at", at)
        switch answer {
        case nil: break
        case let .yes(hours, at)?: b.set("answer", "yes"); b.set("answerHours", hours); b.set("answeredAt", at)
        case let .no(reason, note, at)?:
            b.set("answer", "no"); b.set("reason", reason)
            if !note.isEmpty { b.set("answerNote", note) }
            b.set("answeredAt", at)
        }
        return b.value
    }
}

/// What the asked member said.
public enum JoinAnswer: Hashable, Sendable {
    /// Yes, for these hours a week (which may differ from what was asked).
    case yes(hoursPerWeek: Hours, at: Timestamp)
    /// No, with a reason if they give one.
    case no(reason: JoinDeclineReason?, note: String, at: Timestamp)

    public var at: Timestamp {
        switch self {
        case let .yes(_, at), let .no(_, _, at): return at
        }
    }
}

/// How an answer is written in the project file.
enum JoinAnswerKind: String, JSONEnum { case yes, no }

/// Why a member says no to joining. "Not this client" is also remembered on
/// the member (`Member.declinedClients`), which staffing already honours.
public enum JoinDeclineReason: String, JSONEnum {
    case noTime = "no-time"
    case notMyKind = "not-my-kind"
    case notThisClient = "not-this-client"
    case other

    public static var allowedValues: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// An answer as the person gives it, before it is dated: what `answerAsk` carries.
public enum JoinReply: Hashable, Sendable {
    case yes(hoursPerWeek: Hours)
    case no(reason: JoinDeclineReason?, note: String)
}

extension JoinAsk: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.text(member, "member"); c.text(by, "by")
        c.hours(hoursPerWeek, Limits.storedHours, "hoursPerWeek")
        c.text(note, "note", max: Limits.Text.note)
        c.day(at.day, "at")
        switch answer {
        case nil: break
        case let .yes(h, at)?: c.hours(h, Limits.storedHours, "answerHours"); c.day(at.day, "answeredAt")
        case let .no(_, note, at)?: c.text(note, "answerNote", max: Limits.Text.note); c.day(at.day, "answeredAt")
        }
        return c.problem
    }
}

extension Project {
    /// The question to `member`, the latest if they were asked again after a no.
    public func ask(to member: String) -> JoinAsk? { asks.last { $0.member == member } }

    /// The hours a week the whole estimate asks, spread evenly over the
    /// project's working days (as staffing reckons it), rounded up to a half hour.
    public var neededPerWeek: Hours {
        let days = max(1, period.workingDays(in: period))
        let perWeek = estimatedHours.value / (Double(days) / 5)
        return Hours(halfHours: Int(min(Double(Limits.storedHours.upperBound.halfHours), (perWeek * 2).rounded(.up))))
    }
}

extension NetworkState {
    /// Every question asked of `member` on projects still open, newest first.
    public func asks(of member: String) -> [(project: Project, ask: JoinAsk)] {
        var out: [(project: Project, ask: JoinAsk)] = []
        for p in projects.records where !p.status.isClosed && !p.asks.isEmpty {
            if let a = p.ask(to: member) { out.append((p, a)) }
        }
        return out.sorted { ($0.ask.at, $0.project.id) > ($1.ask.at, $1.project.id) }
    }

    /// Every open question on projects still open, oldest first: the ones waiting longest come first.
    public func openAsks() -> [(project: Project, ask: JoinAsk)] {
        var out: [(project: Project, ask: JoinAsk)] = []
        for p in projects.records where !p.status.isClosed {
            for a in p.asks where a.isOpen { out.append((p, a)) }
        }
        return out.sorted { ($0.ask.at, $0.project.id, $0.ask.member) < ($1.ask.at, $1.project.id, $1.ask.member) }
    }
}

extension Project {
    /// Members whose latest answer to joining this project is no, with their
    /// reason: staffing leaves them out of this project's suggestions.
    public var saidNo: [String: JoinDeclineReason?] {
        var out: [String: JoinDeclineReason?] = [:]
        for a in asks {
            if case let .no(reason, _, _)? = a.answer { out[a.member] = .some(reason) } else { out[a.member] = nil }
        }
        return out
    }
}

extension JoinAsk: SnapshotCodable {
    static let snapshotFields = ["member", "hoursPerWeek", "note", "by", "at", "answer"]

    func write(to w: inout SnapshotWriter) {
        w.string(member); w.hours(hoursPerWeek); w.string(note); w.string(by); w.timestamp(at)
        switch answer {
        case nil: w.byte(0)
        case let .yes(h, at)?: w.byte(1); w.hours(h); w.timestamp(at)
        case let .no(reason, note, at)?: w.byte(2); w.optional(reason) { $0.enumValue($1) }; w.string(note); w.timestamp(at)
        }
    }

    init(from r: inout SnapshotReader) throws {
        self.init(member: try r.string(), hoursPerWeek: try r.hours(), note: try r.string(), by: try r.string(), at: try r.timestamp())
        switch try r.byte() {
        case 0: answer = nil
        case 1: answer = .yes(hoursPerWeek: try r.hours(), at: try r.timestamp())
        case 2: answer = .no(reason: try r.optional { try $0.enumValue() }, note: try r.string(), at: try r.timestamp())
        default: throw SnapshotReader.Corrupt()
        }
    }
}
