/// "ilustration: did you mean illustration?": the one place that decides
/// whether something typed is a slip for a word Samen already knows (a
/// skill in use, a place in the table, a command), for the command line and
/// the dashboard's forms alike.
///
/// A slip is pointed out, never corrected behind the person's back: a new
/// skill or a place outside the table can still be used on purpose (the
/// caller says how).
public enum DidYouMean {
    /// How many edits still count as a slip: none for short words ("ux" is
    /// not "ui"), one from four letters, two from nine.
    public static func allowedEdits(_ word: String) -> Int {
        let n = word.unicodeScalars.count
        return n >= 9 ? 2 : n >= 4 ? 1 : 0
    }

    /// The candidate `typed` most likely stands for: the nearest by edit
    /// distance (a swap of two neighbours is one edit), the earlier one on a
    /// tie, so callers list the likelier candidates first. Nil when `typed`
    /// is one of them (case aside) or resembles none. `key` says how words
    /// are compared (lower case by default).
    public static func suggestion<S: Sequence>(for typed: String, among candidates: S,
                                               key: (String) -> String = { $0.lowercased() }) -> String? where S.Element == String {
        withoutActuallyEscaping(key) { key in
            suggestion(forKey: key(typed), among: candidates.lazy.map { (name: $0, key: key($0)) })
        }
    }

    /// The same, for candidates whose keys were worked out beforehand (the
    /// place table folds its 2,500 names once, not on every question).
    public static func suggestion<S: Sequence>(forKey t: String, among keyed: S) -> String?
    where S.Element == (name: String, key: String) {
        let limit = allowedEdits(t)
        guard !t.isEmpty else { return nil }
        var best: (String, Int)?
        for (c, k) in keyed {
            if k == t { return nil }
            guard limit > 0 else { continue }
            let d = TagWords.distance(t, k, limit: best.map { $0.1 - 1 } ?? limit)
            if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }
}

/// Something typed that is probably a slip for a known word.
public struct NearMiss: Equatable, Sendable, CustomStringConvertible {
    public var typed: String
    public var suggestion: String
    public init(typed: String, suggestion: String) { self.typed = typed; self.suggestion = suggestion }
    public var description: String { "\(typed): did you mean \(suggestion)?" }
}

extension NetworkState {
    /// Skills of members and projects, most used first: what a new skill is checked against.
    public var skillsInUse: [String] {
        var uses: [String: Int] = [:]
        for m in members { for s in m.skills { uses[s.lowercased(), default: 0] += 1 } }
        for p in projects { for s in p.skills { uses[s.lowercased(), default: 0] += 1 } }
        return uses.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }

    /// The skills of `typed` that nobody uses yet but that look like one in
    /// use, each with the one it looks like. `allowed` are new on purpose.
    public func skillNearMisses(_ typed: [String], allowing allowed: [String] = []) -> [NearMiss] {
        let inUse = skillsInUse
        let known = Set(inUse)
        let meant = Set(allowed.map { $0.lowercased() })
        return typed.compactMap { s in
            let l = s.lowercased()
            guard !known.contains(l), !meant.contains(l), let near = DidYouMean.suggestion(for: s, among: inUse) else { return nil }
            return NearMiss(typed: s, suggestion: near)
        }
    }
}

extension DutchPlaces {
    /// The place in the table `typed` is probably meant to be, when the table
    /// does not know `typed` itself: "Leidn: did you mean Leiden?". Larger
    /// places win a tie (the table lists them first).
    public func nearMiss(_ typed: String) -> NearMiss? {
        guard !typed.isEmpty, place(named: typed) == nil else { return nil }
        return DidYouMean.suggestion(forKey: Self.key(typed), among: zip(places, keys).lazy.map { (name: $0.name, key: $1) })
            .map { NearMiss(typed: typed, suggestion: $0) }
    }
}
