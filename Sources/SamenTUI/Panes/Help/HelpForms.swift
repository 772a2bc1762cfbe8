import SamenCore

/// The help pane's forms (ask, offer, accept, close) and how their fields
/// become a domain change. Whether the change is allowed is the domain's to
/// say; its message comes back into the form.
enum HelpForms {
    static func ask(asker: String) -> FormState {
        FormState(title: "Ask the network", purpose: .askHelp, fields: [
            .init(key: "kind", label: "Kind", kind: .choice(RequestKind.allCases.map(\.rawValue)), value: RequestKind.advice.rawValue),
            .init(key: "topic", label: "Topic", kind: .tags, value: "", hint: "tags, comma separated: print, infographics"),
            .init(key: "text", label: "Question", kind: .text, value: "", hint: "what you would like advice on"),
            .init(key: "hours", label: "Hours/week", kind: .hours, value: "", hint: "needs work only: hours you want to fill"),
            .init(key: "deadline", label: "Answer by", kind: .date, value: "", hint: "optional: 31-12, fri, next week"),
            .init(key: "from", label: "From", kind: .text, value: asker, hint: "member id of who asks", answers: [.member]),
        ])
    }

    static func offer(_ r: HelpRequest, askerName: String) -> FormState {
        FormState(title: "Offer help to \(askerName) (request \(r.id))", purpose: .offerHelp(request: r.id), fields: [
            .init(key: "note", label: "Note", kind: .text, value: "", hint: "how you can help; optional"),
        ])
    }

    static func accept(_ r: HelpRequest, names: [String: String]) -> FormState {
        let choices = r.offers.map { "\(names[$0.member] ?? $0.member) (\($0.member))" }
        return FormState(title: "Accept an offer on request \(r.id)", purpose: .acceptOffer(request: r.id), fields: [
            .init(key: "offer", label: "Offer from", kind: .choice(choices), value: choices.first ?? ""),
        ])
    }

    static func close(_ r: HelpRequest) -> FormState {
        FormState(title: "Close request \(r.id)", purpose: .closeRequest(request: r.id), fields: [
            .init(key: "note", label: "Note", kind: .text, value: "", hint: "what came of it; optional"),
        ])
    }

    /// A member's Share pitch on its own, pre-filled, in a field of several
    /// lines that shows all of it. The title says whose it is.
    static func pitch(_ m: Member) -> FormState {
        FormState(title: "Share pitch of \(m.name)", purpose: .editPitch(member: m.id), fields: [
            .init(key: "pitch", label: "Share pitch", kind: .paragraph, value: m.pitch, hint: "what they are good at, for the Share list"),
        ])
    }

    typealias Problem = MemberForm.Problem

    /// The change the form asks for, or what is wrong with what was typed.
    /// `me` is the acting member: an offer is made in their name.
    static func change(from form: FormState, me: String?, today: Day) -> Result<Change, Problem> {
        let value = { (key: String) in form.value(key).trimmingSpacesTUI() }
        switch form.purpose {
        case .askHelp:
            let kind = RequestKind(rawValue: value("kind")) ?? .advice
            let hours: Hours?
            switch form.hours("hours", "hours a week", in: Limits.hoursPerWeek) {
            case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
            case let .success(h): hours = h
            }
            let deadline: Day?
            switch form.optionalDay("deadline", "the answer-by date") {
            case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
            case let .success(d): deadline = d
            }
            let tags = form.tags("topic")
            return .success(.addRequest(HelpRequest(id: 0, from: value("from"), kind: kind, tags: tags, text: form.value("text"),
                                                    hoursPerWeek: hours, deadline: deadline, created: .now())))
        case let .offerHelp(id):
            guard let me else { return .failure(Problem(message: "only a member can offer help; start samen with --as LOGIN", field: nil)) }
            return .success(.offerHelp(request: id, member: me, note: form.value("note")))
        case let .acceptOffer(id):
            // "Name (id)": the id is between the last parentheses.
            let choice = form.value("offer")
            guard let open = choice.lastIndex(of: "("), choice.hasSuffix(")") else {
                return .failure(Problem(message: "choose whose offer to accept", field: "offer"))
            }
            let member = String(choice[choice.index(after: open)..<choice.index(before: choice.endIndex)])
            return .success(.acceptOffer(request: id, member: member))
        case let .closeRequest(id):
            return .success(.closeRequest(request: id, note: form.value("note")))
        case let .editPitch(id):
            // The member's own edit, as the directory's form sends it; the rules decide who may.
            guard form.changed("pitch") else { return .failure(Problem(message: "nothing changed; edit the pitch or press Esc", field: "pitch")) }
            var e = MemberEdit(id: id)
            e.pitch = form.value("pitch")
            return .success(.editMember(e))
        default:
            return .failure(Problem(message: "internal: unknown form \(form.purpose)", field: nil))
        }
    }

    /// A note under the fields that does not stop saving: a new topic that
    /// looks like one in use, while it can still be changed.
    static func notice(for form: FormState, vocabulary: TagVocabulary?) -> String? {
        guard form.purpose == .askHelp, let vocabulary else { return nil }
        let tags = form.tags("topic").map { $0.lowercased() }
        for tag in tags {
            if let near = vocabulary.nearMisses(of: tag).first {
                return "new topic '\(tag)': did you mean '\(near)'? (Enter keeps it)"
            }
        }
        return nil
    }
}
