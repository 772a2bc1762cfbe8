import SamenCore

/// The member directory's words: its table, the detail of a member, its
/// keys, its forms (add, edit, time off, leaving) and what it says.
enum MembersWords: Phrase {
    // The table's columns.
    case columnName, columnRole, columnCity, columnInvolved, columnHoursPerWeek, columnFree, columnNextFour, columnSkills
    // What a member is: role, how involved, gone.
    case role(Role)
    case seniority(Seniority)
    case involvement(Involvement)
    /// In the table's INVOLVED column, eight wide.
    case involvementShort(Involvement)
    case left
    // The bar above the table.
    case filterHintLong, filterHintShort, filterHintShortest
    case row(Int)
    case shownOf(shown: Int, total: Int)
    case sortShown(String)
    case includingLeft
    case sortName, sortSpare, sortRole, sortCity
    case noMembersYet
    case noMatch(String)
    // The detail.
    case leftOn(String)
    case needsWork(mark: String, hours: String)
    case labelCity, labelSkills, labelContact, labelHours, labelJoined, labelTimeOff, labelDeclines, labelWantsMore, labelKey, labelKeys
    case login(String)
    case since(String)
    case hoursForNetwork(hours: String, since: String)
    case hoursFrom(hours: String, day: String)
    case desks(Int)
    case headingShare, headingWork, headingHelp
    case hoursPerWeekShort(String)
    case lead
    case projectStatus(ProjectStatus)
    case nextEightWeeks
    case requestNeedsWork
    case requestStatus(RequestStatus)
    case asks(id: Int, what: String, offers: Int, text: String)
    case offersOn(id: Int, who: String, text: String)
    // The keys.
    case keyMove, keyMoveHelp, keyMember, keyPage, keyFirstLast, keyOpen, keyOpenHelp, keyBack, keyCapacity, keyCapacityHelp
    case keyFilter, keyFilterHelp, keySort, keySortHelp, keyShowLeftHelp, keyAdd, keyAddHelp, keyEdit, keyEditHelp
    case keyLeft, keyLeftHelp, keyTimeOff, keyTimeOffHelp, keyTakeBackHelp, keyMouseHelp, keyKeys, keyAllKeys, keyPanes
    // What the directory says.
    case sortedBy(String)
    case showingLeft, hidingLeft
    case noTimeOff(String)
    case alreadyLeft(name: String, day: String)
    // The add and edit forms.
    case newMember, edit(String)
    case fieldName, fieldRole, fieldSkills, fieldSeniority, fieldCity, fieldHours, fieldInvolvement, fieldEmail, fieldPhone
    case fieldLogin, fieldDesks, fieldPitch, fieldHoursFrom, fieldDeclines, fieldWantsMore
    case hintName, hintSkills, hintCity, hintHours, hintLogin, hintPitch, hintHoursFrom, hintDeclines, hintWantsMore
    case wholeNumber(what: String, got: String)
    case whatDesks, whatHoursPerWeek, whatHoursStart
    case howManyHours
    case hoursStay(String)
    case nothingChanged
    // Time off and leaving.
    case timeOffFor(String), takeBackTimeOff(String), leavesNetwork(String)
    case fieldFrom, fieldUntil, fieldReason, fieldPeriod, fieldLeavesOn
    case hintFrom, hintUntil, hintReason, hintPeriod, hintLeavesOn
    case periodLabel(from: String, until: String)
    case whatFirstDayOff, whatLastDayOff, whatLeaveDay
    case lastBeforeFirst(until: String, from: String)
    case noTimeOffToTakeBack
    case todayOn(String), onDay(String)
    case confirmLeaving(who: String, when: String)
    case confirmTakeBack(who: String, period: String)

    var en: String {
        switch self {
        case .columnName: "NAME"
        case .columnRole: "ROLE"
        case .columnCity: "CITY"
        case .columnInvolved: "INVOLVED"
        case .columnHoursPerWeek: "H/WK"
        case .columnFree: "FREE"
        case .columnNextFour: "NEXT 4"
        case .columnSkills: "SKILLS"
        case let .role(r): r.rawValue
        case let .seniority(s): s.rawValue
        case let .involvement(i): i.rawValue
        case let .involvementShort(i): i.rawValue
        case .left: "left"
        case .filterHintLong: "/ to filter by name, skill, city or role"
        case .filterHintShort: "/ to filter"
        case .filterHintShortest: "/ filter"
        case let .row(n): "row \(n)"
        case let .shownOf(shown, total): "\(shown)/\(total) members"
        case let .sortShown(label): "sort: \(label)"
        case .includingLeft: "incl. left"
        case .sortName: "name"
        case .sortSpare: "spare hours, most first"
        case .sortRole: "role"
        case .sortCity: "city"
        case .noMembersYet: "No members yet. Press n to add one."
        case let .noMatch(filter): "No member matches '\(filter)'. Esc clears the filter."
        case let .leftOn(day): "left \(day)"
        case let .needsWork(mark, hours): "\(mark) needs work: would like \(hours) more hours a week"
        case .labelCity: "City"
        case .labelSkills: "Skills"
        case .labelContact: "Contact"
        case .labelHours: "Hours"
        case .labelJoined: "Joined"
        case .labelTimeOff: "Time off"
        case .labelDeclines: "Declines"
        // Nine columns at most: the label column is ten wide.
        case .labelWantsMore: "More of"
        case .labelKey: "Key"
        case .labelKeys: "Keys"
        case let .login(name): "login \(name)"
        case let .since(day): " (since \(day))"
        case let .hoursForNetwork(hours, since): "\(hours) h/week for network work\(since)"
        case let .hoursFrom(hours, day): "\(hours) h/week from \(day)"
        case let .desks(n): "\(n) desk\(n == 1 ? "" : "s")"
        case .headingShare: "Share"
        case .headingWork: "Work"
        case .headingHelp: "Help"
        case let .hoursPerWeekShort(h): "\(h) h/wk"
        case .lead: "lead"
        case let .projectStatus(s): s.rawValue
        case .nextEightWeeks: "Next 8 weeks   free of contracted (tentative)"
        case .requestNeedsWork: "needs work"
        case let .requestStatus(s): s.rawValue
        case let .asks(id, what, offers, text): "asks \(id) (\(what), \(offers) offer\(offers == 1 ? "" : "s")): \(text)"
        case let .offersOn(id, who, text): "offers on \(id) (\(who)): \(text)"
        case .keyMove: "move"
        case .keyMoveHelp: "move"
        case .keyMember: "member"
        case .keyPage: "a page up or down"
        case .keyFirstLast: "first or last"
        case .keyOpen: "open"
        case .keyOpenHelp: "open the member full size; again or Esc to go back"
        case .keyBack: "back"
        case .keyCapacity: "capacity"
        case .keyCapacityHelp: "capacity: free hours of everyone shown, week by week"
        case .keyFilter: "filter"
        case .keyFilterHelp: "filter by name, skill, city or role as you type; Esc clears"
        case .keySort: "sort"
        case .keySortHelp: "sort: name, spare hours, role, city"
        case .keyShowLeftHelp: "show or hide members who left"
        case .keyAdd: "add"
        case .keyAddHelp: "add a member"
        case .keyEdit: "edit"
        case .keyEditHelp: "edit the selected member"
        case .keyLeft: "left"
        case .keyLeftHelp: "mark the selected member as left, on the day asked"
        case .keyTimeOff: "time off"
        case .keyTimeOffHelp: "add time off: first and last day, and why"
        case .keyTakeBackHelp: "take back time off: choose the period"
        case .keyMouseHelp: "click selects a row or a tab; the wheel scrolls"
        case .keyKeys: "keys"
        case .keyAllKeys: "all keys"
        case .keyPanes: "panes"
        case let .sortedBy(label): "sorted by \(label)"
        case .showingLeft: "showing members who left too"
        case .hidingLeft: "hiding members who left"
        case let .noTimeOff(name): "\(name) has no time off on record"
        case let .alreadyLeft(name, day): "\(name) already left on \(day)"
        case .newMember: "New member"
        case let .edit(name): "Edit \(name)"
        case .fieldName: "Name"
        case .fieldRole: "Role"
        case .fieldSkills: "Skills"
        case .fieldSeniority: "Seniority"
        case .fieldCity: "City"
        case .fieldHours: "Hours/week"
        case .fieldInvolvement: "Involvement"
        case .fieldEmail: "Email"
        case .fieldPhone: "Phone"
        case .fieldLogin: "Login"
        case .fieldDesks: "Desks"
        case .fieldPitch: "Share pitch"
        case .fieldHoursFrom: "Hours from"
        case .fieldDeclines: "Won't work for"
        case .fieldWantsMore: "Wants more"
        case .hintName: "full name"
        case .hintSkills: "e.g. design, illustration"
        case .hintCity: "for travel distances"
        case .hintHours: "for network work, 0-80, e.g. 16 or 2,5"
        case .hintLogin: "Unix user on this server"
        case .hintPitch: "what they are good at"
        case .hintHoursFrom: "the day new hours start: 1-1-2027, mon"
        case .hintDeclines: "clients, comma separated; staffing leaves them out"
        case .hintWantsMore: "kinds of work, comma separated; staffing can weigh it"
        case let .wholeNumber(what, got): "\(what) must be a whole number, got '\(got)'"
        case .whatDesks: "desks"
        case .whatHoursPerWeek: "hours per week"
        case .whatHoursStart: "the day the new hours start"
        case .howManyHours: "hours per week: how many? (0 for none)"
        case let .hoursStay(h): "the hours stay \(h) h/week: change Hours/week too, or leave the day alone"
        case .nothingChanged: "nothing changed; edit a field or press Esc"
        case let .timeOffFor(name): "Time off for \(name)"
        case let .takeBackTimeOff(name): "Take back time off of \(name)"
        case let .leavesNetwork(name): "\(name) leaves the network"
        case .fieldFrom: "From"
        case .fieldUntil: "Until"
        case .fieldReason: "Reason"
        case .fieldPeriod: "Period"
        case .fieldLeavesOn: "Leaves on"
        case .hintFrom: "first day off: 21-12-2026, mon"
        case .hintUntil: "last day off: 3-1-2027, fri"
        case .hintReason: "optional: holiday, course, leave"
        case .hintPeriod: "←→ to choose"
        case .hintLeavesOn: "31-12-2026; their history stays"
        case let .periodLabel(from, until): "\(from) to \(until)"
        case .whatFirstDayOff: "the first day off"
        case .whatLastDayOff: "the last day off"
        case .whatLeaveDay: "the day they leave"
        case let .lastBeforeFirst(until, from): "the last day off (\(until)) is before the first (\(from))"
        case .noTimeOffToTakeBack: "there is no time off to take back"
        case let .todayOn(day): "today (\(day))"
        case let .onDay(day): "on \(day)"
        case let .confirmLeaving(who, when): "Mark \(who) as leaving the network \(when)? Their history stays."
        case let .confirmTakeBack(who, period): "Take back \(who)'s time off \(period)? Their capacity counts those days again."
        }
    }

    var nl: String {
        switch self {
        case .columnName: "NAAM"
        case .columnRole: "ROL"
        case .columnCity: "PLAATS"
        case .columnInvolved: "AANWEZIG"
        case .columnHoursPerWeek: "U/WK"
        case .columnFree: "VRIJ"
        case .columnNextFour: "4 WK"
        case .columnSkills: "VAARDIGHEDEN"
        case let .role(r): r.dutch
        case let .seniority(s): s.dutch
        case let .involvement(i): i.dutch
        case let .involvementShort(i): i == .monthly ? "per mnd" : MembersWords.involvement(i).nl
        case .left: "gestopt"
        case .filterHintLong: "/ om te zoeken op naam, vaardigheid, plaats of rol"
        case .filterHintShort: "/ om te zoeken"
        case .filterHintShortest: "/ zoeken"
        case let .row(n): "rij \(n)"
        case let .shownOf(a, b): "\(a)/\(b) leden"
        case let .sortShown(a): "volgorde: \(a)"
        case .includingLeft: "ook gestopt"
        case .sortName: "naam"
        case .sortSpare: "vrije uren, meeste eerst"
        case .sortRole: "rol"
        case .sortCity: "plaats"
        case .noMembersYet: "Nog geen leden. Druk n om er een toe te voegen."
        case let .noMatch(a): "Geen lid past bij '\(a)'. Esc wist de zoekterm."
        case let .leftOn(a): "gestopt \(a)"
        case let .needsWork(a, b): "\(a) zoekt werk: wil graag \(b) uur per week meer"
        case .labelCity: "Plaats"
        case .labelSkills: "Vaardigheden"
        case .labelContact: "Contact"
        case .labelHours: "Uren"
        case .labelJoined: "Lid sinds"
        case .labelTimeOff: "Vrij"
        case .labelDeclines: "Niet voor"
        case .labelWantsMore: "Wil meer"
        case .labelKey: "Sleutel"
        case .labelKeys: "Sleutels"
        case let .login(a): "login \(a)"
        case let .since(a): " (sinds \(a))"
        case let .hoursForNetwork(a, b): "\(a) u/wk voor werk in het netwerk\(b)"
        case let .hoursFrom(a, b): "\(a) u/wk vanaf \(b)"
        case let .desks(n): plural(n, "1 werkplek", "# werkplekken")
        case .headingShare: "Share"
        case .headingWork: "Werk"
        case .headingHelp: "Hulp"
        case let .hoursPerWeekShort(h): "\(h) u/wk"
        case .lead: "trekker"
        case let .projectStatus(s): s.dutch
        case .nextEightWeeks: "Komende 8 weken   vrij van contract (voorlopig)"
        case .requestNeedsWork: "zoekt werk"
        case let .requestStatus(s): s.dutch
        case let .asks(id, a, b, c): "vraagt \(id) (\(a), " + plural(b, "1 aanbod", "# aanbiedingen") + "): \(c)"
        case let .offersOn(id, a, b): "biedt aan op \(id) (\(a)): \(b)"
        case .keyMove: "kies"
        case .keyMoveHelp: "een lid hoger of lager kiezen"
        case .keyMember: "lid"
        case .keyPage: "een pagina omhoog of omlaag"
        case .keyFirstLast: "eerste of laatste"
        case .keyOpen: "open"
        case .keyOpenHelp: "het lid schermvullend openen; nog eens of Esc om terug te gaan"
        case .keyBack: "terug"
        case .keyCapacity: "uren"
        case .keyCapacityHelp: "capaciteit: vrije uren van iedereen in de lijst, week voor week"
        case .keyFilter: "zoek"
        case .keyFilterHelp: "zoeken op naam, vaardigheid, plaats of rol terwijl je typt; Esc wist"
        case .keySort: "volgorde"
        case .keySortHelp: "volgorde: naam, vrije uren, rol, plaats"
        case .keyShowLeftHelp: "gestopte leden tonen of verbergen"
        case .keyAdd: "nieuw"
        case .keyAddHelp: "een lid toevoegen"
        case .keyEdit: "wijzig"
        case .keyEditHelp: "het gekozen lid bewerken"
        case .keyLeft: "gestopt"
        case .keyLeftHelp: "het gekozen lid laten stoppen, op de dag die je opgeeft"
        case .keyTimeOff: "vrij"
        case .keyTimeOffHelp: "vrije dagen toevoegen: eerste en laatste dag, en waarom"
        case .keyTakeBackHelp: "vrije dagen terugnemen: kies de periode"
        case .keyMouseHelp: "klik kiest een rij of een tabblad; het wieltje scrolt"
        case .keyKeys: "toetsen"
        case .keyAllKeys: "toetsen"
        case .keyPanes: "tabbladen"
        case let .sortedBy(a): "volgorde: \(a)"
        case .showingLeft: "gestopte leden staan er ook bij"
        case .hidingLeft: "gestopte leden staan er niet bij"
        case let .noTimeOff(a): "\(a) heeft geen vrije dagen staan"
        case let .alreadyLeft(a, b): "\(a) is al gestopt op \(b)"
        case .newMember: "Nieuw lid"
        case let .edit(a): "\(a) bewerken"
        case .fieldName: "Naam"
        case .fieldRole: "Rol"
        case .fieldSkills: "Vaardigheden"
        case .fieldSeniority: "Ervaring"
        case .fieldCity: "Plaats"
        case .fieldHours: "Uren/week"
        case .fieldInvolvement: "Aanwezig"
        case .fieldEmail: "E-mail"
        case .fieldPhone: "Telefoon"
        case .fieldLogin: "Login"
        case .fieldDesks: "Werkplekken"
        case .fieldPitch: "Share-pitch"
        case .fieldHoursFrom: "Uren vanaf"
        case .fieldDeclines: "Werkt niet voor"
        case .fieldWantsMore: "Wil meer"
        case .hintName: "volledige naam"
        case .hintSkills: "bijv. design, illustratie"
        case .hintCity: "voor reisafstanden"
        case .hintHours: "voor werk in het netwerk, 0-80, bijv. 16 of 2,5"
        case .hintLogin: "Unix-gebruiker op deze server"
        case .hintPitch: "waar ze goed in zijn"
        case .hintHoursFrom: "de dag dat de nieuwe uren ingaan: 1-1-2027, ma"
        case .hintDeclines: "klanten, met komma's; bemensen slaat ze over"
        case .hintWantsMore: "soorten werk, met komma's; bemensen kan het meewegen"
        case let .wholeNumber(a, b): "\(a) moet een heel getal zijn, niet '\(b)'"
        case .whatDesks: "werkplekken"
        case .whatHoursPerWeek: "uren per week"
        case .whatHoursStart: "de dag dat de nieuwe uren ingaan"
        case .howManyHours: "uren per week: hoeveel? (0 voor geen)"
        case let .hoursStay(h): "de uren blijven \(h) u/wk: pas ook Uren/week aan, of laat de dag staan"
        case .nothingChanged: "niets veranderd; pas een veld aan of druk Esc"
        case let .timeOffFor(a): "Vrij voor \(a)"
        case let .takeBackTimeOff(a): "Vrije dagen van \(a) terugnemen"
        case let .leavesNetwork(a): "\(a) stopt bij het netwerk"
        case .fieldFrom: "Van"
        case .fieldUntil: "Tot en met"
        case .fieldReason: "Reden"
        case .fieldPeriod: "Periode"
        case .fieldLeavesOn: "Stopt op"
        case .hintFrom: "eerste vrije dag, bijv. 21-12-2026, vandaag, ma"
        case .hintUntil: "laatste vrije dag, bijv. 3-1-2027, vr"
        case .hintReason: "mag leeg: vakantie, cursus, verlof"
        case .hintPeriod: "←→ om te kiezen"
        case .hintLeavesOn: "bijv. 31-12-2026; de geschiedenis blijft"
        case let .periodLabel(a, b): "\(a) t/m \(b)"
        case .whatFirstDayOff: "de eerste vrije dag"
        case .whatLastDayOff: "de laatste vrije dag"
        case .whatLeaveDay: "de dag dat ze stoppen"
        case let .lastBeforeFirst(a, b): "de laatste vrije dag (\(a)) ligt voor de eerste (\(b))"
        case .noTimeOffToTakeBack: "er zijn geen vrije dagen om terug te nemen"
        case let .todayOn(a): "vandaag (\(a))"
        case let .onDay(a): "op \(a)"
        case let .confirmLeaving(a, b): "\(a) stopt \(b) bij het netwerk? De geschiedenis blijft."
        case let .confirmTakeBack(a, b): "Vrije dagen van \(a) terugnemen, \(b)? Die dagen tellen weer mee in de capaciteit."
        }
    }
}
