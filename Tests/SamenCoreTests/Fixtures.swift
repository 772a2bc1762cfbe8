import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// A small network whose every fact a test can see at a glance.
enum Fixture {
    static let today = Day(iso: "2026-11-23")!   // a Monday, 2026-W48
    static let now = Timestamp(iso: "2026-11-23T10:00:00Z")!
    static let ctx = ChangeContext(actor: "pierre", now: now, today: today)
    /// Whoever sets the network up: the first partner cannot add themselves as a member.
    static let setup = ChangeContext(identity: .administrator("pierre"), now: now, today: today)

    static func state() throws -> NetworkState {
        var network = Network(name: "Test", place: "Utrecht", costCategories: ["rent", "accountant"])
        network.contributionRates = [ContributionRate(role: .associate, basisPoints: 1000, from: Day(iso: "2020-01-01")!),
                                     ContributionRate(role: .partner, basisPoints: 1500, from: Day(iso: "2020-01-01")!)]
        var s = NetworkState(network: network)
        let joined = Day(iso: "2020-01-01")!
        for (id, name, role, skills) in [("pierre", "Pierre", Role.partner, ["sociotechnics"]),
                                         ("guido", "Guido", .partner, ["training"]),
                                         ("katleen", "Katleen Verbeek", .associate, ["sociotechnics", "healthcare"])] {
            _ = try s.apply(.addMember(Member(id: id, name: name, role: role, skills: skills, city: "Utrecht",
                                              hours: [ContractedHours(hoursPerWeek: 24, from: joined)], joined: joined)), context: setup)
        }
        var n = s.network
        n.partnerShares = [PartnerShare(member: "pierre", weight: 1), PartnerShare(member: "guido", weight: 1)]
        _ = try s.apply(.updateNetwork(n), context: ctx)
        return s
    }

    static func project(title: String = "Teams at the clinic", start: String = "2026-12-07", weeks: Int = 4) -> Project {
        Project(id: 0, title: title, client: "Zorgpunt", source: "pierre", skills: ["sociotechnics"], city: "Utrecht",
                estimatedHours: 80, period: DateRange(start: Day(iso: start)!, weeks: weeks), received: now)
    }

    static func entry(_ kind: LedgerKind, _ cents: Int64, member: String? = nil, category: String? = nil, date: String = "2026-11-20") -> LedgerEntry {
        LedgerEntry(id: 0, kind: kind, date: Day(iso: date)!, amount: Money(cents: cents), member: member, category: category,
                    at: now, by: "pierre")
    }

    /// A fresh, empty directory under /tmp, removed by the caller's `defer`.
    static func temporaryDirectory(_ label: String = "samen-test") -> String {
        var template = "/tmp/\(label)-XXXXXX".utf8CString
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!
        return String(cString: made)
    }

    static func remove(_ dir: String) { try? FileManager.default.removeItem(atPath: dir) }
}

/// Expects the rules to refuse `change` with exactly `message`, and the copy
/// it was tried on to be left exactly as it was: members, projects, requests,
/// ledger and the network's settings (a refusal changes nothing, in memory too).
func refuses(_ change: Change, in state: NetworkState, with message: String, context: ChangeContext = Fixture.ctx,
             sourceLocation: SourceLocation = #_sourceLocation) {
    var s = state
    do {
        _ = try s.apply(change, context: context)
        Issue.record("expected '\(message)'", sourceLocation: sourceLocation)
    } catch {
        #expect("\(error)" == message, sourceLocation: sourceLocation)
    }
    #expect(s.members.records == state.members.records, sourceLocation: sourceLocation)
    #expect(s.projects.records == state.projects.records, sourceLocation: sourceLocation)
    #expect(s.requests.records == state.requests.records, sourceLocation: sourceLocation)
    #expect(s.ledger.records == state.ledger.records, sourceLocation: sourceLocation)
    #expect(s.network == state.network, sourceLocation: sourceLocation)
}

/// The same, with `actor` acting on the fixture's day.
func refuses(_ change: Change, as actor: String, in state: NetworkState, with message: String,
             sourceLocation: SourceLocation = #_sourceLocation) {
    refuses(change, in: state, with: message, context: ChangeContext(actor: actor, now: Fixture.now, today: Fixture.today),
            sourceLocation: sourceLocation)
}

/// The same, with the fixture's actor acting on `today`.
func refuses(_ change: Change, in state: NetworkState, today: String, with message: String,
             sourceLocation: SourceLocation = #_sourceLocation) {
    refuses(change, in: state, with: message, context: ChangeContext(actor: "pierre", now: Fixture.now, today: Day(iso: today)!),
            sourceLocation: sourceLocation)
}

