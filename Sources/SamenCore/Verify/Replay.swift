/// Replays history lines onto a state, one at a time, as `samen verify`
/// does: each line's signature checked against the keys its author had at
/// that point, then its change applied through the same rules, as the same
/// person on the same day. The full proof and the incremental one share it.
struct Replay {
    var state: NetworkState
    let requireSignatures: Bool
    var signed = 0
    var unsigned: [Int] = []

    init(state: NetworkState, requireSignatures: Bool, signed: Int = 0, unsigned: [Int] = []) {
        self.state = state; self.requireSignatures = requireSignatures; self.signed = signed; self.unsigned = unsigned
    }

    private func fail(_ phrase: any Phrase, _ line: Int) -> HistoryVerification.Failure {
        HistoryVerification.Failure(file: DataFile.history.name, line: line, phrase)
    }

    /// Counts a line signed or unsigned, or fails it.
    private mutating func signature(of line: HistoryLine, by: String, keys: (author: Member?, keys: [SSHPublicKey])) throws {
        if try HistoryVerification.checkSignature(line.raw, fields: line.fields, number: line.number, by: by, signing: keys, in: state) != nil {
            signed += 1
        } else if requireSignatures {
            throw fail(VerifyWords.notSigned, line.number)
        } else {
            unsigned.append(line.number)
        }
    }

    /// The baseline's line, signed by whoever declared the files true, with the keys those files give them.
    mutating func signBaseline(_ base: HistoryLine, at: Timestamp) throws {
        let f = base.fields
        if let by = try? f.required("by", { try $0.string() }), let kind = try? f.required("as", { try $0.string() }),
           let identity = ChangeContext.Identity(kind: kind, person: by, actingFor: nil) {
            let today: Day = ((try? f.optional("today") { try $0.day() }) ?? nil) ?? at.day
            try signature(of: base, by: by, keys: state.signingKeys(ChangeContext(identity: identity, now: at, today: today), for: .steps([])))
        } else {
            try signature(of: base, by: "?", keys: (nil, []))
        }
    }

    /// One later line: its signature, then its change through the rules.
    mutating func apply(_ line: HistoryLine) throws {
        let f = line.fields
        let at: Timestamp, today: Day, by: String, kind: String, actedFor: String?
        do {
            at = try f.required("at") { try $0.timestamp() }
            by = try f.required("by") { try $0.string() }
            actedFor = try f.optional("for") { try $0.string() }
            guard let t = try f.optional("today", { try $0.day() }), let k = try f.optional("as", { try $0.string() }) else {
                var old = fail(VerifyWords.withoutDay, line.number)
                old.kind = .cannotReplay
                throw old
            }
            today = t; kind = k
        } catch let e as HistoryVerification.Failure { throw e } catch { throw fail(Said.error(error), line.number) }
        guard let identity = ChangeContext.Identity(kind: kind, person: by, actingFor: actedFor) else {
            throw fail(VerifyWords.unknownAuthorKind(kind), line.number)
        }
        let change: Change
        do { change = try Change(json: line.change) } catch { throw fail(VerifyWords.notAChange(Said.error(error)), line.number) }
        let context = ChangeContext(identity: identity, now: at, today: today)
        try signature(of: line, by: by, keys: state.signingKeys(context, for: change))
        do {
            _ = try state.apply(change, context: context)
        } catch {
            throw fail(VerifyWords.refused(change: change.name, actor: "\(context.actor)", day: today, Said.error(error)), line.number)
        }
    }
}
