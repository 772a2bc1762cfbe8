import SamenCore

/// The help pane's words ("Unit-2 Help": hulpvragen tussen leden, and
/// "Unit-2 Share"): its lists, columns, the detail of a request or member,
/// the forms to ask, offer, accept and close, its keys and messages.
/// Kinds and statuses are named here as shown; the data keeps its names.
enum HelpWords: Phrase {
    // Lists and columns
    case open, mine, closed, share
    case colName, colSkills, colShare, colDone, colAge, colFrom, colKind, colOffers, colStatus, colTopic, colText
    case members, requests
    case whoKnowsHint, filterHint
    case kind(RequestKind), kindChoice(RequestKind), status(RequestStatus), involvement(Involvement)
    case years(Int)

    // Empty lists
    case nothingMatches(String), noOpen, notAMember(actor: String), nothingByYou, nothingClosed, noMembers

    // Detail
    case requestTitle(id: Int, kind: String, status: String, dot: String)
    case asks(name: String, ago: String)
    case topic, answerBy, skills
    case deadline(day: String, left: String)
    case passed, today, inDays(Int)
    case needsWorkAsked(hours: String)
    case needsWorkMet, staffedFor(hours: String, on: String)
    case needsWorkToFind(mark: String, unmet: String, of: String)
    case foundSoFar(hours: String), markedUntilStaffed
    case offersNone, offers(Int), accepted
    case withdrawn, closedLabel
    case couldHelpNobody, topicTagsFind, noMatchForTopic, couldHelp
    case shareLabel, nothingSaid, helpLabel
    case asksLine(id: Int, text: String), offersOn(id: Int, name: String, text: String)
    case yesterday, daysAgo(Int)

    // Forms
    case askTitle, kindLabel, topicLabel, topicHint, questionLabel, questionHint, hoursLabel, hoursHint, answerByHint, fromLabel, fromHint
    case offerTitle(name: String, id: Int), noteLabel, offerNoteHint
    case acceptTitle(id: Int), offerFrom
    case closeTitle(id: Int), closeNoteHint
    case pitchTitle(name: String), pitchLabel, pitchHint
    case hoursAWeek, answerByDate
    case onlyMemberOffers, chooseOffer, pitchUnchanged, unknownForm(String)
    case newTopic(tag: String, near: String)

    // Messages and the question
    case worksOnRequest(key: String), noRequestSelected, notPossible(String)
    case youActAs(actor: String), noOffersYet(id: Int)
    case withdrawQuestion(id: Int, text: String)
    case closeWithoutNote(id: Int)
    case ePitchOnShare

    // Keys
    case keyMove, keyMember, keyRequest, keyPage, keyFirstLast
    case keyLists, keyListsHelp, keyOpen, keyEnterHelp, keyBack
    case keyWhoKnows, keyFilter, keyFilterHelp
    case keyAsk, keyAskHelp, keyOffer, keyOfferHelp, keyAccept, keyAcceptHelp, keyClose, keyCloseHelp
    case keyWithdraw, keyWithdrawHelp, keyEditPitch, keyEditPitchHelp
    case keyMouse, keyMouseHelp, keyKeys, keyAllKeys

    var en: String {
        switch self {
        case .open: "Open"
        case .mine: "Mine"
        case .closed: "Closed"
        case .share: "Share"
        case .colName: "NAME"
        case .colSkills: "SKILLS"
        case .colShare: "SHARE"
        case .colDone: "DONE"
        case .colAge: "AGE"
        case .colFrom: "FROM"
        case .colKind: "KIND"
        case .colOffers: "OFFERS"
        case .colStatus: "STATUS"
        case .colTopic: "TOPIC"
        case .colText: "TEXT"
        case .members: "members"
        case .requests: "requests"
        case .whoKnowsHint: "/ who knows about…"
        case .filterHint: "/ filter"
        case let .kind(k): k == .needsWork ? "needs work" : k.rawValue
        case let .kindChoice(k): k.rawValue
        case let .status(s): s.rawValue
        case let .involvement(i): i.rawValue
        case let .years(n): "\(n)y"

        case let .nothingMatches(filter): "Nothing matches '\(filter)'. Esc clears the filter."
        case .noOpen: "No open requests. Press n to ask the network something."
        case let .notAMember(actor): "You act as '\(actor)', who is not a member here."
        case .nothingByYou: "Nothing asked or offered by you yet. n asks."
        case .nothingClosed: "Nothing closed yet."
        case .noMembers: "No members yet."

        case let .requestTitle(id, kind, status, dot): "Request \(id) \(dot) \(kind) \(dot) \(status)"
        case let .asks(name, ago): "\(name) asks, \(ago)"
        case .topic: "Topic"
        case .answerBy: "Answer by"
        case .skills: "Skills"
        case let .deadline(day, left): "\(day) (\(left))"
        case .passed: "passed"
        case .today: "today"
        case let .inDays(n): n == 1 ? "in 1 day" : "in \(n) days"
        case let .needsWorkAsked(hours): "Needs work: \(hours) h/week asked"
        case .needsWorkMet: "Needs work: met"
        case let .staffedFor(hours, on): "Staffed for \(hours) h/week on \(on). No longer marked; close it when you agree."
        case let .needsWorkToFind(mark, unmet, of): "\(mark) Needs work: \(unmet) of \(of) h/week to find"
        case let .foundSoFar(hours): "\(hours) h/week found so far. "
        case .markedUntilStaffed: "Marked in the directory and raised in staffing suggestions until closed or staffed."
        case .offersNone: "Offers: none yet"
        case let .offers(n): "Offers (\(n))"
        case .accepted: "accepted"
        case .withdrawn: "Withdrawn"
        case .closedLabel: "Closed"
        case .couldHelpNobody: "Could help: nobody yet"
        case .topicTagsFind: "Topic tags find people by skill and Share pitch."
        case .noMatchForTopic: "No skills or pitches match the topic."
        case .couldHelp: "Could help (skills or Share pitch match)"
        case .shareLabel: "Share"
        case .nothingSaid: "Nothing said yet. e adds a pitch."
        case .helpLabel: "Help"
        case let .asksLine(id, text): "asks \(id): \(text)"
        case let .offersOn(id, name, text): "offers on \(id) (\(name)): \(text)"
        case .yesterday: "yesterday"
        case let .daysAgo(n): "\(n) days ago"

        case .askTitle: "Ask the network"
        case .kindLabel: "Kind"
        case .topicLabel: "Topic"
        case .topicHint: "tags, comma separated: print, infographics"
        case .questionLabel: "Question"
        case .questionHint: "what you would like advice on"
        case .hoursLabel: "Hours/week"
        case .hoursHint: "needs work only: hours you want to fill"
        case .answerByHint: "optional: 31-12, fri, next week"
        case .fromLabel: "From"
        case .fromHint: "member id of who asks"
        case let .offerTitle(name, id): "Offer help to \(name) (request \(id))"
        case .noteLabel: "Note"
        case .offerNoteHint: "how you can help; optional"
        case let .acceptTitle(id): "Accept an offer on request \(id)"
        case .offerFrom: "Offer from"
        case let .closeTitle(id): "Close request \(id)"
        case .closeNoteHint: "what came of it; optional"
        case let .pitchTitle(name): "Share pitch of \(name)"
        case .pitchLabel: "Share pitch"
        case .pitchHint: "what they are good at, for the Share list"
        case .hoursAWeek: "hours a week"
        case .answerByDate: "the answer-by date"
        case .onlyMemberOffers: "only a member can offer help; start samen with --as LOGIN"
        case .chooseOffer: "choose whose offer to accept"
        case .pitchUnchanged: "nothing changed; edit the pitch or press Esc"
        case let .unknownForm(purpose): "internal: unknown form \(purpose)"
        case let .newTopic(tag, near): "new topic '\(tag)': did you mean '\(near)'? (Enter keeps it)"

        case let .worksOnRequest(key): "\(key) works on a request: go to Open (←)"
        case .noRequestSelected: "no request selected"
        case let .notPossible(why): "not possible: \(why)"
        case let .youActAs(actor): "you act as '\(actor)', who is not a member here; start samen with --as LOGIN"
        case let .noOffersYet(id): "request \(id) has no offers yet"
        case let .withdrawQuestion(id, text): "Withdraw request \(id), \"\(text)\"? It stays on record as withdrawn."
        case let .closeWithoutNote(id): "Close request \(id) without a note on what came of it? Enter closes it, any other key goes back"
        case .ePitchOnShare: "e edits a member's Share pitch: go to the Share list (→)"

        case .keyMove: "move"
        case .keyMember: "member"
        case .keyRequest: "request"
        case .keyPage: "a page up or down"
        case .keyFirstLast: "first or last"
        case .keyLists: "lists"
        case .keyListsHelp: "lists: Open, Mine, Closed, Share"
        case .keyOpen: "open"
        case .keyEnterHelp: "open the request full size; again or Esc to go back"
        case .keyBack: "back"
        case .keyWhoKnows: "who knows"
        case .keyFilter: "filter"
        case .keyFilterHelp: "filter by topic, text or name (Share: pitch, skill); Esc clears"
        case .keyAsk: "ask"
        case .keyAskHelp: "ask the network: advice, needs work or other"
        case .keyOffer: "offer"
        case .keyOfferHelp: "offer help on the selected request"
        case .keyAccept: "accept"
        case .keyAcceptHelp: "accept an offer (the asker, or a partner or coordinator)"
        case .keyClose: "close"
        case .keyCloseHelp: "close the request with a note on what came of it"
        case .keyWithdraw: "withdraw"
        case .keyWithdrawHelp: "withdraw your own request"
        case .keyEditPitch: "edit pitch"
        case .keyEditPitchHelp: "on the Share list: edit the member's Share pitch"
        case .keyMouse: "mouse"
        case .keyMouseHelp: "click selects a row, a list or a tab; the wheel scrolls"
        case .keyKeys: "keys"
        case .keyAllKeys: "all keys"
        }
    }

    var nl: String {
        switch self {
        case .open: "Open"
        case .mine: "Mijn"
        case .closed: "Gesloten"
        case .share: "Share"
        case .colName: "NAAM"
        case .colSkills: "VAARDIGHEDEN"
        case .colShare: "SHARE"
        case .colDone: "EIND"
        case .colAge: "OUD"
        case .colFrom: "VAN"
        case .colKind: "SOORT"
        case .colOffers: "AANBOD"
        case .colStatus: "STATUS"
        case .colTopic: "ONDERWERP"
        case .colText: "TEKST"
        case .members: "leden"
        case .requests: "hulpvragen"
        case .whoKnowsHint: "/ wie weet iets van…"
        case .filterHint: "/ zoeken"
        case let .kind(k): k.dutch
        case let .kindChoice(k): HelpWords.kind(k).nl
        case let .status(s): s.dutch
        case let .involvement(i): i.dutch
        case let .years(n): "\(n)j"

        case let .nothingMatches(zoekterm): "Niets past bij '\(zoekterm)'. Esc wist de zoekopdracht."
        case .noOpen: "Geen open hulpvragen. Druk n om het netwerk iets te vragen."
        case let .notAMember(wie): "Je werkt als '\(wie)', die hier geen lid is."
        case .nothingByYou: "Je hebt nog niets gevraagd of aangeboden. n vraagt."
        case .nothingClosed: "Nog niets gesloten."
        case .noMembers: "Nog geen leden."

        case let .requestTitle(id, soort, stand, punt): "Hulpvraag \(id) \(punt) \(soort) \(punt) \(stand)"
        case let .asks(naam, geleden): "\(naam) vraagt, \(geleden)"
        case .topic: "Onderwerp"
        case .answerBy: "Uiterlijk"
        case .skills: "Vaardigheden"
        case let .deadline(dag, over): "\(dag) (\(over))"
        case .passed: "verstreken"
        case .today: "vandaag"
        case let .inDays(n): plural(n, "over 1 dag", "over # dagen")
        case let .needsWorkAsked(uren): "Zoekt werk: \(uren) u/wk gevraagd"
        case .needsWorkMet: "Zoekt werk: gevonden"
        case let .staffedFor(uren, op): "Bemenst voor \(uren) u/wk op \(op). Niet meer gemarkeerd; sluit de vraag als je het eens bent."
        case let .needsWorkToFind(teken, tekort, van): "\(teken) Zoekt werk: nog \(tekort) van \(van) u/wk te vinden"
        case let .foundSoFar(uren): "\(uren) u/wk tot nu toe gevonden. "
        case .markedUntilStaffed: "Gemarkeerd in de ledenlijst en genoemd bij voorstellen voor bemensing, tot de vraag gesloten of bemenst is."
        case .offersNone: "Aanbod: nog geen"
        case let .offers(n): "Aanbod (\(n))"
        case .accepted: "aangenomen"
        case .withdrawn: "Ingetrokken"
        case .closedLabel: "Gesloten"
        case .couldHelpNobody: "Kan helpen: nog niemand"
        case .topicTagsFind: "Onderwerpen vinden mensen via vaardigheden en Share-pitch."
        case .noMatchForTopic: "Geen vaardigheden of pitches passen bij het onderwerp."
        case .couldHelp: "Kan helpen (vaardigheid of pitch past)"
        case .shareLabel: "Share"
        case .nothingSaid: "Nog niets gezegd. e voegt een pitch toe."
        case .helpLabel: "Hulp"
        case let .asksLine(id, tekst): "vraagt \(id): \(tekst)"
        case let .offersOn(id, naam, tekst): "biedt aan op \(id) (\(naam)): \(tekst)"
        case .yesterday: "gisteren"
        case let .daysAgo(n): "\(n) dagen geleden"

        case .askTitle: "Vraag om hulp"
        case .kindLabel: "Soort"
        case .topicLabel: "Onderwerp"
        case .topicHint: "tags, met komma's ertussen: print, infographics"
        case .questionLabel: "Vraag"
        case .questionHint: "waar je advies over wilt"
        case .hoursLabel: "Uren/week"
        case .hoursHint: "alleen bij zoekt werk: uren die je wilt vullen"
        case .answerByHint: "optioneel: 31-12, vr, volgende week"
        case .fromLabel: "Van"
        case .fromHint: "lid-id van wie het vraagt"
        case let .offerTitle(naam, id): "Hulp aanbieden aan \(naam) (hulpvraag \(id))"
        case .noteLabel: "Notitie"
        case .offerNoteHint: "hoe je kunt helpen; optioneel"
        case let .acceptTitle(id): "Aanbod op hulpvraag \(id) aannemen"
        case .offerFrom: "Aanbod van"
        case let .closeTitle(id): "Hulpvraag \(id) sluiten"
        case .closeNoteHint: "wat het opleverde; optioneel"
        case let .pitchTitle(naam): "Share-pitch van \(naam)"
        case .pitchLabel: "Share-pitch"
        case .pitchHint: "waar ze goed in zijn, voor de Share-lijst"
        case .hoursAWeek: "uren per week"
        case .answerByDate: "de uiterlijke datum"
        case .onlyMemberOffers: "alleen een lid kan hulp aanbieden; start samen met --as LOGIN"
        case .chooseOffer: "kies wiens aanbod je aanneemt"
        case .pitchUnchanged: "niets veranderd; pas de pitch aan of druk Esc"
        case let .unknownForm(doel): "intern: onbekend formulier \(doel)"
        case let .newTopic(onderwerp, lijkt): "nieuw onderwerp '\(onderwerp)': bedoel je '\(lijkt)'? (Enter houdt het)"

        case let .worksOnRequest(toets): "\(toets) werkt op een hulpvraag: ga naar Open (←)"
        case .noRequestSelected: "geen hulpvraag gekozen"
        case let .notPossible(waarom): "niet mogelijk: \(waarom)"
        case let .youActAs(wie): "je werkt als '\(wie)', die hier geen lid is; start samen met --as LOGIN"
        case let .noOffersYet(id): "hulpvraag \(id) heeft nog geen aanbod"
        case let .withdrawQuestion(id, tekst): "Hulpvraag \(id) intrekken, \"\(tekst)\"? Hij blijft bewaard als ingetrokken."
        case let .closeWithoutNote(id): "Hulpvraag \(id) sluiten zonder notitie over wat het opleverde? Enter sluit, elke andere toets gaat terug"
        case .ePitchOnShare: "e bewerkt de Share-pitch van een lid: ga naar de Share-lijst (→)"

        case .keyMove: "kies"
        case .keyMember: "lid"
        case .keyRequest: "hulpvraag"
        case .keyPage: "een pagina omhoog of omlaag"
        case .keyFirstLast: "eerste of laatste"
        case .keyLists: "lijsten"
        case .keyListsHelp: "lijsten: Open, Mijn, Gesloten, Share"
        case .keyOpen: "open"
        case .keyEnterHelp: "de hulpvraag groot openen; nog eens of Esc om terug te gaan"
        case .keyBack: "terug"
        case .keyWhoKnows: "wie weet"
        case .keyFilter: "zoek"
        case .keyFilterHelp: "zoeken op onderwerp, tekst of naam (Share: pitch); Esc wist"
        case .keyAsk: "vraag"
        case .keyAskHelp: "het netwerk iets vragen: advies, zoekt werk of anders"
        case .keyOffer: "bied aan"
        case .keyOfferHelp: "hulp aanbieden op de gekozen hulpvraag"
        case .keyAccept: "neem aan"
        case .keyAcceptHelp: "een aanbod aannemen (de vrager, of een partner of coördinator)"
        case .keyClose: "sluit"
        case .keyCloseHelp: "de hulpvraag sluiten met een notitie over wat het opleverde"
        case .keyWithdraw: "trek in"
        case .keyWithdrawHelp: "je eigen hulpvraag intrekken"
        case .keyEditPitch: "pitch"
        case .keyEditPitchHelp: "op de Share-lijst: de Share-pitch van het lid bewerken"
        case .keyMouse: "muis"
        case .keyMouseHelp: "klik kiest een rij, een lijst of een tab; het wieltje scrolt"
        case .keyKeys: "toetsen"
        case .keyAllKeys: "toetsen"
        }
    }
}

extension HelpWords {
    /// The kind a form's choice names, in either language.
    static func requestKind(_ shown: String) -> RequestKind? {
        RequestKind(rawValue: shown) ?? RequestKind.allCases.first { HelpWords.kind($0).en == shown || HelpWords.kind($0).nl == shown }
    }
}
