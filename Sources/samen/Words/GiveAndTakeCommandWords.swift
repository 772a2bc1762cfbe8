import SamenCore

/// Help and output of `samen give-and-take` and `samen product`.
enum GiveAndTakeCommandWords: Phrase {
    case abstract, discussion, yearHelp
    case productAbstract, listAbstract, addAbstract, addDiscussion, contributorAbstract
    case nameHelp, idHelp, startedHelp, contributorsHelp, productIdHelp, memberHelp
    case noProducts, name, started, contributors

    /// Command lines, the same in both languages: interpolated into the
    /// Dutch so the scan of Dutch screens does not take them for Dutch words.
    static let command = "samen give-and-take"
    static let jsonExample = "samen give-and-take --json | jq '.members[] | {name, balance}'"
    static let productAdd = "samen product add"
    static let addOptions = "--started 2024-03-01 --contributors gijs,annemiek"

    var en: String {
        switch self {
        case .abstract: "What each member brought in and took in a year: a balance in words, not a score."
        case .discussion: """
            For every partner, associate and member in the network during the year,
            in order of name: the projects they brought in (those won, with their
            estimated hours and value at the rate card), the hours they took on
            projects others brought in, the help they gave (offers accepted) and
            asked for, and the network's own products they help build
            (`samen product`). A small bar shows brought (█) against taken (░)
            in hours. Nothing is ranked or summed into a score.

            Examples:
              samen give-and-take                 this year
              samen give-and-take --year 2025
              samen give-and-take --json | jq '.members[] | {name, balance}'
            """
        case .yearHelp: "The calendar year (default: this year)."
        case .productAbstract: "The network's own instruments and products, and who helps build them."
        case .listAbstract: "List the network's products with their contributors."
        case .addAbstract: "Register a product of the network (partners and coordinators)."
        case .addDiscussion: """
            Example:
              samen product add "Congress media team" --started 2024-03-01 --contributors gijs,annemiek
            """
        case .contributorAbstract: "Add yourself (or, as a partner or coordinator, a member) as a contributor."
        case .nameHelp: "The product's name."
        case .idHelp: "Its id (default: from the name)."
        case .startedHelp: "The day it started (default: today)."
        case .contributorsHelp: "Members who built it, by id, comma-separated."
        case .productIdHelp: "The product's id."
        case .memberHelp: "The member (default: you)."
        case .noProducts: "No products registered yet: `samen product add NAME` registers one."
        case .name: "NAME"
        case .started: "STARTED"
        case .contributors: "CONTRIBUTORS"
        }
    }

    var nl: String {
        switch self {
        case .abstract: "Wat elk lid in een jaar binnenbracht en haalde: een balans in woorden, geen score."
        case .discussion: """
            Voor elke partner, associé en elk lid dat in het jaar bij het netwerk
            hoorde, op naam: de projecten die ze binnenbrachten (de gewonnen met
            hun geschatte uren en waarde tegen de tarieven), de uren die ze
            haalden op projecten die anderen binnenbrachten, de hulp die ze gaven
            (aangenomen aanbiedingen) en vroegen, en de eigen producten van het
            netwerk waar ze aan meebouwen (`samen product`). Een balkje zet
            gebracht (█) tegen gehaald (░) in uren. Niets wordt gerangschikt of
            tot een score opgeteld.

            Voorbeelden:
              \(Self.command)                 dit jaar
              \(Self.command) --year 2025
              \(Self.jsonExample)
            """
        case .yearHelp: "Het kalenderjaar (standaard: dit jaar)."
        case .productAbstract: "De eigen instrumenten en producten van het netwerk, en wie eraan meebouwt."
        case .listAbstract: "Toon de producten van het netwerk met wie eraan bijdroeg."
        case .addAbstract: "Registreer een product van het netwerk (partners en coördinatoren)."
        case .addDiscussion: """
            Voorbeeld:
              \(Self.productAdd) "Congresmediateam" \(Self.addOptions)
            """
        case .contributorAbstract: "Zet jezelf (of, als partner of coördinator, een lid) erbij als bijdrager."
        case .nameHelp: "De naam van het product."
        case .idHelp: "Het id (standaard: uit de naam)."
        case .startedHelp: "De dag waarop het begon (standaard: vandaag)."
        case .contributorsHelp: "Leden die het bouwden, op id, met komma's."
        case .productIdHelp: "Het id van het product."
        case .memberHelp: "Het lid (standaard: jij)."
        case .noProducts: "Nog geen producten geregistreerd: `\(Self.productAdd) NAAM` registreert er een."
        case .name: "NAAM"
        case .started: "BEGONNEN"
        case .contributors: "BIJDRAGERS"
        }
    }
}
