/// A valid network of any size, for benchmarks and tests (`samen generate`).
///
/// Records are built directly rather than through `apply`, which would make
/// half a million ledger entries quadratic; the result is checked by the same
/// loader and validator as any other directory (the tests run `check` on it).
public struct SyntheticNetwork: Sendable {
    public var members: Int
    public var projects: Int
    public var requests: Int
    public var entries: Int
    public var seed: UInt64

    public init(members: Int, projects: Int, requests: Int, entries: Int, seed: UInt64 = 1) {
        self.members = members; self.projects = projects; self.requests = requests; self.entries = entries; self.seed = seed
    }

    /// DESIGN.md's sizes: S1 is a real network, S100 a hundred times larger.
    public static let s1 = SyntheticNetwork(members: 40, projects: 200, requests: 80, entries: 5_000)
    public static let s100 = SyntheticNetwork(members: 10_000, projects: 50_000, requests: 20_000, entries: 500_000)

    static let firstNames = ["Anna", "Bram", "Carmen", "Daan", "Eva", "Femke", "Guus", "Hanna", "Ilse", "Joost", "Kim", "Lotte",
                             "Mehmet", "Noor", "Olaf", "Priya", "Quinten", "Roos", "Sem", "Tess", "Umut", "Vera", "Wout",
                             "Xander", "Yara", "Zoë", "Çelik", "Anaïs", "Li", "Sanne"]
    static let lastNames = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
                            "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
                            "Yılmaz", "Wang", "El Amrani", "Kowalski"]
    static let skills = ["marketing", "design", "journalism", "illustration", "photography", "film", "web", "copywriting",
                         "pr", "social-media", "animation", "translation", "editing", "ux", "branding", "strategy",
                         "infographics", "video", "sociotechnics", "training", "team-coaching", "change-management",
                         "process-redesign", "lean", "healthcare", "education", "government", "research", "data",
                         "events", "sound", "3d", "typography", "campaigns", "content", "seo", "print", "motion",
                         "facilitation", "interviews"]
    public static let cities = ["Leiden", "Den Haag", "Amsterdam", "Utrecht", "Rotterdam", "Haarlem", "Delft", "Leiderdorp",
                                "Oegstgeest", "Katwijk", "Alphen aan den Rijn", "Zoetermeer", "Gouda", "Amersfoort", "Zwolle",
                                "Groningen", "Eindhoven", "Nijmegen", "Arnhem", "Tilburg", "Breda", "Maastricht"]
    static let clients = ["Gemeente Leiden", "Hoogheemraadschap", "Naturalis", "LUMC", "Universiteit Leiden", "ROC Mondriaan",
                          "Stichting Zorgpunt", "Provincie Zuid-Holland", "Bibliotheek Rijn", "Museum Volkenkunde",
                          "Jeugdzorg West", "Woonstichting De Sleutels", "Veiligheidsregio", "Rabobank Rijnland", "KNMI"]
    static let categories = ["secretary", "building", "website", "computers", "accountant", "outings", "rent"]

    /// Builds the state. `progress` gets a fraction from 0 to 1.
    public func build(today: Day, progress: (Double) -> Void = { _ in }) -> NetworkState {
        var rng = SeededRandom(seed: seed)
        let start = today.addingMonths(-24)
        var network = Network(name: "Generated network (seed \(seed))", place: "Leiden", costCategories: Self.categories)
        network.contributionRates = [ContributionRate(role: .partner, basisPoints: 1500, from: start.addingMonths(-12)),
                                     ContributionRate(role: .associate, basisPoints: 1000, from: start.addingMonths(-12))]
        for s in Seniority.allCases {
            for (i, band) in SizeBand.allCases.enumerated() {
                let base = Int64(6_500 + 2_000 * (s == .junior ? 0 : s == .medior ? 1 : 2) - 500 * i)
                network.rateCard.append(RateCardEntry(seniority: s, sizeBand: band, hourly: Money(cents: base), from: start.addingMonths(-12)))
            }
        }
        var state = NetworkState(network: network)
        let total = Double(max(1, members + projects + requests + entries))
        var done = 0.0
        func tick(_ n: Int) { done += Double(n); if Int(done) % 20_000 == 0 { progress(done / total) } }

        // Members: the first three are partners, as in ST-groep.
        var memberIDs: [String] = []
        var active: [String] = []
        let width = String(max(members, 1)).count
        for i in 0..<members {
            let id = "m" + String(repeating: "0", count: width - String(i + 1).count) + String(i + 1)
            let role: Role = i < 3 ? .partner : rng.chance(0.5) ? .associate : (rng.chance(0.95) ? .member : .applicant)
            let joined = today.advanced(by: -rng.int(800...4000))  // before the ledger starts
            let leaves = i >= 3 && rng.chance(0.04)
            var m = Member(id: id, name: "\(rng.pick(Self.firstNames)) \(rng.pick(Self.lastNames))", role: role,
                           skills: rng.pick(Self.skills, count: rng.int(2...5)), seniority: rng.pick(Seniority.allCases),
                           city: rng.pick(Self.cities), email: "\(id)@example.org", login: id,
                           pitch: "Good at \(rng.pick(Self.skills)) for \(rng.pick(Self.clients))",
                           involvement: rng.pick(Involvement.allCases),
                           hours: [ContractedHours(hoursPerWeek: Hours(rng.int(4...32)), from: joined)],
                           desks: rng.int(0...2), joined: joined,
                           left: leaves ? today.advanced(by: -rng.int(1...150)) : nil)
            if rng.chance(0.1) {
                let off = today.advanced(by: rng.int(0...60))
                m.timeOff = [TimeOff(range: DateRange(off, off.advanced(by: rng.int(3...20)))!, note: "holiday")]
            }
            state.members.append(sortedAfterLast: m)
            memberIDs.append(id)
            if !leaves && role != .applicant { active.append(id) }
            tick(1)
        }
        state.network.partnerShares = memberIDs.prefix(3).map { PartnerShare(member: $0, weight: 1) }
        if active.isEmpty { active = Array(memberIDs.prefix(1)) }

        // Projects: every status, with leads and teams where the status needs them.
        let statuses: [(ProjectStatus, Double)] = [(.incoming, 0.08), (.proposal, 0.1), (.active, 0.2), (.done, 0.45),
                                                   (.declined, 0.07), (.lost, 0.07), (.cancelled, 0.03)]
        for id in 1...max(1, projects) where projects > 0 {
            var roll = Double.random(in: 0..<1, using: &rng), status = ProjectStatus.done
            for (s, p) in statuses { if roll < p { status = s; break }; roll -= p }
            let begin: Day
            switch status {
            case .done, .lost, .cancelled, .declined: begin = today.advanced(by: -rng.int(60...700))
            case .active: begin = today.advanced(by: -rng.int(0...60))
            case .incoming, .proposal: begin = today.advanced(by: rng.int(7...90))
            }
            let period = DateRange(start: begin, weeks: rng.int(1...26))
            let received = Timestamp(secondsSinceEpoch: Int64(begin.advanced(by: -rng.int(7...60)).daysSinceEpoch) * 86_400 + Int64(rng.int(28_800...61_200)))
            var p = Project(id: id, title: "\(rng.pick(["Campaign", "Training", "Redesign", "Congress report", "Advice", "Study", "Film"])) \(id)",
                            client: rng.pick(Self.clients), source: rng.chance(0.6) ? rng.pick(active) : nil,
                            skills: rng.pick(Self.skills, count: rng.int(1...3)), city: rng.pick(Self.cities),
                            estimatedHours: Hours(rng.int(8...800)), period: period,
                            budget: rng.chance(0.7) ? Money(cents: Int64(rng.int(1_000...200_000)) * 100) : nil,
                            status: status, received: received)
            p.log = [Decision(at: received, by: "generator", from: nil, to: .incoming)]
            if [.declined, .lost, .cancelled].contains(status), rng.chance(0.3) { p.lead = rng.pick(active) }
            if [.proposal, .active, .done].contains(status) {
                p.lead = p.lead ?? rng.pick(active)
                p.accepted = received.day
                var team = Set([p.lead!])
                for _ in 0..<rng.int(0...3) { team.insert(rng.pick(active)) }
                p.allocations = team.sorted().map { Allocation(member: $0, hoursPerWeek: Hours(rng.int(2...16)), range: period) }
            }
            if status == .declined { p.declineReason = rng.pick(DeclineReason.allCases) }
            if status != .incoming { p.log.append(Decision(at: received, by: "generator", from: .incoming, to: status, note: p.declineReason?.label ?? "")) }
            state.projects.append(sortedAfterLast: p)
            tick(1)
        }

        // Help requests, some answered.
        for id in 1...max(1, requests) where requests > 0 {
            let from = rng.pick(active)
            let kind: RequestKind = rng.chance(0.15) ? .needsWork : rng.chance(0.9) ? .advice : .other
            let created = Timestamp(secondsSinceEpoch: Int64(today.advanced(by: -rng.int(0...400)).daysSinceEpoch) * 86_400 + 36_000)
            var r = HelpRequest(id: id, from: from, kind: kind, tags: rng.pick(Self.skills, count: rng.int(1...3)),
                                text: kind == .needsWork ? "Looking for work" : "Who knows about \(rng.pick(Self.skills))?",
                                hoursPerWeek: kind == .needsWork ? Hours(rng.int(4...24)) : nil, created: created)
            for _ in 0..<rng.int(0...3) {
                let helper = rng.pick(active)
                if helper != from && !r.offers.contains(where: { $0.member == helper }) {
                    r.offers.append(Offer(member: helper, note: "I can help", at: created))
                }
            }
            // At most one open needs-work request per member, as the rule says.
            let openNeedsWork = kind == .needsWork && state.requests.contains { $0.from == from && $0.kind == .needsWork && $0.isOpen }
            if openNeedsWork || rng.chance(0.5) {
                r.status = .closed; r.closed = created
                if let o = r.offers.first { r.accepted = o.member }
            } else if let o = r.offers.first, rng.chance(0.5) {
                r.status = .matched; r.accepted = o.member
            }
            state.requests.append(sortedAfterLast: r)
            tick(1)
        }

        // Ledger: dates run forward over two years; revenue brings its contribution.
        let span = max(1, start.distance(to: today))
        var id = 0
        var correctable: [Int] = []
        var corrected = Set<Int>()
        let projectCount = state.projects.count
        while id < entries {
            let date = start.advanced(by: span * id / max(1, entries))
            let at = Timestamp(secondsSinceEpoch: Int64(date.daysSinceEpoch) * 86_400 + 43_200)
            let roll = rng.int(0...99)
            id += 1
            if roll < 40, id + 1 <= entries {
                let who = rng.pick(active)
                let amount = Money(cents: Int64(rng.int(10_000...900_000)))
                let project = projectCount > 0 && rng.chance(0.8) ? rng.int(1...projectCount) : nil
                state.appendLedger(LedgerEntry(id: id, kind: .revenue, date: date, amount: amount, member: who,
                                                                 project: project, at: at, by: "generator"))
                let role = state.members[id: who]!.role
                let rate = state.network.contributionRate(for: role, on: date)
                correctable.append(id)
                if rate > 0 {
                    id += 1
                    state.appendLedger(LedgerEntry(id: id, kind: .contribution, date: date, amount: amount.percentage(basisPoints: rate),
                                                                     member: who, project: project, rate: rate, relatesTo: id - 1, at: at, by: "generator"))
                }
            } else if roll < 60 {
                state.appendLedger(LedgerEntry(id: id, kind: .cost, date: date, amount: Money(cents: Int64(rng.int(1_000...300_000))),
                                                                 category: rng.pick(Self.categories), payee: rng.pick(Self.clients), at: at, by: "generator"))
                correctable.append(id)
            } else if roll < 80 {
                state.appendLedger(LedgerEntry(id: id, kind: .charge, date: date, amount: Money(cents: Int64(rng.int(1_000...40_000))),
                                                                 member: rng.pick(active), category: "rent", at: at, by: "generator"))
            } else if roll < 97 || correctable.isEmpty {
                state.appendLedger(LedgerEntry(id: id, kind: .payment, date: date, amount: Money(cents: Int64(rng.int(1_000...40_000))),
                                                                 member: rng.pick(active), at: at, by: "generator"))
            } else {
                let target = rng.pick(correctable)
                if corrected.contains(target) || state.ledger[id: target]!.kind == .revenue {
                    state.appendLedger(LedgerEntry(id: id, kind: .income, date: date, amount: Money(cents: Int64(rng.int(1_000...40_000))),
                                                                     payee: "subsidy", at: at, by: "generator"))
                } else {
                    corrected.insert(target)
                    let t = state.ledger[id: target]!
                    state.appendLedger(LedgerEntry(id: id, kind: .correction, date: date, amount: -t.amount, member: t.member,
                                                                     project: t.project, category: t.category, payee: t.payee,
                                                                     note: "booked twice", relatesTo: target, at: at, by: "generator"))
                }
            }
            tick(1)
        }
        progress(1)
        return state
    }
}
