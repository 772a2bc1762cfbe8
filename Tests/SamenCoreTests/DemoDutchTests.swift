import Testing
@testable import SamenCore

/// Both demos are Dutch networks: built in Dutch, every free text (pitches,
/// descriptions, requests, offers, notes) is Dutch; built in English, the
/// English. Names stay as they are.
@Suite("The demos in Dutch") struct DemoDutchTests {
    static let today = Day(iso: "2026-11-23")!

    /// Every free text of a demo, with where it is.
    static func freeTexts(_ s: NetworkState) -> [(String, String)] {
        var out: [(String, String)] = []
        for m in s.members { out.append(("pitch of \(m.id)", m.pitch)) }
        for p in s.projects {
            out.append(("description of project \(p.id)", p.description))
            for h in p.externalHires { out.append(("hire on project \(p.id)", h.reason)) }
        }
        for r in s.requests {
            out.append(("request \(r.id)", r.text))
            for o in r.offers { out.append(("offer on request \(r.id)", o.note)) }
            if let n = r.closingNote { out.append(("closing note of request \(r.id)", n)) }
        }
        for e in s.ledger { out.append(("note of ledger entry \(e.id)", e.note)) }
        return out.filter { !$0.1.isEmpty }
    }

    /// Notes the rules write themselves (a contribution, a share of the
    /// year's result, a part of a shared cost): data, written in English by
    /// whoever saves, like the files' keys. Not the demo's words.
    static func madeByTheRules(_ text: String) -> Bool {
        text.contains("% of revenue") || text.hasPrefix("share ") && text.contains(" result ")
            || text.hasSuffix(" desks") || text.hasSuffix(" members")
    }

    @Test(arguments: DemoNetwork.allCases) func everyFreeTextHasItsDutch(_ demo: DemoNetwork) throws {
        let english = try Language.$scoped.withValue(.en) { try demo.build(today: Self.today) }
        let dutch = try Language.$scoped.withValue(.nl) { try demo.build(today: Self.today) }
        let e = Self.freeTexts(english), d = Self.freeTexts(dutch)
        #expect(e.count == d.count)
        let untranslated = zip(e, d).filter { $0.0.1 == $0.1.1 && !Self.madeByTheRules($0.0.1) }.map { "\($0.0.0): \($0.0.1)" }
        #expect(untranslated.isEmpty, "\(demo.rawValue): \(untranslated.count) texts without Dutch:\n\(untranslated.joined(separator: "\n"))")
        // The same network otherwise: the same people, projects and money.
        #expect(english.members.map(\.id) == dutch.members.map(\.id))
        #expect(english.projects.map(\.title) == dutch.projects.map(\.title))
        #expect(english.ledger.map(\.amount) == dutch.ledger.map(\.amount))
        #expect(dutch.members.first { $0.id == "eric" }?.pitch.hasPrefix("Journalist die") == (demo == .unit2) || demo != .unit2)
    }
}
