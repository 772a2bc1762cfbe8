/// Someone who could answer a request, and why they are suggested.
public struct HelperSuggestion: Sendable, Equatable {
    public var member: String
    public var name: String
    /// Higher is more relevant: the sum of the matches' points.
    public var score: Int
    /// What matched, in the request's tag order: per tag a skill, the pitch, or both.
    public var matches: [HelperMatch]

    /// "skill infographics · Share: "…explainers, infographics, editorial…""
    public var why: String { matches.map(\.text).joined(separator: " · ") }
}

/// How one topic tag matched a member.
public struct HelperMatch: Sendable, Equatable {
    public enum How: String, Sendable {
        /// A skill spelled exactly as the tag.
        case skill
        /// The same skill written another way: "infographic" for "infographics".
        case similarSkill = "similar-skill"
        /// The tag's words within a skill: "media" in "social-media".
        case skillWords = "skill-words"
        /// The tag's words in what the member said they are good at.
        case pitch
    }
    public var tag: String
    public var how: How
    /// The skill, or a stretch of the pitch around the words.
    public var evidence: String
    public var points: Int

    public var text: String {
        switch how {
        case .skill: return "skill \(evidence)"
        case .similarSkill: return "skill \(evidence) (for \(tag))"
        case .skillWords: return "skill \(evidence) (for \(tag))"
        case .pitch: return "Share: \"\(evidence)\""
        }
    }
}

/// Who knows about what: members' skills and Share pitches indexed by word,
/// built once per loaded state so each request's suggestions cost a few
/// dictionary look-ups instead of a pass over every member's text
/// (issue 6: ≤ 20 ms over 10,000 members).
public struct HelperIndex: Sendable {
    /// Points per kind of match: a skill someone claims outweighs a word in their pitch.
    static let skillPoints = 6, similarSkillPoints = 5, skillWordPoints = 3, pitchPoints = 2

    private let members: [Member]
    /// Members who can help at all: in the network on the day, not applicants, not externals.
    private let eligible: [Bool]
    private var bySkill: [String: [Int32]] = [:]
    private var bySkillKey: [String: [Int32]] = [:]
    private var bySkillWord: [String: [Int32]] = [:]
    private var byPitchWord: [String: [Int32]] = [:]
    private var position: [String: Int32] = [:]
    /// Each member's place in name order, so ranking sorts integers, not strings.
    private let nameRank: [Int32]

    public init(_ state: NetworkState, today: Day) {
        let records = state.members.records
        members = records
        eligible = records.map { $0.isActive(on: today) && $0.role != .applicant && $0.role != .external }
        let lowered = records.map { $0.name.lowercased() }
        var rank = [Int32](repeating: 0, count: records.count)
        for (r, i) in records.indices.sorted(by: { (lowered[$0], records[$0].id) < (lowered[$1], records[$1].id) }).enumerated() {
            rank[i] = Int32(r)
        }
        nameRank = rank
        // A network has few distinct skills; work out each one's forms once.
        var skillForms: [String: (lower: String, key: String, stems: [String])] = [:]
        var words: [String] = []   // one member's words, reused: a handful, so a linear search beats a set
        for i in records.indices {
            let n = Int32(i)
            position[records[i].id] = n
            guard eligible[i] else { continue }
            words.removeAll(keepingCapacity: true)
            for skill in records[i].skills {
                let forms: (lower: String, key: String, stems: [String])
                if let known = skillForms[skill] { forms = known } else {
                    let lower = skill.lowercased(), stems = TagWords.stems(lower)
                    forms = (lower, stems.joined(separator: " "), stems)
                    skillForms[skill] = forms
                }
                bySkill[forms.lower, default: []].append(n)
                bySkillKey[forms.key, default: []].append(n)
                for w in forms.stems where !words.contains(w) { words.append(w) }
            }
            for w in words { bySkillWord[w, default: []].append(n) }
            words.removeAll(keepingCapacity: true)
            TagWords.forEachStem(of: records[i].pitch) { w in if !words.contains(w) { words.append(w) } }
            for w in words { byPitchWord[w, default: []].append(n) }
        }
    }

    /// Members who could answer `request`, most relevant first (ties by
    /// name), without the asker and those who already offered.
    public func suggestions(for request: HelpRequest, limit: Int = 10) -> [HelperSuggestion] {
        var excluded = Set<Int32>()
        if let a = position[request.from] { excluded.insert(a) }
        for o in request.offers { if let p = position[o.member] { excluded.insert(p) } }

        // Per candidate and tag, the best skill match and the pitch match
        // (slot 2t and 2t+1): a skill someone also talks about in their
        // pitch is stronger evidence than either alone.
        var best: [Int32: [Int: (HelperMatch.How, Int)]] = [:]
        func note(_ members: [Int32]?, tag: Int, _ how: HelperMatch.How, _ points: Int) {
            let slot = tag * 2 + (how == .pitch ? 1 : 0)
            for n in members ?? [] where !excluded.contains(n) {
                if let (_, had) = best[n]?[slot], had >= points { continue }
                best[n, default: [:]][slot] = (how, points)
            }
        }
        for (t, raw) in request.tags.enumerated() {
            let tag = raw.lowercased()
            let stems = TagWords.stems(tag)
            guard !stems.isEmpty else { continue }
            note(bySkill[tag], tag: t, .skill, Self.skillPoints)
            note(bySkillKey[stems.joined(separator: " ")], tag: t, .similarSkill, Self.similarSkillPoints)
            note(intersection(stems.map { bySkillWord[$0] }), tag: t, .skillWords, Self.skillWordPoints)
            note(intersection(stems.map { byPitchWord[$0] }), tag: t, .pitch, Self.pitchPoints)
        }

        var ranked = best.map { (n, perTag) in (n, perTag.values.reduce(0) { $0 + $1.1 }) }
        let rank = nameRank
        ranked.sort { a, b in a.1 != b.1 ? a.1 > b.1 : rank[Int(a.0)] < rank[Int(b.0)] }
        // Evidence (which skill, which words of the pitch) only for those shown.
        return ranked.prefix(limit).map { n, score in
            let m = members[Int(n)]
            let matches = best[n]!.sorted { $0.key < $1.key }.map { slot, found in
                let tag = request.tags[slot / 2].lowercased()
                return HelperMatch(tag: tag, how: found.0, evidence: Self.evidence(found.0, tag: tag, in: m), points: found.1)
            }
            return HelperSuggestion(member: m.id, name: m.name, score: score, matches: matches)
        }
    }

    /// Members in every list (a tag of several words needs all of them).
    private func intersection(_ lists: [[Int32]?]) -> [Int32]? {
        guard let first = lists.first else { return nil }
        guard lists.count > 1 else { return first }
        var result = Set(first ?? [])
        for l in lists.dropFirst() { result.formIntersection(l ?? []) }
        return result.sorted()
    }

    static func evidence(_ how: HelperMatch.How, tag: String, in m: Member) -> String {
        let stems = TagWords.stems(tag)
        switch how {
        case .skill:
            return m.skills.first { $0.lowercased() == tag } ?? tag
        case .similarSkill:
            return m.skills.first { TagWords.key($0) == stems.joined(separator: " ") } ?? tag
        case .skillWords:
            return m.skills.first { Set(TagWords.stems($0)).isSuperset(of: stems) } ?? tag
        case .pitch:
            return snippet(of: m.pitch, around: Set(stems))
        }
    }

    /// A few words of `text` around the first word whose stem is wanted,
    /// with "…" where it was cut: enough to see why, short enough for a row.
    static func snippet(of text: String, around stems: Set<String>, radius: Int = 3) -> String {
        let words = text.split(separator: " ")
        guard let hit = words.firstIndex(where: { w in TagWords.stems(String(w)).contains { stems.contains($0) } }) else {
            return String(text.prefix(60))
        }
        let from = max(0, hit - radius), to = min(words.count, hit + radius + 1)
        return (from > 0 ? "…" : "") + words[from..<to].joined(separator: " ") + (to < words.count ? "…" : "")
    }
}
