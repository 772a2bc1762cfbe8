/// Every topic tag and skill the network already uses, and how often, so a
/// new tag that is nearly an old one can be pointed out.
///
/// The policy (issue 6): new tags are allowed, because a network's vocabulary
/// grows; but "infographic" beside "infographics" splits one topic in two and
/// hides a request from the people who know about it. So a near miss is
/// warned about, never refused.
public struct TagVocabulary: Sendable {
    /// Each tag or skill in use, with the number of members, projects and requests using it.
    public private(set) var uses: [String: Int] = [:]

    public init(_ state: NetworkState) {
        for m in state.members { for s in m.skills { uses[s.lowercased(), default: 0] += 1 } }
        for p in state.projects { for s in p.skills { uses[s.lowercased(), default: 0] += 1 } }
        for r in state.requests { for t in r.tags { uses[t.lowercased(), default: 0] += 1 } }
    }

    public init(uses: [String: Int]) { self.uses = uses }

    /// How many edits still count as a slip of the keyboard: none for short
    /// tags ("ux" and "ui" are different things), one from five letters,
    /// two from nine.
    static func allowedEdits(_ tag: String) -> Int {
        let n = tag.unicodeScalars.count
        return n >= 9 ? 2 : n >= 5 ? 1 : 0
    }

    /// Tags in use that `tag` is probably meant to be, most used first; empty
    /// when `tag` is itself in use or resembles nothing.
    public func nearMisses(of tag: String) -> [String] {
        let t = tag.lowercased()
        guard uses[t] == nil else { return [] }
        let key = TagWords.key(t), limit = Self.allowedEdits(t)
        var hits: [String] = []
        for candidate in uses.keys {
            if TagWords.key(candidate) == key || (limit > 0 && TagWords.distance(t, candidate, limit: limit) <= limit) {
                hits.append(candidate)
            }
        }
        return hits.sorted { (uses[$0]!, $1) > (uses[$1]!, $0) }
    }

    /// One warning per new tag that resembles one in use: what was typed and
    /// what it looks like.
    public func warnings(for tags: [String]) -> [String] {
        tags.compactMap { tag in
            let near = nearMisses(of: tag)
            guard !near.isEmpty else { return nil }
            let shown = Array(near.prefix(2))
            return NoticeWords.newTopic(tag, nearby: shown, uses: shown.map { uses[$0]! }).text
        }
    }
}
