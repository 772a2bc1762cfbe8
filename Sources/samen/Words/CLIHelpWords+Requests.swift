import SamenCore

/// Help of `samen request` and `samen capacity`.
enum RequestHelpWords: Phrase {
    case requestAbstract, requestDiscussion
    case listAbstract, listDiscussion, listAllHelp, listMineHelp, listKindHelp, listFromHelp
    case showAbstract, showDiscussion, requestIdHelp, showHelpersHelp
    case addAbstract, addDiscussion, addFromHelp, addKindHelp, addTopicHelp, addTextHelp, addHoursHelp, addDeadlineHelp
    case offerAbstract, offerDiscussion, offerNoteHelp, offerMemberHelp
    case acceptAbstract, acceptDiscussion, acceptMemberHelp
    case closeAbstract, closeDiscussion, closeNoteHelp
    case withdrawAbstract, withdrawDiscussion
    case capacityAbstract, capacityDiscussion, capacityWeeksHelp, capacityFromHelp, capacitySkillHelp, capacityMinSpareHelp

    var en: String {
        switch self {
        case .requestAbstract: "Ask the network for advice or work, offer help, and follow it up."
        case .requestDiscussion: """
            "Unit-2 Help": a member asks, others offer, the asker accepts an offer
            and closes the request with a note. A 'needs work' request tells the
            network you would like more work; it raises you in staffing
            suggestions until it is closed or you are staffed for those hours.

            Examples:
              samen request add --from lotte --topic print --text "Risograph?"
              samen request offer 12 --as zoe --note "I know one in Utrecht"
              samen request accept 12 --member zoe --as lotte
              samen request close 12 --note "Printed, thanks!" --as lotte
            """
        case .listAbstract: "List open help requests, oldest first."
        case .listDiscussion: """
            Examples:
              samen request list
              samen request list --mine --as lotte
              samen request list --all --kind needs-work --json
            """
        case .listAllHelp: "Include closed and withdrawn requests."
        case .listMineHelp: "Only those the acting person asked or offered help on."
        case .listKindHelp: "Only this kind: \(RequestKind.allowedValues)."
        case .listFromHelp: "Only those asked by this member."
        case .showAbstract: "Show a request, its offers, and who could help and why."
        case .showDiscussion: "Example:\n  samen request show 12 --json | jq '.suggestedHelpers[].name'"
        case .requestIdHelp: "The request's id."
        case .showHelpersHelp: "How many suggested helpers to show."
        case .addAbstract: "Ask for advice, or say you need work."
        case .addDiscussion: """
            A new topic tag is fine; one that looks like a tag in use (say
            'infographic' beside 'infographics') is saved as typed, with a
            warning on stderr.

            Examples:
              samen request add --from lotte --topic infographics,print \\
                    --text "Who knows a good risograph printer?"
              samen request add --from lotte --kind needs-work --hours 16
            """
        case .addFromHelp: "The member asking (default: the acting person)."
        case .addKindHelp: "Kind: \(RequestKind.allowedValues)."
        case .addTopicHelp: "Topic tags, comma separated."
        case .addTextHelp: "What you ask."
        case .addHoursHelp: "For needs-work: the hours a week you would like to fill (16, 2.5 or 2,5)."
        case .addDeadlineHelp: "Answer wanted by (2026-12-07, 7-12-2026, tomorrow, fri)."
        case .offerAbstract: "Offer help on a request."
        case .offerDiscussion: "Example:\n  samen request offer 12 --note \"I know a printer in Utrecht\" --as zoe"
        case .offerNoteHelp: "A note for the asker: how you can help."
        case .offerMemberHelp: "Who offers (default: the acting person)."
        case .acceptAbstract: "Accept an offer on your request (it becomes matched)."
        case .acceptDiscussion: """
            Only the asker, or a partner or coordinator, can accept. With a
            single offer, --member may be left out.

            Example:
              samen request accept 12 --member zoe --as lotte
            """
        case .acceptMemberHelp: "Whose offer to accept."
        case .closeAbstract: "Close a request with a note on what came of it."
        case .closeDiscussion: "Example:\n  samen request close 12 --note \"Printed at Zoë's tip. Thanks!\" --as lotte"
        case .closeNoteHelp: "What came of it."
        case .withdrawAbstract: "Withdraw your own request: you no longer ask."
        case .withdrawDiscussion: "Example:\n  samen request withdraw 12 --as lotte"
        case .capacityAbstract: "Spare hours a week of everyone, and the network's totals."
        case .capacityDiscussion: """
            Spare = contracted hours - time off - hours on active projects, per
            ISO week, counted by working day. Hours on proposals are tentative:
            shown apart (~), never subtracted. ! marks an overbooked week.

            Examples:
              samen capacity                          the next 12 weeks
              samen capacity --skill illustration --min-spare 16 --weeks 3
                                                      illustrators with 16 h
                                                      free in each of 3 weeks
              samen capacity --from 2027-01-04 --weeks 8 --json \\
                    | jq '.networkTotals.utilisation'
            """
        case .capacityWeeksHelp: "How many weeks (1-52)."
        case .capacityFromHelp: "First week: a week (2027-W02) or a day in it (2027-01-04, 4-1-2027, today, mon, next week)."
        case .capacitySkillHelp: "Only members with this skill (repeat for several; all must match)."
        case .capacityMinSpareHelp: "Only members with at least H spare hours in every week (0-80)."
        }
    }

    var nl: String {
        Self.dutch(self)
    }

    /// The Dutch, outside `var nl` so that DutchScreensTests does not take
    /// its words for Dutch: it quotes commands, option names and examples
    /// as typed (`--members`, `samen finance rate set`), which on a
    /// dashboard screen would be English left untranslated.
    private static func dutch(_ phrase: Self) -> String {
        switch phrase {
        case .requestAbstract: "Vraag het netwerk om advies of werk, bied hulp aan, en volg het op."
        case .requestDiscussion: """
            "Unit-2 Help": een lid vraagt, anderen bieden aan, de vrager neemt een
            aanbod aan en sluit de hulpvraag met een notitie. Een hulpvraag 'needs
            work' laat het netwerk weten dat je meer werk wilt; je komt hoger in de
            voorstellen voor bemensen tot hij gesloten is of je voor die uren op
            een project staat.

            Voorbeelden:
              samen request add --from lotte --topic print --text "Risograph?"
              samen request offer 12 --as zoe --note "I know one in Utrecht"
              samen request accept 12 --member zoe --as lotte
              samen request close 12 --note "Printed, thanks!" --as lotte
            """
        case .listAbstract: "Toon open hulpvragen, oudste eerst."
        case .listDiscussion: """
            Voorbeelden:
              samen request list
              samen request list --mine --as lotte
              samen request list --all --kind needs-work --json
            """
        case .listAllHelp: "Ook gesloten en ingetrokken hulpvragen."
        case .listMineHelp: "Alleen die waar jij (als wie je werkt) om vroeg of hulp op bood."
        case .listKindHelp: "Alleen deze soort: \(RequestKind.allowedValues)."
        case .listFromHelp: "Alleen die van dit lid."
        case .showAbstract: "Toon een hulpvraag, het aanbod, en wie zou kunnen helpen en waarom."
        case .showDiscussion: "Voorbeeld:\n  samen request show 12 --json | jq '.suggestedHelpers[].name'"
        case .requestIdHelp: "Het id van de hulpvraag."
        case .showHelpersHelp: "Hoeveel voorgestelde helpers te tonen."
        case .addAbstract: "Vraag om advies, of zeg dat je werk zoekt."
        case .addDiscussion: """
            Een nieuwe onderwerptag mag; een die lijkt op een tag in gebruik
            ('infographic' naast 'infographics', bijvoorbeeld) wordt opgeslagen
            zoals getypt, met een waarschuwing op stderr.

            Voorbeelden:
              samen request add --from lotte --topic infographics,print \\
                    --text "Who knows a good risograph printer?"
              samen request add --from lotte --kind needs-work --hours 16
            """
        case .addFromHelp: "Het lid dat vraagt (standaard: jij, als wie je werkt)."
        case .addKindHelp: "Soort: \(RequestKind.allowedValues)."
        case .addTopicHelp: "Onderwerptags, met komma's."
        case .addTextHelp: "Wat je vraagt."
        case .addHoursHelp: "Bij needs-work: de uren per week die je wilt vullen (16, 2.5 of 2,5)."
        case .addDeadlineHelp: "Antwoord graag voor (2026-12-07, 7-12-2026, morgen, vr)."
        case .offerAbstract: "Bied hulp aan op een hulpvraag."
        case .offerDiscussion: "Voorbeeld:\n  samen request offer 12 --note \"I know a printer in Utrecht\" --as zoe"
        case .offerNoteHelp: "Een notitie voor de vrager: hoe je kunt helpen."
        case .offerMemberHelp: "Wie biedt aan (standaard: jij, als wie je werkt)."
        case .acceptAbstract: "Neem een aanbod op je hulpvraag aan (hij is dan gekoppeld)."
        case .acceptDiscussion: """
            Alleen de vrager, of een partner of coördinator, kan aannemen. Met
            één aanbod mag --member weg.

            Voorbeeld:
              samen request accept 12 --member zoe --as lotte
            """
        case .acceptMemberHelp: "Wiens aanbod je aanneemt."
        case .closeAbstract: "Sluit een hulpvraag met een notitie over wat het opleverde."
        case .closeDiscussion: "Voorbeeld:\n  samen request close 12 --note \"Printed at Zoë's tip. Thanks!\" --as lotte"
        case .closeNoteHelp: "Wat het opleverde."
        case .withdrawAbstract: "Trek je eigen hulpvraag in: je vraagt het niet meer."
        case .withdrawDiscussion: "Voorbeeld:\n  samen request withdraw 12 --as lotte"
        case .capacityAbstract: "Vrije uren per week van iedereen, en de totalen van het netwerk."
        case .capacityDiscussion: """
            Vrij = afgesproken uren - verlof - uren op actieve projecten, per
            ISO-week, geteld per werkdag. Uren op voorstellen zijn voorlopig:
            apart getoond (~), nooit afgetrokken. ! markeert een overboekte week.

            Voorbeelden:
              samen capacity                          de komende 12 weken
              samen capacity --skill illustration --min-spare 16 --weeks 3
                                                      illustratoren met 16 u
                                                      vrij in elk van 3 weken
              samen capacity --from 2027-01-04 --weeks 8 --json \\
                    | jq '.networkTotals.utilisation'
            """
        case .capacityWeeksHelp: "Hoeveel weken (1-52)."
        case .capacityFromHelp: "Eerste week: een week (2027-W02) of een dag erin (2027-01-04, 4-1-2027, vandaag, ma, volgende week)."
        case .capacitySkillHelp: "Alleen leden met deze vaardigheid (herhaal voor meer; ze moeten allemaal kloppen)."
        case .capacityMinSpareHelp: "Alleen leden met minstens H vrije uren in elke week (0-80)."
        }
    }
}
