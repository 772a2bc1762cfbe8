import SamenCore

/// The help pane's forms (ask, offer, accept, close) and how their fields
/// become a domain change. Whether the change is allowed is the domain's to
/// say; its message comes back into the form.
enum HelpForms {
    static func ask(asker: String) -> FormState {
        FormState(title: HelpWords.askTitle.text, purpose: .askHelp, fields: [
            .init(key: "kind", label: HelpWords.kindLabel.text, kind: .choice(RequestKind.allCases.map { HelpWords.kindChoice($0).text }),
                  value: HelpWords.kindChoice(.advice).text),
            .init(key: "topic", label: HelpWords.topicLabel.text, kind: .tags, value: "", hint: HelpWords.topicHint.text),
            .init(key: "text", label: HelpWords.questionLabel.text, kind: .text, value: "", hint: HelpWords.questionHint.text),
            .init(key: "hours", label: HelpWords.hoursLabel.text, kind: .hours, value: "", hint: HelpWords.hoursHint.text),
            .init(key: "deadline", label: HelpWords.answerBy.text, kind: .date, value: "", hint: HelpWords.answerByHint.text),
            .init(key: "from", label: HelpWords.fromLabel.text, kind: .text, value: asker, hint: HelpWords.fromHint.text, answers: [.member]),
        ])
    }

    static func offer(_ r: HelpRequest, askerName: String) -> FormState {
        FormState(title: HelpWords.offerTitle(name: askerName, id: r.id).text, purpose: .offerHelp(request: r.id), fields: [
            .init(key: "note", label: HelpWords.noteLabel.text, kind: .text, value: "", hint: HelpWords.offerNoteHint.text),
        ])
    }

    static func accept(_ r: HelpRequest, names: [String: String]) -> FormState {
        let choices = r.offers.map { "\(names[$0.member] ?? $0.member) (\($0.member))" }
        return FormState(title: HelpWords.acceptTitle(id: r.id).text, purpose: .acceptOffer(request: r.id), fields: [
            .init(key: "offer", label: HelpWords.offerFrom.text, kind: .choice(choices), value: choices.first ?? ""),
        ])
    }

    static func close(_ r: HelpRequest) -> FormState {
        FormState(title: HelpWords.closeTitle(id: r.id).text, purpose: .closeRequest(request: r.id), fields: [
            .init(key: "note", label: HelpWords.noteLabel.text, kind: .text, value: "", hint: HelpWords.closeNoteHint.text),
        ])
    }

    /// A member's Share pitch on its own, pre-filled, in a field of several
    /// lines that shows all of it. The title says whose it is.
    static func pitch(_ m: Member) -> FormState {
        FormState(title: HelpWords.pitchTitle(name: m.name).text, purpose: .editPitch(member: m.id), fields: [
            .init(key: "pitch", label: HelpWords.pitchLabel.text, kind: .paragraph, value: m.pitch, hint: HelpWords.pitchHint.text),
        ])
    }

    typealias Problem = MemberForm.Problem

    /// The change the form asks for, or what is wrong with what was typed.
    /// `me` is the acting member: an offer is made in their name.
    static func change(from form: FormState, me: String?, today: Day) -> Result<Change, Problem> {
        let value = { (key: String) in form.value(key).trimmingSpacesTUI() }
        switch form.purpose {
        case .askHelp:
            let kind = HelpWords.requestKind(value("kind")) ?? .advice
            let hours: Hours?
            switch form.hours("hours", HelpWords.hoursAWeek.text, in: Limits.hoursPerWeek) {
            case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
            case let .success(h): hours = h
            }
            let deadline: Day?
            switch form.optionalDay("deadline", HelpWords.answerByDate.text) {
            case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
            case let .success(d): deadline = d
            }
            let tags = form.tags("topic")
            return .success(.addRequest(HelpRequest(id: 0, from: value("from"), kind: kind, tags: tags, text: form.value("text"),
                                                    hoursPerWeek: hours, deadline: deadline, created: .now())))
        case let .offerHelp(id):
            guard let me else { return .failure(Problem(message: HelpWords.onlyMemberOffers.text, field: nil)) }
            return .success(.offerHelp(request: id, member: me, note: form.value("note")))
        case let .acceptOffer(id):
            // "Name (id)": the id is between the last parentheses.
            let choice = form.value("offer")
            guard let open = choice.lastIndex(of: "("), choice.hasSuffix(")") else {
                return .failure(Problem(message: HelpWords.chooseOffer.text, field: "offer"))
            }
            let member = String(choice[choice.index(after: open)..<choice.index(before: choice.endIndex)])
            return .success(.acceptOffer(request: id, member: member))
        case let .closeRequest(id):
            return .success(.closeRequest(request: id, note: form.value("note")))
        case let .editPitch(id):
            // The member's own edit, as the directory's form sends it; the rules decide who may.
            guard form.changed("pitch") else { return .failure(Problem(message: HelpWords.pitchUnchanged.text, field: "pitch")) }
            var e = MemberEdit(id: id)
            e.pitch = form.value("pitch")
            return .success(.editMember(e))
        default:
            return .failure(Problem(message: HelpWords.unknownForm("\(form.purpose)").text, field: nil))
        }
    }

    /// A note under the fields that does not stop saving: a new topic that
    /// looks like one in use, while it can still be changed.
    static func notice(for form: FormState, vocabulary: TagVocabulary?) -> String? {
        guard form.purpose == .askHelp, let vocabulary else { return nil }
        let tags = form.tags("topic").map { $0.lowercased() }
        for tag in tags {
            if let near = vocabulary.nearMisses(of: tag).first {
                return HelpWords.newTopic(tag: tag, near: near).text
            }
        }
        return nil
    }
}
