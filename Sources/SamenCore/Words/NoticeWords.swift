/// What a change tells the person without stopping it: a correction that
/// lands in another year, entries a new rate does not reach, a topic that
/// looks like one in use.
public enum NoticeWords: Phrase, Equatable {
    case correctionInOtherYear(Int, entry: Int, entryYear: Int)
    case projectsRepriced(Int, from: Day)
    case contributionsKeepOldRate(Int, Role, from: Day)
    /// The tags it may be meant to be, with how often each is used.
    case newTopic(String, nearby: [String], uses: [Int])

    public var en: String {
        switch self {
        case let .correctionInOtherYear(year, id, entryYear):
            "the correction is dated in \(year) and entry \(id) in \(entryYear): it changes \(year)'s figures, not \(entryYear)'s"
        case let .projectsRepriced(n, from):
            "\(n) project\(n == 1 ? " was" : "s were") accepted on or after \(from); their estimated value now uses this rate"
        case let .contributionsKeepOldRate(n, role, from):
            "\(n) revenue entr\(n == 1 ? "y" : "ies") of \(role.rawValue)s dated from \(from) on keep\(n == 1 ? "s" : "") the contribution booked at the old rate; correct and add \(n == 1 ? "it" : "them") again to apply the new one"
        case let .newTopic(tag, nearby, uses):
            "topic '\(tag)' is new; did you mean \(zip(nearby, uses).map { "'\($0)' (used \($1) time\($1 == 1 ? "" : "s"))" }.joined(separator: " or "))?"
        }
    }

    public var nl: String {
        switch self {
        case let .correctionInOtherYear(v1, v2, v3):
            "de correctie valt in \(v1) en boeking \(v2) in \(v3): ze verandert de cijfers van \(v1), niet die van \(v3)"
        case let .projectsRepriced(v1, v2):
            plural(v1, "1 project is", "# projecten zijn") + " aangenomen op of na \(NL.d(v2)); hun geschatte waarde gebruikt nu dit tarief"
        case let .contributionsKeepOldRate(v1, v2, v3):
            plural(v1, "1 omzetboeking", "# omzetboekingen") + " van \(NL.rp(v2)) vanaf \(NL.d(v3)) "
                + plural(v1, "houdt de afdracht van het oude percentage; corrigeer en boek hem opnieuw",
                         "houden de afdracht van het oude percentage; corrigeer en boek ze opnieuw") + " voor het nieuwe"
        case let .newTopic(v1, v2, v3):
            "onderwerp '\(v1)' is nieuw; bedoel je \(NL.tu(v2, v3))?"
        }
    }
}
