/// The accounts of the hledger journal: the operating company's books as an
/// accountant reads them, built from Samen's ledger.
///
/// ```
/// assets                                   type A
///   assets:bank                            the operating company's bank account: income in, costs out
///   assets:receivable:members:<member>     what a member owes the network: contributions and charges
///                                          owed (debit), payments received (credit); the balance is the
///                                          member statement's balance due
/// liabilities                              type L
///   liabilities:partners:<member>          a partner's share of a closed year's result, owed to the
///                                          partner (a loss makes it a debit: the partner owes it);
///                                          a payout to the partner settles it from the bank
/// equity                                   type E
///   equity:opening balances                balances carried into the year (`--year`)
///   equity:results distributed             the other side of the distributions: each closed year's result
///   equity:costs shared by members         the other side of members' charges (see below)
/// income                                   type R
///   income:contributions:<role>:<member>   contributions on members' revenue, by role and member
///   income:other                           other income
/// expenses                                 type X
///   expenses:<category>                    costs by category (network.json's costCategories)
/// memo                                     no type: outside the balance sheet and the income statement
///   memo:revenue:<member>                  revenue members earned through the network (credit)
///   memo:billed to clients                 its other side (debit)
/// ```
///
/// Why it is shaped so:
/// - The result in `hledger is` (revenues minus expenses) is Samen's result,
///   contributions + other income - costs, to the cent.
/// - Members' revenue is theirs, not the operating company's: booked as memo
///   accounts of a type hledger leaves out of `bs` and `is`, it shows how
///   much went through the network without distorting the result.
/// - A charge is a member's share of a shared cost (Unit-2's rent by desks).
///   The cost itself is an expense of the network; the charge makes the
///   member owe their share. Samen's result leaves charges out (they settle
///   a cost, they are not income), so their other side is an equity account
///   rather than an income account, which would change the result.
/// - Corrections reverse the postings of the entry they correct, in the
///   period the correction is dated, so they count as that kind.
public enum ChartOfAccounts {
    public static let bank = "assets:bank"
    public static let receivablePrefix = "assets:receivable:members"
    public static let partnersPrefix = "liabilities:partners"
    public static let openingBalances = "equity:opening balances"
    public static let resultsDistributed = "equity:results distributed"
    public static let costsShared = "equity:costs shared by members"
    public static let contributionsPrefix = "income:contributions"
    public static let otherIncome = "income:other"
    public static let expensesPrefix = "expenses"
    public static let memoRevenuePrefix = "memo:revenue"
    public static let memoClients = "memo:billed to clients"

    /// The top-level accounts with their hledger account types and a line
    /// saying what they hold, declared first in the journal.
    public static let topLevel: [(account: String, type: String?, about: String)] = [
        ("assets", "A", "the operating company's bank account and what members owe it"),
        ("liabilities", "L", "partners' shares of closed years' results, owed to them"),
        ("equity", "E", "opening balances, distributed results, costs shared by members"),
        ("income", "R", "contributions by role and member, other income"),
        ("expenses", "X", "costs by category"),
        ("memo", nil, "members' revenue through the network; not the company's, outside its result"),
    ]

    public static func receivable(_ member: String) -> String { receivablePrefix + ":" + component(member) }
    public static func partner(_ member: String) -> String { partnersPrefix + ":" + component(member) }
    public static func contributions(role: String, member: String) -> String {
        contributionsPrefix + ":" + component(role) + ":" + component(member)
    }
    public static func expenses(_ category: String) -> String { expensesPrefix + ":" + component(category) }
    public static func memoRevenue(_ member: String) -> String { memoRevenuePrefix + ":" + component(member) }

    /// Whether an account is on the balance sheet with a balance worth
    /// asserting at each month end: the bank, receivables, partners.
    public static func isAsserted(_ account: String) -> Bool {
        account == bank || account.hasPrefix(receivablePrefix + ":") || account.hasPrefix(partnersPrefix + ":")
    }

    /// Whether an account's balance is carried into a later year (`--year`):
    /// every asset and liability.
    public static func isCarried(_ account: String) -> Bool {
        account.hasPrefix("assets:") || account.hasPrefix("liabilities:")
    }

    /// One part of an account name from data (a member id, a role, a cost
    /// category): `:` would start a sub-account, two spaces or a tab would end
    /// the name, `;` a comment, brackets would make a virtual posting. Letters
    /// of any script, digits and a few marks stay; anything else becomes `-`,
    /// runs of spaces become one.
    public static func component(_ text: String) -> String {
        // Member ids and most categories: lower-case letters, digits and dashes.
        if !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) { return text }
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for s in text.unicodeScalars {
            if s.properties.isWhitespace || TerminalText.isUnsafe(s) {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            let keep = s.properties.isAlphabetic || ("0"..."9").contains(s) || "-_.&'/+".unicodeScalars.contains(s)
            out.append(keep ? s : "-")
            lastWasSpace = false
        }
        var name = String(out)
        while name.last == " " { name.removeLast() }
        return name.isEmpty ? "unnamed" : name
    }
}
