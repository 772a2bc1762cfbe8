import Foundation
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
