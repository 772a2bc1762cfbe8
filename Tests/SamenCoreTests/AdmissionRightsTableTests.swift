import Testing
@testable import SamenCore

/// The README's rights table, the rows of an application (issue 16), cell by
/// cell: the same network as `RightsTableTests`, with Lies Nieuw applying,
/// introduced by Tom, who gave his view.
extension RightsTableTests {
    static func withApplicant() throws -> NetworkState {
        var s = try network()
        let setup = ChangeContext(identity: .administrator("root"), now: now, today: today)
        _ = try s.apply(.addApplicant(Member(id: "lies", name: "Lies Nieuw", role: .applicant, skills: ["drone"], city: "Utrecht",
                                             joined: today, application: Application(introducedBy: "tom", appliedOn: today))), context: setup)
        _ = try s.apply(.viewApplicant(applicant: "lies", ApplicantView(by: "tom", stance: .for, on: today)), context: setup)
        return s
    }

    static let notInside = "only members who are in the network give views and notes"
    @Sendable static func speakerRefusal(_ own: String, _ rights: String) -> String {
        own == "appie" ? "\(notInside); Appie Applicant is an applicant" : own == "ext" ? "\(notInside); Eke External is an external" : rights
    }
    static let inTomsName = "only Tom Other or a partner or a member may give a view or note on Lies Nieuw in Tom Other's name; {phrase}"

    static let admissionRows: [Row] = [
        Row(name: "enter an applicant", allowed: workers,
            change: { _, _ in .addApplicant(Member(id: "nina", name: "Nina New", role: .applicant, city: "Utrecht", joined: today,
                                                   application: Application(introducedBy: "tom", appliedOn: today))) },
            refusal: { _ in "only a member who takes on work may enter Nina New as an applicant; {phrase}" }),
        Row(name: "give a view in own name", allowed: workers,
            change: { own, _ in .viewApplicant(applicant: "lies", ApplicantView(by: own, stance: .question, note: "Own clients?", on: today)) },
            refusal: { own in speakerRefusal(own, inTomsName) }),
        Row(name: "give a view in someone else's name", allowed: coordinators,
            change: { _, _ in .viewApplicant(applicant: "lies", ApplicantView(by: "tom", stance: .against, on: today)) },
            refusal: { _ in inTomsName }),
        Row(name: "note a criterion in own name", allowed: workers,
            change: { own, _ in .noteCriterion(applicant: "lies", CriterionNote(criterion: "own-feet", by: own, note: "Two clients", on: today)) },
            refusal: { own in speakerRefusal(own, inTomsName) }),
        Row(name: "admit an applicant as an associate", allowed: keepers,
            change: { _, _ in .admitApplicant(applicant: "lies", role: .associate, from: today) },
            refusal: { _ in "only \(books) may admit Lies Nieuw as an associate; {phrase}" }),
        Row(name: "admit an applicant as a partner", allowed: coordinators,
            change: { _, _ in .admitApplicant(applicant: "lies", role: .partner, from: today) },
            refusal: { own in own == "bea" ? "only a partner or a member may admit Lies Nieuw as a partner; {phrase}"
                                           : "only \(books) may admit Lies Nieuw as a partner; {phrase}" }),
        Row(name: "say not now to an applicant", allowed: keepers,
            change: { _, _ in .declineApplicant(applicant: "lies", reason: "Not yet") },
            refusal: { _ in "only \(books) may say not now to Lies Nieuw; {phrase}" }),
    ]

    @Test(arguments: admissionRows, Who.allCases)
    func everyAdmissionCell(_ row: Row, _ who: Who) throws {
        let before = try Self.withApplicant()
        var s = before
        let own = who.id ?? "tom"
        let context = ChangeContext(identity: who.identity, now: Self.now, today: Self.today)
        do {
            _ = try s.apply(row.change(own, before), context: context)
            #expect(row.allowed.contains(who), "\(who) was allowed to \(row.name)")
        } catch {
            let expected = row.refusal(own).replacingOccurrences(of: "{phrase}", with: who.phrase)
            #expect(!row.allowed.contains(who), "\(who) may \(row.name) but was refused: \(error)")
            if !row.allowed.contains(who) { #expect("\(error)" == expected) }
            #expect(s.members.records == before.members.records && s.network == before.network, "a refusal changes nothing")
        }
    }
}
