import ArgumentParser
import SamenCore

/// `samen finance`: the network's money rules (this branch's part; the report,
/// statement and export subcommands join them at merge).
struct FinanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finance",
        abstract: "The network's money rules: the rate card and contribution percentages.",
        discussion: """
        Every member may look; only partners, roles in network.json's
        coordinatorRoles, and members named in its bookkeepers may change them.
        A change is appended with the day it takes effect, so what was priced
        or booked before keeps its rate; it may be dated from the start of the
        current year on, never inside a closed year.

        Examples:
          samen finance rates
          samen finance rate set --seniority medior --band small --hourly 102,00 --from 2027-01-01
          samen finance contribution set --role associate --percent 12,5 --from 2027-01-01
        """,
        subcommands: [Rates.self, Rate.self, Contribution.self]
    )
}
