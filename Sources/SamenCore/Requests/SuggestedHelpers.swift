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
public struct HelperMatch: Sendable, Equatable, Phrase {
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

    /// What matched, in words: `skill infographics`, `Share: "…"`.
    public var en: String {
        switch how {
        case .skill: return "skill \(evidence)"
        case .similarSkill: return "skill \(evidence) (for \(tag))"
        case .skillWords: return "skill \(evidence) (for \(tag))"
        case .pitch: return "Share: \"\(evidence)\""
        }
    }

    public var nl: String {
        let (v1, v2) = (evidence, tag)
        switch how {
        case .skill: return "vaardigheid \(v1)"
        case .similarSkill, .skillWords: return "vaardigheid \(v1) (voor \(v2))"
        case .pitch: return "Share: \"\(v1)\""
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
    /// Skills by id: each distinct spelling once, with the members who list it.
    private let skillMembers: [[Int32]]
    /// Skill ids by lower-cased skill, by key ("social media"), and by word stem.
    private let skillsByLower: [String: [Int32]]
    private let skillsByKey: [String: [Int32]]
    private let skillsByWord: [String: [Int32]]
    /// Members whose pitch has the word, by word stem.
    private let pitchWordID: [String: Int32]
    private let pitchMembers: [[Int32]]
    private let position: [String: Int32]
    /// Each member's place in name order, so ranking sorts integers, not strings.
    private let nameRank: [Int32]

    /// `nameRank`, when the caller already has it (the member directory
    /// does), saves sorting 10,000 names again; positions in `state.members`.
    public init(_ state: NetworkState, today: Day, nameRank known: [Int]? = nil) {
        let records = state.members.records
        members = records
        var position: [String: Int32] = [:]
        position.reserveCapacity(records.count)
        var skillID: [String: Int32] = [:]
        var skillForms: [(lower: String, key: String, stems: [String])] = []
        var skillMembers: [[Int32]] = []
        var pitchWordID: [String: Int32] = [:]
        var pitchMembers: [[Int32]] = []
        var seen: [Int32] = []   // one member's pitch words: a handful, so a linear search beats a set
        // Through a buffer: subscripting the array would copy each member.
        records.withUnsafeBufferPointer { buf in
            for i in buf.indices {
                let n = Int32(i)
                position[buf[i].id] = n
                // Who can help at all: in the network on the day, not applicants, not externals.
                guard buf[i].isActive(on: today), buf[i].role != .applicant, buf[i].role != .external else { continue }
                for skill in buf[i].skills {
                    let id: Int32
                    if let known = skillID[skill] { id = known } else {
                        id = Int32(skillForms.count)
                        skillID[skill] = id
                        let lower = skill.lowercased(), stems = TagWords.stems(lower)
                        skillForms.append((lower, stems.joined(separator: " "), stems))
                        skillMembers.append([])
                    }
                    skillMembers[Int(id)].append(n)
                }
                seen.removeAll(keepingCapacity: true)
                TagWords.forEachStem(of: buf[i].pitch) { w in
                    let id: Int32
                    if let known = pitchWordID[w] { id = known } else {
                        id = Int32(pitchMembers.count)
                        pitchWordID[w] = id
                        pitchMembers.append([])
                    }
                    if !seen.contains(id) { seen.append(id); pitchMembers[Int(id)].append(n) }
                }
            }
        }
        var byLower: [String: [Int32]] = [:], byKey: [String: [Int32]] = [:], byWord: [String: [Int32]] = [:]
        for (id, forms) in skillForms.enumerated() {
            byLower[forms.lower, default: []].append(Int32(id))
            byKey[forms.key, default: []].append(Int32(id))
            for w in Set(forms.stems) { byWord[w, default: []].append(Int32(id)) }
        }
        self.position = position
        self.skillMembers = skillMembers
        skillsByLower = byLower; skillsByKey = byKey; skillsByWord = byWord
        self.pitchWordID = pitchWordID
        self.pitchMembers = pitchMembers

        if let known, known.count == records.count {
            nameRank = known.map { Int32($0) }
        } else {
            let lowered = records.map { $0.name.lowercased() }
            var rank = [Int32](repeating: 0, count: records.count)
            for (r, i) in records.indices.sorted(by: { (lowered[$0], $0) < (lowered[$1], $1) }).enumerated() { rank[i] = Int32(r) }
            nameRank = rank
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
        func note(_ members: [Int32], tag: Int, _ how: HelperMatch.How, _ points: Int) {
            let slot = tag * 2 + (how == .pitch ? 1 : 0)
            for n in members where !excluded.contains(n) {
                if let (_, had) = best[n]?[slot], had >= points { continue }
                best[n, default: [:]][slot] = (how, points)
            }
        }
        func holders(_ skills: [Int32]?) -> [Int32] { (skills ?? []).flatMap { skillMembers[Int($0)] } }
        for (t, raw) in request.tags.enumerated() {
            let tag = raw.lowercased()
            let stems = TagWords.stems(tag)
            guard !stems.isEmpty else { continue }
            note(holders(skillsByLower[tag]), tag: t, .skill, Self.skillPoints)
            note(holders(skillsByKey[stems.joined(separator: " ")]), tag: t, .similarSkill, Self.similarSkillPoints)
            // Every word of the tag within one skill: "media" in "social-media".
            note(holders(intersection(stems.map { skillsByWord[$0] })), tag: t, .skillWords, Self.skillWordPoints)
            note(intersection(stems.map { w in pitchWordID[w].map { pitchMembers[Int($0)] } }) ?? [], tag: t, .pitch, Self.pitchPoints)
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
